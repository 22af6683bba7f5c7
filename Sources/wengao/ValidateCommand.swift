import FoundationEssentials
import WengaoKit

/// `wengao validate FILE...`: every check `summary` and `speech` make, without writing.
struct ValidateCommand {
    var files: [String]
    var format: OutputChoice
    var strict: Bool
    var ignoring: Set<String>
    /// `--all`: every diagnostic on the terminal, not three per rule and file.
    var showsAll: Bool

    enum OutputChoice: String {
        case text, json
    }

    static let format = OptionSpec(long: "format", kind: .choice(["text", "json"]),
                                   help: "输出格式：text（默认）或 json。Output format.")

    static let command = CommandSpec(
        name: "validate",
        abstract: "检查输入文件，不生成文稿。Check input files without writing documents.",
        discussion: """
        每个问题按“文件:行:列: 错误|警告: 说明 [规则编号]”列出，下面是出错的那一行和指向出错位置的 ^。
        Exit codes: 0 no error (warnings allowed), 1 an error (or a warning with --strict), 64 a usage error.
        """,
        arguments: ArgumentSpec(name: "files", help: "要检查的输入文件（YAML）。Input files.", required: true),
        options: [format, .strict, .ignore, .all])

    init(parsing arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: Self.command)
        files = parsed.positionals
        format = parsed.value(Self.format).flatMap { OutputChoice(rawValue: $0) } ?? .text
        strict = parsed.flag(.strict)
        ignoring = try IgnoreOption.ruleIDs(parsed.values(.ignore), command: Self.command)
        showsAll = parsed.flag(.all)
    }

    func run() -> ExitStatus {
        var diagnostics: [Diagnostic] = []
        for file in files {
            diagnostics += ReportValidator.check(path: file, ignoring: ignoring).diagnostics
        }
        let console = Console(output: .standardOutput)
        switch format {
        case .json:
            console.stream.write(DiagnosticFormatter.json(diagnostics))
        case .text:
            console.report(diagnostics, showingAll: showsAll)
            console.write(DiagnosticFormatter.summary(diagnostics))
        }
        return diagnostics.hasErrors || (strict && !diagnostics.isEmpty) ? .failure : .success
    }
}

/// `wengao schema`: the JSON Schema of the input, for editors.
struct SchemaCommand {
    static let command = CommandSpec(
        name: "schema",
        abstract: "输出输入文件的 JSON Schema（draft 2020-12），供编辑器补全和检查。Print the input's JSON Schema.")

    init(parsing arguments: [String]) throws(UsageError) {
        _ = try ArgumentScanner.scan(arguments, for: Self.command)
    }

    func run() -> ExitStatus {
        StandardStream.standardOutput.write(InputSchema.json)
        return .success
    }
}

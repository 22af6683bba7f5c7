import ArgumentParser
import Foundation
import WengaoKit

/// `wengao validate FILE...`: every check `summary` and `speech` make, without writing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "检查输入文件，不生成文稿。Check input files without writing documents.",
        discussion: """
        每个问题按“文件:行:列: 错误|警告: 说明 [规则编号]”列出，下面是出错的那一行和指向出错位置的 ^。
        Exit codes: 0 no error (warnings allowed), 1 an error (or a warning with --strict), 64 a usage error.
        """
    )

    @Argument(help: "要检查的输入文件（YAML）。Input files.")
    var files: [String] = []

    @Option(help: "输出格式：text（默认）或 json。Output format.")
    var format: OutputChoice = .text

    @Flag(help: "把警告也当作错误。Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("ignore"), help: IgnoreOption.help)
    var ignore: [String] = []

    enum OutputChoice: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("请至少给出一个输入文件") }
        _ = try IgnoreOption.ruleIDs(ignore)
    }

    func run() throws {
        let ignoring = try IgnoreOption.ruleIDs(ignore)
        var diagnostics: [Diagnostic] = []
        for file in files {
            diagnostics += ReportValidator.check(path: file, ignoring: ignoring).diagnostics
        }
        let console = Console(output: .standardOutput)
        switch format {
        case .json:
            console.handle.write(Data(DiagnosticFormatter.json(diagnostics).utf8))
        case .text:
            console.report(diagnostics)
            console.write(DiagnosticFormatter.summary(diagnostics))
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) { throw ExitCode.failure }
    }
}

/// `wengao schema`: the JSON Schema of the input, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "输出输入文件的 JSON Schema（draft 2020-12），供编辑器补全和检查。Print the input's JSON Schema."
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(InputSchema.json.utf8))
    }
}

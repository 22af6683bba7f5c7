#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import WengaoKit

/// `wengao fix FILE...`: makes in the input files the corrections the documents make
/// (punctuation, straight quotes, typed numbering, spaces at line ends) and nothing else,
/// then checks each file as `validate` does and exits as it would.
struct FixCommand {
    var files: [String]
    var dryRun: Bool
    var strict: Bool
    var ignoring: Set<String>
    var showsAll: Bool

    static let dryRun = OptionSpec(long: "dry-run", kind: .flag,
                                   help: "只显示要改的地方（统一差异格式），不改文件。Print a unified diff; change nothing.")

    static let command = CommandSpec(
        name: "fix",
        abstract: "改正输入文件里的半角标点、直引号、手写编号和行尾空格，其余一字不动。Fix input files in place.",
        discussion: """
        只改文稿生成时本来就会改正的地方；注释、键的顺序、引号写法、换行符和 BOM 原样保留。
        有 YAML 错误的文件不改。改完后按 validate 检查并列出剩下的问题。
        Exit codes: 0 no error (warnings allowed), 1 an error (or a warning with --strict), 64 a usage error.
        """,
        arguments: ArgumentSpec(name: "files", help: "要改正的输入文件（YAML）。Input files.", required: true),
        options: [dryRun, .strict, .ignore, .all])

    init(parsing arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: Self.command)
        files = parsed.positionals
        dryRun = parsed.flag(Self.dryRun)
        strict = parsed.flag(.strict)
        ignoring = try IgnoreOption.ruleIDs(parsed.values(.ignore), command: Self.command)
        showsAll = parsed.flag(.all)
    }

    func run() -> ExitStatus {
        // Messages about the files go to standard error; with --dry-run the diff is the
        // output, on standard output, so that it can be piped to `patch`.
        let console = Console()
        var remaining: [Diagnostic] = []
        for file in files {
            let outcome: InputFix.Outcome
            do {
                outcome = try InputFix.fix(path: file)
            } catch {
                console.report(error.diagnostics, showingAll: showsAll)
                console.status(FixText.refused(file))
                remaining += error.diagnostics.hasErrors ? error.diagnostics
                    : [Diagnostic(DiagnosticRule.fixRefused, message: FixText.refused(file), at: nil)]
                continue
            }
            let text = String(decoding: outcome.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? outcome.bytes.dropFirst(3) : outcome.bytes[...],
                              as: UTF8.self)
            let fixed = SourceText(path: file, text: text)
            if outcome.changed {
                if dryRun {
                    let before = FileSystem.readForDiff(file)
                    StandardStream.standardOutput.write(UnifiedDiff.text(old: before, new: text, path: file))
                } else {
                    do {
                        try Self.replace(file, with: outcome.bytes)
                    } catch {
                        console.error(FixText.unwritable(file, error))
                        remaining.append(Diagnostic(DiagnosticRule.fixRefused, message: FixText.unwritable(file, error), at: nil))
                        continue
                    }
                }
            }
            console.status(FixText.summary(file, outcome, dryRun: dryRun))
            let diagnostics = ReportValidator.check(source: fixed, ignoring: ignoring).diagnostics
            console.report(diagnostics, source: fixed, showingAll: showsAll)
            remaining += diagnostics
        }
        console.write(DiagnosticFormatter.summary(remaining))
        return remaining.hasErrors || (strict && !remaining.isEmpty) ? .failure : .success
    }

    /// Writes the fixed bytes over the file atomically, through a symbolic link to the file
    /// it names, and keeps the file's permissions.
    static func replace(_ file: String, with bytes: [UInt8]) throws {
        var target = file
        if let resolved = Path.withFileSystemPath(file, { realpath($0, nil) }) {
            target = Path.decoding(cString: resolved)
            free(resolved)
        }
        var status = stat()
        let hadMode = Path.withFileSystemPath(target) { stat($0, &status) } == 0
        try Generator.write(Data(bytes), to: target)
        if hadMode { Path.withFileSystemPath(target) { _ = chmod($0, status.st_mode & 0o7777) } }
    }
}

extension FileSystem {
    /// The file's text as it is on disk now, for the diff's old side (a BOM is not shown).
    static func readForDiff(_ path: String) -> String {
        SourceText.forDisplay(path: path)?.text ?? ""
    }
}

/// What `wengao fix` says about each file.
enum FixText {
    static func refused(_ file: String) -> String { "未改动 \(file)：请先改正上面的错误" }

    static func unwritable(_ file: String, _ error: any Error) -> String { "无法写入 \(file)：\(WriteFailure.reason(error, path: file))" }

    /// `已改正 a.yaml：12 处标点、2 处手写编号、3 行行尾空格`
    static func summary(_ file: String, _ outcome: InputFix.Outcome, dryRun: Bool) -> String {
        var changes: [String] = []
        if outcome.punctuation > 0 { changes.append("\(outcome.punctuation) 处标点") }
        if outcome.numbering > 0 { changes.append("\(outcome.numbering) 处手写编号") }
        if outcome.trailingSpaces > 0 { changes.append("\(outcome.trailingSpaces) 行行尾空格") }
        var text = changes.isEmpty ? "\(file)：无需改正"
            : (dryRun ? "将改正 " : "已改正 ") + "\(file)：" + changes.joined(separator: "、")
        if outcome.untouched > 0 { text += "；另有 \(outcome.untouched) 处写在转义或折行里，请手工改正" }
        return text
    }
}

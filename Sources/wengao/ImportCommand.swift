#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import WengaoKit

/// `wengao import FILE...`: last year's speech or summary (.docx, .odt, .txt, .md) back into
/// an input file, one per document, checked as `validate` checks it.
struct ImportCommand {
    var files: [String]
    var output: String?
    var outputDirectory: String?
    var genre: Genre?
    var keys: ImportKeys
    var simplified: Bool
    var force: Bool

    static let output = OptionSpec(long: "output", short: "o",
                                   help: "输出的输入文件（.yaml）。只用于一个文稿；不写时输出到标准输出。Output file.")
    static let outputDirectory = OptionSpec(long: "output-dir",
                                            help: "输出文件夹：每个文稿写成其中的“文件名.yaml”。Output folder.")
    static let genre = OptionSpec(long: "as", kind: .choice(["speech", "summary"]),
                                  help: "按讲话稿或工作总结来读，不用自动判断。Read as this genre.")
    static let keys = OptionSpec(long: "keys", kind: .choice(["zh", "en"]),
                                 help: "键名用中文（默认）或英文。Key names in Chinese (default) or English.")
    static let simplified = OptionSpec(long: "simplified", kind: .flag,
                                       help: "把繁体字转为简体（OpenCC）。Convert traditional characters to simplified.")
    static let force = OptionSpec(long: "force", kind: .flag,
                                  help: "输出文件已存在时覆盖它。Overwrite an existing output file.")

    static let command = CommandSpec(
        name: "import",
        abstract: "把已有的讲话稿或工作总结（.docx、.odt、.txt）读成输入文件。Import a document as an input file.",
        discussion: """
        认出标题、讲话人、日期、称呼、开场、成绩/问题/意见三部分及其条目（一是、第一、一要、一、（一）、1.、（1））、结尾、署名和成文日期；
        去掉网页信息和注音，列在输出文件开头的注释里；每处判断都用注释注明原文段落。输出文件已存在时不覆盖（--force 覆盖）。
        Exit codes: 0 every file imported, 1 a file could not be imported or written, 64 a usage error.
        """,
        arguments: ArgumentSpec(name: "files", help: "要导入的文稿（.docx、.odt、.txt、.md）。Documents.", required: true),
        options: [output, outputDirectory, genre, keys, simplified, force])

    init(parsing arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: Self.command)
        files = parsed.positionals
        output = parsed.value(Self.output)
        outputDirectory = parsed.value(Self.outputDirectory)
        genre = parsed.value(Self.genre).flatMap(Genre.init(rawValue:))
        keys = parsed.value(Self.keys).flatMap(ImportKeys.init(rawValue:)) ?? .chinese
        simplified = parsed.flag(Self.simplified)
        force = parsed.flag(Self.force)
        if output != nil, outputDirectory != nil {
            throw UsageError(ImportText.outputAndDirectory, command: Self.command)
        }
        if output != nil, files.count > 1 {
            throw UsageError(ImportText.outputWithSeveralFiles, command: Self.command)
        }
    }

    func run() -> ExitStatus {
        let console = Console()
        // The output folder is made when missing, as `summary` and `speech` make theirs.
        if let outputDirectory { Self.makeFolders(outputDirectory) }
        let options = DocumentImporter.Options(genre: genre, keys: keys, simplified: simplified)
        var failed = false
        for file in files {
            let outcome: DocumentImporter.Outcome
            do {
                outcome = try DocumentImporter.importFile(at: file, options: options)
            } catch {
                console.error(error.message)
                failed = true
                continue
            }
            for note in outcome.notes { console.status("\(file)：\(note)") }
            let target = destination(for: file)
            let checked = ReportValidator.check(source: SourceText(path: target ?? "<标准输出>", text: outcome.yaml))
            if let target {
                if PathKey.same(target, file) {
                    console.error(ImportText.wouldOverwriteInput(target))
                    failed = true
                    continue
                }
                if !force, access(target, F_OK) == 0 {
                    console.error(ImportText.exists(target))
                    failed = true
                    continue
                }
                do {
                    try Generator.write(Data(outcome.yaml.utf8), to: target)
                } catch {
                    console.error(ImportText.unwritable(target, error))
                    failed = true
                    continue
                }
                console.status(ImportText.written(file, target, outcome.genre))
            } else {
                StandardStream.standardOutput.write(outcome.yaml)
            }
            console.report(checked.diagnostics, source: SourceText(path: target ?? "<标准输出>", text: outcome.yaml))
            if checked.diagnostics.hasErrors { failed = true }
        }
        return failed ? .failure : .success
    }

    /// `mkdir -p`: each missing folder of the path, with the user's permissions.
    static func makeFolders(_ path: String) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            _ = mkdir(prefix, 0o777)
        }
    }

    /// Where one document's input file goes: `-o`, the folder, beside the document when
    /// several are given, or nil for standard output.
    func destination(for file: String) -> String? {
        if let output { return output }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        if let outputDirectory {
            return (outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/") + stem + ".yaml"
        }
        if files.count > 1 {
            let folder = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
            return folder + stem + ".yaml"
        }
        return nil
    }
}

/// What `wengao import` says.
enum ImportText {
    static let outputAndDirectory = "-o 和 --output-dir 只能用一个"
    static let outputWithSeveralFiles = "-o 只能指定一个文件；导入几个文稿时请用 --output-dir，或去掉 -o（写在各文稿旁边）"

    static func exists(_ target: String) -> String { "\(target) 已存在，未覆盖；要覆盖请加 --force" }

    static func wouldOverwriteInput(_ target: String) -> String { "\(target) 是要导入的文稿本身，不能写在它上面" }

    static func unwritable(_ target: String, _ error: any Error) -> String { "无法写入 \(target)：\(WriteFailure.reason(error, path: target))" }

    static func written(_ file: String, _ target: String, _ genre: Genre) -> String {
        "已导入 \(file) → \(target)（按\(genre == .speech ? "讲话稿" : "工作总结")读）"
    }
}

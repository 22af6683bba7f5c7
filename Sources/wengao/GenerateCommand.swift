import ArgumentParser
import Foundation
import WengaoKit

/// Options shared by `summary` and `speech`.
struct GenerateOptions: ParsableArguments {
    @Argument(help: "输入文件（YAML）。Input file.")
    var input: String

    @Option(name: .shortAndLong, help: "输出文件；格式由扩展名（.docx 或 .odt）决定。Output file.")
    var output: String?

    @Option(help: "输出格式：docx、odt 或 both（默认 both）。")
    var format: FormatChoice?

    @Option(name: .customLong("output-dir"), help: "输出文件夹（默认 Output）。")
    var outputDirectory = "Output"

    @Option(help: "使用这个模板文件，而不是模板文件夹里的。A template file to use instead.")
    var template: String?

    @Option(help: "在 GB/T 9704 默认样式之上应用这个样式文件。A style file applied on top of the default.")
    var style: String?

    @Option(help: "模板文件夹（默认：程序旁或当前文件夹下的 Templates）。")
    var templates: String?

    @Flag(help: "把警告也当作错误。Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("ignore"), help: IgnoreOption.help)
    var ignore: [String] = []

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case docx, odt, both
    }

    func validate() throws {
        _ = try IgnoreOption.ruleIDs(ignore)
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard let format = OutputFormat(rawValue: ext) else {
                throw ValidationError("输出文件“\(output)”的扩展名应是 .docx 或 .odt")
            }
            if let choice = self.format, choice != .both, choice.rawValue != format.rawValue {
                throw ValidationError("--format \(choice.rawValue) 与输出文件的扩展名 .\(ext) 不一致")
            }
            if self.format == .both {
                throw ValidationError("-o 只能指定一个文件；要同时生成两种格式，请去掉 -o 或 --format both")
            }
        }
    }

    /// The files to write: `-o`, or one per format in the output folder, named after the input.
    func targets() -> [(OutputFormat, URL)] {
        if let output {
            let url = URL(fileURLWithPath: output)
            return [(OutputFormat(rawValue: url.pathExtension.lowercased())!, url)]
        }
        let formats: [OutputFormat] = switch format ?? .both {
        case .docx: [.docx]
        case .odt: [.odt]
        case .both: [.docx, .odt]
        }
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let folder = URL(fileURLWithPath: outputDirectory)
        return formats.map { ($0, folder.appendingPathComponent(name).appendingPathExtension($0.fileExtension)) }
    }
}

/// Runs one genre over one input: check, render, write.
enum GenerateRun {
    static func run(_ options: GenerateOptions, genre: Genre) throws {
        let console = Console()
        guard let directory = options.templates.map({ URL(fileURLWithPath: $0) })
            ?? ProcessInfo.processInfo.environment["WENGAO_TEMPLATES"].map({ URL(fileURLWithPath: $0) })
            ?? TemplateSet.locateDefaultDirectory() else {
            console.error("找不到模板文件夹 Templates；请用 --templates 指定")
            throw ExitCode.failure
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(directory: directory, genres: [genre],
                                        templateOverride: options.template, styleOverride: options.style)
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCode.failure
        }
        let generator = Generator(templates: templates)
        let (report, diagnostics) = generator.check(path: options.input, ignoring: try IgnoreOption.ruleIDs(options.ignore))
        console.report(diagnostics)
        let blocking = diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        guard let report, !blocking else { throw ExitCode.failure }

        let targets = options.targets()
        try refuseToOverwriteInput(options.input, targets: targets.map(\.1), console: console)
        do {
            let document = try generator.document(for: report, genre: genre)
            let timestamp = Generator.timestamp(for: document,
                                                sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            // Render every format before writing any, so a failure writes nothing.
            let packages = try targets.map { (try generator.package(document, format: $0.0, timestamp: timestamp), $0.1) }
            for (data, url) in packages {
                try write(data, to: url, console: console)
                console.status("已生成 \(url.relativePath)")
            }
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCode.failure
        }
    }

    static func refuseToOverwriteInput(_ input: String, targets: [URL], console: Console) throws {
        let inputURL = URL(fileURLWithPath: input).resolvingSymlinksInPath().standardizedFileURL
        for target in targets where target.resolvingSymlinksInPath().standardizedFileURL == inputURL {
            console.error("输出文件 \(target.path) 就是输入文件；Wengao 不会覆盖输入，请换一个输出路径")
            throw ExitCode.failure
        }
    }

    static func write(_ data: Data, to url: URL, console: Console) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Generator.write(data, to: url)
        } catch {
            var isDirectory: ObjCBool = false
            let reason = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? "这是一个文件夹" : "没有写入权限或路径不存在"
            console.error("无法写入 \(url.path)：\(reason)；请换一个输出路径（-o）或文件夹（--output-dir）")
            throw ExitCode.failure
        }
    }
}

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "生成半年工作总结。Write the half-year work summary (.docx and .odt)."
    )

    @OptionGroup var options: GenerateOptions

    func run() throws { try GenerateRun.run(options, genre: .summary) }
}

struct SpeechCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speech",
        abstract: "生成会议讲话稿。Write the meeting speech draft (.docx and .odt)."
    )

    @OptionGroup var options: GenerateOptions

    func run() throws { try GenerateRun.run(options, genre: .speech) }
}

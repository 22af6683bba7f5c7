import ArgumentParser
import Foundation
import WengaoKit

/// Options shared by `summary` and `speech`.
struct GenerateOptions: ParsableArguments {
    @Argument(help: "输入文件（YAML），或文件夹（其中每个 .yaml/.yml 文件）；可以给多个。Input files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "输出文件；格式由扩展名（.docx 或 .odt）决定。只用于一个输入。Output file.")
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

    @Option(name: [.customShort("j"), .long], help: "同时处理几个输入（默认：CPU 核数）。Inputs processed at once.")
    var jobs: Int?

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case docx, odt, both
    }

    func validate() throws {
        _ = try IgnoreOption.ruleIDs(ignore)
        if let jobs, jobs < 1 { throw ValidationError(BatchText.jobsAtLeastOne) }
        if let output {
            if inputs.count > 1 { throw ValidationError(BatchText.outputNeedsOneInput(count: inputs.count)) }
            if BatchInputs.isFolder(inputs[0]) { throw ValidationError(BatchText.outputNeedsFile(inputs[0])) }
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

    /// What to write: `-o` for its one input, or one file per format in the output
    /// folder for every input, named after it.
    func plan() throws(DiagnosticError) -> BatchPlan {
        if let output {
            let url = URL(fileURLWithPath: output)
            return try BatchPlan(input: inputs[0], output: url, format: OutputFormat(rawValue: url.pathExtension.lowercased())!)
        }
        let formats: [OutputFormat] = switch format ?? .both {
        case .docx: [.docx]
        case .odt: [.odt]
        case .both: [.docx, .odt]
        }
        return try BatchPlan(inputs: BatchInputs.expand(inputs), formats: formats,
                             outputDirectory: URL(fileURLWithPath: outputDirectory))
    }
}

/// Runs one genre over the inputs: plan, then check, render and write each, several at
/// once. One input reports like a compiler; many show a progress bar on a terminal and
/// a closing count.
enum GenerateRun {
    static func run(_ options: GenerateOptions, genre: Genre) throws {
        let console = Console()
        guard let directory = options.templates.map({ URL(fileURLWithPath: $0) })
            ?? Environment.value("WENGAO_TEMPLATES").map({ URL(fileURLWithPath: $0) })
            ?? TemplateSet.locateDefaultDirectory() else {
            console.error("找不到模板文件夹 Templates；请用 --templates 指定")
            throw ExitCode.failure
        }
        let templates: TemplateSet
        let plan: BatchPlan
        do {
            templates = try TemplateSet(directory: directory, genres: [genre],
                                        templateOverride: options.template, styleOverride: options.style)
            plan = try options.plan()
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCode.failure
        }
        let single = plan.jobs.count == 1
        let progress = ProgressBar(total: plan.jobs.count, enabled: !single && console.isTerminal)
        var failed = 0, files = 0
        Generator(templates: templates).generate(
            plan, genre: genre, strict: options.strict, ignoring: try IgnoreOption.ruleIDs(options.ignore),
            sourceDateEpoch: Environment.value("SOURCE_DATE_EPOCH"),
            workers: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        ) { outcome in
            progress.clear()
            console.report(outcome.diagnostics, source: outcome.source)
            if !outcome.succeeded { failed += 1 }
            files += outcome.written.count
            if single {
                for url in outcome.written { console.status(BatchText.generated(url.relativePath)) }
            } else if !outcome.succeeded {
                console.status(BatchText.failedInput(outcome.input))
            }
            progress.advance()
        }
        progress.clear()
        if !single {
            console.status(BatchText.finished(succeeded: plan.jobs.count - failed, failed: failed, files: files,
                                              genre: genre, folder: options.outputDirectory))
        }
        if failed > 0 { throw ExitCode.failure }
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

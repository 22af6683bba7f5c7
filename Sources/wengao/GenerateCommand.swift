import FoundationEssentials
import WengaoKit

/// Options shared by `summary` and `speech`, read and checked from the command line.
struct GenerateOptions {
    var inputs: [String]
    var output: String?
    var format: FormatChoice?
    var outputDirectory: String
    var template: String?
    var style: String?
    var templates: String?
    var strict: Bool
    /// The rule ids `--ignore` named, each checked to be a warning's.
    var ignoring: Set<String>
    var jobs: Int?
    /// `--keep-punctuation`: print half-width marks as typed.
    var keepsPunctuation: Bool
    /// `--all`: show every diagnostic, not three per rule and file.
    var showsAll: Bool

    enum FormatChoice: String {
        case docx, odt, both
    }

    static let arguments = ArgumentSpec(
        name: "inputs", help: "输入文件（YAML），或文件夹（其中每个 .yaml/.yml 文件）；可以给多个。Input files or folders.",
        required: true)
    static let output = OptionSpec(long: "output", short: "o",
                                   help: "输出文件；格式由扩展名（.docx 或 .odt）决定。只用于一个输入。Output file.")
    static let format = OptionSpec(long: "format", kind: .choice(["docx", "odt", "both"]),
                                   help: "输出格式：docx、odt 或 both（默认 both）。")
    static let outputDirectory = OptionSpec(long: "output-dir", help: "输出文件夹（默认 Output）。")
    static let template = OptionSpec(long: "template", help: "使用这个模板文件，而不是模板文件夹里的。A template file to use instead.")
    static let style = OptionSpec(long: "style", help: "在 GB/T 9704 默认样式之上应用这个样式文件。A style file applied on top of the default.")
    static let templates = OptionSpec(long: "templates", help: "模板文件夹（默认：程序旁或当前文件夹下的 Templates）。")
    static let jobs = OptionSpec(long: "jobs", short: "j", kind: .integer,
                                 help: "同时处理几个输入（默认：CPU 核数）。Inputs processed at once.")
    static let keepPunctuation = OptionSpec(
        long: "keep-punctuation", kind: .flag,
        help: "文稿里保留输入的半角标点，不改为全角。Keep half-width punctuation as typed.")

    /// `wengao summary` or `wengao speech`: the same arguments, another genre.
    static func command(_ genre: Genre) -> CommandSpec {
        CommandSpec(
            name: genre.rawValue,
            abstract: genre == .summary
                ? "生成半年工作总结。Write the half-year work summary (.docx and .odt)."
                : "生成会议讲话稿。Write the meeting speech draft (.docx and .odt).",
            arguments: arguments,
            options: [output, format, outputDirectory, template, style, templates, .strict, .ignore, jobs,
                      keepPunctuation, .all])
    }

    /// - Throws: `UsageError` for an argument that does not fit, or options that contradict
    ///   each other or the inputs.
    init(parsing arguments: [String], command: CommandSpec) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: command)
        inputs = parsed.positionals
        output = parsed.value(Self.output)
        format = parsed.value(Self.format).flatMap { FormatChoice(rawValue: $0) }
        outputDirectory = parsed.value(Self.outputDirectory) ?? "Output"
        template = parsed.value(Self.template)
        style = parsed.value(Self.style)
        templates = parsed.value(Self.templates)
        strict = parsed.flag(.strict)
        ignoring = try IgnoreOption.ruleIDs(parsed.values(.ignore), command: command)
        jobs = parsed.integer(Self.jobs)
        keepsPunctuation = parsed.flag(Self.keepPunctuation)
        showsAll = parsed.flag(.all)
        if let jobs, jobs < 1 { throw UsageError(BatchText.jobsAtLeastOne, command: command) }
        if let output { try check(output: output, command: command) }
    }

    /// `-o` names one file for one input, in a format that agrees with `--format`.
    private func check(output: String, command: CommandSpec) throws(UsageError) {
        if inputs.count > 1 { throw UsageError(BatchText.outputNeedsOneInput(count: inputs.count), command: command) }
        if BatchInputs.isFolder(inputs[0]) { throw UsageError(BatchText.outputNeedsFile(inputs[0]), command: command) }
        let ext = Path.pathExtension(Path.fileName(output)).lowercased()
        guard OutputFormat(rawValue: ext) != nil else {
            throw UsageError(UsageText.outputExtension(output), command: command)
        }
        if let format, format != .both, format.rawValue != ext {
            throw UsageError(UsageText.formatContradictsOutput(format: format.rawValue, extension: ext), command: command)
        }
        if format == .both { throw UsageError(UsageText.outputWithBothFormats, command: command) }
    }

    /// What to write: `-o` for its one input, or one file per format in the output
    /// folder for every input, named after it.
    func plan() throws(DiagnosticError) -> BatchPlan {
        if let output {
            let format = OutputFormat(rawValue: Path.pathExtension(Path.fileName(output)).lowercased())!
            return try BatchPlan(input: inputs[0], output: output, format: format)
        }
        let formats: [OutputFormat] = switch format ?? .both {
        case .docx: [.docx]
        case .odt: [.odt]
        case .both: [.docx, .odt]
        }
        return try BatchPlan(inputs: BatchInputs.expand(inputs), formats: formats, outputDirectory: outputDirectory)
    }
}

/// `wengao summary|speech INPUT...`: runs one genre over the inputs: plan, then check,
/// render and write each, several at once. One input reports like a compiler; many show a
/// progress bar on a terminal and a closing count.
struct GenerateCommand {
    let genre: Genre
    let options: GenerateOptions

    init(_ genre: Genre, parsing arguments: [String]) throws(UsageError) {
        self.genre = genre
        options = try GenerateOptions(parsing: arguments, command: GenerateOptions.command(genre))
    }

    func run() -> ExitStatus {
        let console = Console()
        guard let directory = options.templates ?? Environment.value("WENGAO_TEMPLATES")
            ?? TemplateSet.locateDefaultDirectory() else {
            console.error("找不到模板文件夹 Templates；请用 --templates 指定")
            return .failure
        }
        let (genre, options) = (self.genre, self.options)
        // The plan is quick to make, and its formats tell the loading thread what to prepare.
        let planned = Swift.Result { () throws(DiagnosticError) in try options.plan() }
        let jobs = (try? planned.get())?.jobs ?? []
        let formats = jobs.first?.targets.map(\.format) ?? []
        // The templates and the style sheet load, and the first format's parts that no input
        // changes are made, on a second thread while this one reads and checks a lone input:
        // for one document the two halves take about as long as each other. (The second
        // format's are made with its package, which has a thread of its own: see
        // Docs/design-notes.md.)
        let loading = BackgroundWork { () -> Swift.Result<Generator, any Error> in
            Swift.Result {
                var generator = Generator(templates: try TemplateSet(
                    directory: directory, genres: [genre], templateOverride: options.template, styleOverride: options.style))
                generator.correctsPunctuation = !options.keepsPunctuation
                generator.prepare(Array(formats.prefix(1)))
                return generator
            }
        }
        let lone = jobs.count == 1 ? jobs[0] : nil
        let checked = lone.map { Generator.check($0, ignoring: options.ignoring) }
        // Problems are reported in the order they always were: the templates', then the
        // command line's; a lone input read meanwhile is then not reported at all.
        let generator: Generator, plan: BatchPlan
        do {
            generator = try loading.join().get()
            plan = try planned.get()
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            return .failure
        } catch {
            console.error(String(describing: error))
            return .failure
        }
        let single = lone != nil
        let progress = ProgressBar(total: plan.jobs.count, enabled: !single && console.isTerminal)
        var failed = 0, files = 0
        func finish(_ outcome: BatchOutcome) {
            progress.clear()
            console.report(outcome.diagnostics, source: outcome.source, showingAll: options.showsAll)
            if outcome.succeeded, let line = BatchText.corrected(outcome.input, outcome.corrections) {
                console.status(line)
            }
            if !outcome.succeeded { failed += 1 }
            files += outcome.written.count
            if single {
                for target in outcome.written { console.status(BatchText.generated(target.displayPath)) }
            } else if !outcome.succeeded {
                console.status(BatchText.failedInput(outcome.input))
            }
            progress.advance()
        }
        let sourceDateEpoch = Environment.value("SOURCE_DATE_EPOCH")
        if let lone, let checked {
            finish(generator.generate(lone, checked: checked, genre: genre, strict: options.strict,
                                      sourceDateEpoch: sourceDateEpoch, formatsConcurrently: true))
        } else {
            generator.generate(plan, genre: genre, strict: options.strict, ignoring: options.ignoring,
                               sourceDateEpoch: sourceDateEpoch,
                               workers: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount, consumer: finish)
        }
        progress.clear()
        if !single {
            console.status(BatchText.finished(succeeded: plan.jobs.count - failed, failed: failed, files: files,
                                              genre: genre, folder: options.outputDirectory))
        }
        return failed > 0 ? .failure : .success
    }
}

import FoundationEssentials
import WengaoKit

/// Options shared by `summary` and `speech`, read and checked from the command line.
struct GenerateOptions {
    var inputs: [String]
    var output: String?
    /// `--format`: the package formats asked for, and whether a PDF is; nil for the
    /// default (DOCX and ODT).
    var format: FormatChoice?
    var outputDirectory: String
    var template: String?
    var style: String?
    var templates: String?
    /// `--fonts`: the typefaces the documents name; nil for the style files' choice.
    var fontProfile: FontProfile?
    var strict: Bool
    /// The rule ids `--ignore` named, each checked to be a warning's.
    var ignoring: Set<String>
    var jobs: Int?
    /// `--keep-punctuation`: print half-width marks as typed.
    var keepsPunctuation: Bool
    /// `--all`: show every diagnostic, not three per rule and file.
    var showsAll: Bool

    /// `docx`, `odt`, `pdf`, `both` (docx and odt), or several joined by commas (`docx,pdf`).
    struct FormatChoice: Equatable {
        var packages: [OutputFormat]
        var pdf: Bool

        static let words = ["docx", "odt", "pdf", "both"]

        init?(_ text: String) {
            var packages: [OutputFormat] = [], pdf = false
            for word in text.split(separator: ",").map({ String($0.filter { $0 != " " }).lowercased() }) {
                switch word {
                case "docx", "odt": packages.append(OutputFormat(rawValue: word)!)
                case "both": packages += [.docx, .odt]
                case "pdf": pdf = true
                default: return nil
                }
            }
            var seen: [OutputFormat] = []
            for format in packages where !seen.contains(format) { seen.append(format) }
            guard !seen.isEmpty || pdf else { return nil }
            self.packages = seen
            self.pdf = pdf
        }

        var count: Int { packages.count + (pdf ? 1 : 0) }
    }

    static let arguments = ArgumentSpec(
        name: "inputs", help: "输入文件（YAML），或文件夹（其中每个 .yaml/.yml 文件）；可以给多个。Input files or folders.",
        required: true)
    static let output = OptionSpec(long: "output", short: "o",
                                   help: "输出文件；格式由扩展名（.docx、.odt 或 .pdf）决定。只用于一个输入。Output file.")
    static let format = OptionSpec(long: "format", valueName: "docx|odt|pdf|both",
                                   help: "输出格式：docx、odt、pdf 或 both（默认 both，即 docx 和 odt），可用逗号连写，如 docx,pdf。")
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
            options: [output, format, outputDirectory, template, style, templates, FontsOption.spec, .strict, .ignore, jobs,
                      keepPunctuation, .all])
    }

    /// - Throws: `UsageError` for an argument that does not fit, or options that contradict
    ///   each other or the inputs.
    init(parsing arguments: [String], command: CommandSpec) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: command)
        inputs = parsed.positionals
        output = parsed.value(Self.output)
        if let text = parsed.value(Self.format) {
            guard let choice = FormatChoice(text) else { throw UsageError(UsageText.unknownFormat(text), command: command) }
            format = choice
        } else {
            format = nil
        }
        outputDirectory = parsed.value(Self.outputDirectory) ?? "Output"
        template = parsed.value(Self.template)
        style = parsed.value(Self.style)
        templates = parsed.value(Self.templates)
        fontProfile = parsed.value(FontsOption.spec).flatMap(FontProfile.init(word:))
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
        guard let fromExtension = FormatChoice(ext), ext != "both" else {
            throw UsageError(UsageText.outputExtension(output), command: command)
        }
        if let format, format.count > 1 { throw UsageError(UsageText.outputWithBothFormats, command: command) }
        if let format, format != fromExtension {
            let word = format.pdf ? "pdf" : format.packages[0].rawValue
            throw UsageError(UsageText.formatContradictsOutput(format: word, extension: ext), command: command)
        }
    }

    /// What to write: `-o` for its one input, or one file per format in the output
    /// folder for every input, named after it.
    func plan() throws(DiagnosticError) -> BatchPlan {
        if let output {
            let ext = Path.pathExtension(Path.fileName(output)).lowercased()
            // A PDF is made from a DOCX of the same name, whose plan checks the -o path.
            guard ext == "pdf" else { return try BatchPlan(input: inputs[0], output: output, format: OutputFormat(rawValue: ext)!) }
            return try BatchPlan(input: inputs[0], output: String(output.dropLast(4)) + ".docx", format: .docx)
        }
        let choice = format ?? FormatChoice("both")!
        // A PDF without the DOCX still needs one: planned like one, then written to the run's
        // private folder instead (see `GenerateCommand.pdfJobs`).
        let formats = choice.pdf && !choice.packages.contains(.docx) ? choice.packages + [.docx] : choice.packages
        return try BatchPlan(inputs: BatchInputs.expand(inputs), formats: formats, outputDirectory: outputDirectory)
    }

    var wantsPDF: Bool {
        if let output { return Path.pathExtension(Path.fileName(output)).lowercased() == "pdf" }
        return format?.pdf ?? false
    }

    /// The DOCX files are the user's as well, not only the PDF's source.
    var keepsDOCX: Bool {
        if output != nil { return !wantsPDF }
        return (format ?? FormatChoice("both")!).packages.contains(.docx)
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
        guard let directory = console.templatesFolder(options.templates) else { return .failure }
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
                    directory: directory, genres: [genre], templateOverride: options.template, styleOverride: options.style,
                    fontProfile: options.fontProfile))
                generator.correctsPunctuation = !options.keepsPunctuation
                generator.prepare(Array(formats.prefix(1)))
                return generator
            }
        }
        var lone = jobs.count == 1 ? jobs[0] : nil
        let checked = lone.map { Generator.check($0, ignoring: options.ignoring) }
        // Problems are reported in the order they always were: the templates', then the
        // command line's; a lone input read meanwhile is then not reported at all.
        let generator: Generator, plan: BatchPlan
        var conversion: PDFConversion? = nil
        // Each input's PDF, by the path of the DOCX it is made from.
        var pdfTargets: [PathKey: (path: String, displayPath: String)] = [:]
        do {
            generator = try loading.join().get()
            var made = try planned.get()
            if options.wantsPDF {
                let pdf = try PDFConversion()
                conversion = pdf
                if !options.keepsDOCX { made.moveTargets(of: .docx, into: pdf.folder + "/docx") }
                let planned = try planned.get()
                for (job, original) in zip(made.jobs, planned.jobs) {
                    for (target, asked) in zip(job.targets, original.targets) where target.format == .docx {
                        pdfTargets[PathKey(target.path)] = (String(asked.path.dropLast(5)) + ".pdf", String(asked.displayPath.dropLast(5)) + ".pdf")
                    }
                }
            }
            plan = made
            // A lone job checked meanwhile writes where the plan now says.
            if lone != nil { lone = made.jobs[0] }
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            return .failure
        } catch {
            console.error(String(describing: error))
            return .failure
        }
        defer { conversion?.remove() }
        let single = lone != nil
        let progress = ProgressBar(total: plan.jobs.count, enabled: !single && console.isTerminal)
        var failed = 0, files = 0
        var pdfJobs: [(job: PDFConversion.Job, input: String, displayPath: String)] = []
        func finish(_ outcome: BatchOutcome) {
            progress.clear()
            var outcome = outcome
            if let conversion {
                for target in outcome.written {
                    if let pdf = pdfTargets[PathKey(target.path)] {
                        pdfJobs.append((PDFConversion.Job(docx: target.path, pdf: pdf.path), outcome.input, pdf.displayPath))
                    }
                }
                // The DOCX made only for the PDF is not the user's file.
                outcome.written.removeAll { $0.path.hasPrefix(conversion.folder + "/") }
            }
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
            finish(generator.generate(lone, checked: checked, genre: genre, strict: options.strict, ignoring: options.ignoring,
                                      sourceDateEpoch: sourceDateEpoch, formatsConcurrently: true))
        } else {
            generator.generate(plan, genre: genre, strict: options.strict, ignoring: options.ignoring,
                               sourceDateEpoch: sourceDateEpoch,
                               workers: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount, consumer: finish)
        }
        progress.clear()
        if let conversion, !pdfJobs.isEmpty {
            if !single { console.status(BatchText.convertingPDF(count: pdfJobs.count)) }
            let failures = conversion.convert(pdfJobs.map(\.job))
            for (index, entry) in pdfJobs.enumerated() {
                if let failure = failures[index] {
                    console.report([failure])
                    failed += 1
                } else {
                    files += 1
                    if single { console.status(BatchText.generated(entry.displayPath)) }
                }
            }
        }
        if !single {
            console.status(BatchText.finished(succeeded: plan.jobs.count - failed, failed: failed, files: files,
                                              genre: genre, folder: options.outputDirectory))
        }
        return failed > 0 ? .failure : .success
    }
}

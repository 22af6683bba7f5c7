import ArgumentParser
import Foundation
import WengaoKit

/// Measures Wengao against pandoc and prints one table: a whole-process speech in both
/// formats, a batch of documents, scaling with the input's size, and the time of each
/// stage inside one process. Run it on a release build (`Scripts/benchmark.sh`).
@main
struct WengaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wengao-bench",
        abstract: "Benchmark wengao against pandoc and print one table of measurements and targets."
    )

    @Option(help: "Inputs in the large batch.")
    var documents = 1000

    @Option(help: "Inputs in the small batch whose peak memory the large one is compared with.")
    var smallBatch = 10

    @Option(help: "Whole-process runs of wengao for each median.")
    var runs = 40

    @Option(help: "Whole-process runs of pandoc for each median.")
    var pandocRuns = 10

    @Option(help: "Documents converted by pandoc, once per document and format, to extrapolate the batch.")
    var pandocSample = 20

    @Option(help: "Characters of text in the single speech.")
    var speechCharacters = 5000

    @Option(name: .customLong("scale-kb"), parsing: .upToNextOption, help: "Input sizes for the scaling rows, in KB.")
    var scaleKB: [Int] = [10, 100, 1000]

    @Option(help: "In-process repetitions for the per-stage times.")
    var stageRuns = 5

    @Option(help: "The wengao executable (default: the one beside this program).")
    var wengao: String?

    @Option(help: "Keep the inputs and outputs in this folder instead of a temporary one.")
    var work: String?

    @Option(help: "Documents in the PDF batch.")
    var pdfDocuments = 100

    @Option(help: "Documents converted one LibreOffice start each, for the PDF comparison.")
    var pdfSample = 10

    @Flag(help: "Tiny counts, to prove the harness works (CI's smoke test); the numbers mean nothing.")
    var quick = false

    @Flag(name: .customLong("no-install"), help: "Do not install pandoc when it is missing; leave its columns empty.")
    var noInstall = false

    @Flag(name: .customLong("only-import"), help: "Measure only `wengao import` of one speech .docx and print its row.")
    var onlyImport = false

    mutating func run() throws {
        if quick {
            (documents, smallBatch, runs, pandocRuns, pandocSample, speechCharacters, scaleKB, stageRuns) =
                (6, 2, 2, 1, 1, 1500, [4, 8], 1)
            (pdfDocuments, pdfSample) = (2, 1)
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let wengao = self.wengao ?? me.deletingLastPathComponent().appendingPathComponent("wengao").path
        guard FileManager.default.isExecutableFile(atPath: wengao) else {
            throw ValidationError("wengao not found at \(wengao); build it or pass --wengao")
        }
        guard let templates = TemplateSet.locateDefaultDirectory(executable: wengao) else {
            throw ValidationError("Templates/ not found near \(wengao)")
        }
        let pandoc = Pandoc.locate(install: !noInstall)
        let work = self.work.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("wengao-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if self.work == nil { try? FileManager.default.removeItem(at: work) } }

        let bench = BenchRun(wengao: wengao, pandoc: pandoc, work: work,
                             generator: Generator(templates: try TemplateSet(directory: templates)),
                             cores: ProcessInfo.processInfo.activeProcessorCount)
        if onlyImport {
            let importing = try bench.importSpeech(characters: speechCharacters, runs: runs, pandocRuns: pandocRuns)
            print(BenchTable.importOnly(importing, pandocVersion: pandoc?.version))
            return
        }
        let speech = try bench.speech(characters: speechCharacters, runs: runs, pandocRuns: pandocRuns, stageRuns: stageRuns)
        let batch = try bench.batch(documents: documents, small: smallBatch, pandocSample: pandocSample, quick: quick)
        let scaling = try bench.scaling(kilobytes: scaleKB, runs: runs, stageRuns: stageRuns)
        let pdf = try bench.pdf(documents: pdfDocuments, perDocumentSample: pdfSample, runs: quick ? 1 : 3)
        let importing = try bench.importSpeech(characters: speechCharacters, runs: runs, pandocRuns: pandocRuns)
        print(BenchTable(speech: speech, batch: batch, scaling: scaling, cores: bench.cores,
                         pandocVersion: pandoc?.version, pdf: pdf, importing: importing).markdown)
    }
}

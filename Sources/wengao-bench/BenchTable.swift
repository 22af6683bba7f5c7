import Foundation
import WengaoKit

/// The benchmark's one table, in Markdown: each row a measurement, what pandoc does in
/// the same run, the ratio, the issue's target and whether it is met.
struct BenchTable {
    var speech: SpeechResult
    var batch: BatchResult
    var scaling: [ScalingResult]
    var cores: Int
    var pandocVersion: String?
    /// Nil when LibreOffice is not installed.
    var pdf: PDFResult?
    var importing: ImportResult?

    /// Per-KB time at the largest input may be at most this many times the smallest's.
    static let flatness = 1.5

    private var rows: [[String]] = []

    init(speech: SpeechResult, batch: BatchResult, scaling: [ScalingResult], cores: Int, pandocVersion: String?,
         pdf: PDFResult? = nil, importing: ImportResult? = nil) {
        self.pdf = pdf
        self.importing = importing
        self.speech = speech
        self.batch = batch
        self.scaling = scaling
        self.cores = cores
        self.pandocVersion = pandocVersion
        addSpeechRows()
        addBatchRows()
        addScalingRows()
        addStageRows()
        addPDFRows()
        addImportRow()
    }

    /// The import row alone (`--only-import`), with the table's header and footer.
    static func importOnly(_ importing: ImportResult, pandocVersion: String?) -> String {
        var table = BenchTable(importing: importing, pandocVersion: pandocVersion)
        table.addImportRow()
        return table.markdown
    }

    private init(importing: ImportResult, pandocVersion: String?) {
        speech = SpeechResult(characters: 0, runs: 0, wengaoSeconds: 0, wengaoCPUSeconds: 0, wengaoPeakKiB: 0, stages: StageTimings())
        batch = BatchResult(documents: 0, small: 0, secondsPerDocument: 0, cpuSecondsPerDocument: 0, peakKiB: 0, smallPeakKiB: 0, pandocSample: 0)
        scaling = []
        cores = ProcessInfo.processInfo.activeProcessorCount
        self.pandocVersion = pandocVersion
        self.importing = importing
    }

    /// `wengao import` of a speech .docx; the issue's target is 20 ms for 5,000 characters.
    private mutating func addImportRow() {
        guard let importing else { return }
        let pandoc = importing.pandocSeconds.map { "docx → markdown \(Self.ms($0))" } ?? "n/a"
        let ratio = importing.pandocSeconds.map { Self.times($0 / importing.seconds) } ?? "n/a"
        rows.append(["import one speech .docx (\(importing.characters) chars) to an input file, whole process, median of \(importing.runs)",
                     "\(Self.ms(importing.seconds)) (CPU \(Self.ms(importing.cpuSeconds)), peak \(Self.mib(importing.peakKiB)))",
                     pandoc, ratio, "≤ 20 ms", Self.met(importing.seconds <= 0.020)])
    }

    /// A batch's PDFs cost at most this share of converting each document on its own.
    static let pdfBatchShare = 1.0 / 3

    private mutating func addPDFRows() {
        guard let pdf else {
            rows.append(["PDF", "LibreOffice not installed", "", "", "", "n/a"])
            return
        }
        rows.append(["PDF, one speech, whole process (generate + one LibreOffice start), median",
                     Self.ms(pdf.oneSpeechSeconds), "", "", "reference", "—"])
        let share = pdf.batchSecondsPerDocument / pdf.perDocumentSeconds
        rows.append(["PDF, batch of \(pdf.documents) speeches, time per document, against one `soffice --convert-to pdf` per document (measured on \(pdf.perDocumentSample))",
                     "\(Self.ms(pdf.batchSecondsPerDocument)) (one LibreOffice start)",
                     "\(Self.ms(pdf.perDocumentSeconds)) a document, one start each",
                     String(format: "%.2f of the per-document time", share),
                     "≤ 1/3 of the per-document way", share <= Self.pdfBatchShare ? "yes" : "**NO**"])
    }

    static func ms(_ seconds: Double) -> String { String(format: seconds < 0.01 ? "%.2f ms" : "%.1f ms", seconds * 1000) }
    static func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }
    static func times(_ ratio: Double) -> String { String(format: ratio < 10 ? "%.1f×" : "%.0f×", ratio) }
    static func met(_ condition: Bool) -> String { condition ? "yes" : "**NO**" }
    static func kb(_ size: Double) -> String { size >= 1000 ? String(format: "%.2f MB", size / 1024) : String(format: "%.0f KB", size) }

    private mutating func addSpeechRows() {
        let wengao = speech.wengaoSeconds
        var pandoc = "n/a", ratio = "n/a", fast = false
        if let docx = speech.pandocDocxSeconds, let odt = speech.pandocOdtSeconds {
            pandoc = "docx \(Self.ms(docx)) · odt \(Self.ms(odt))"
            ratio = "\(Self.times(docx / wengao)) · \(Self.times(odt / wengao))"
            fast = min(docx, odt) >= 10 * wengao
        }
        rows.append(["one speech (\(speech.characters) chars), DOCX+ODT, whole process, median of \(speech.runs); each run into a new folder",
                     "\(Self.ms(wengao)) (CPU \(Self.ms(speech.wengaoCPUSeconds)))", pandoc + " (one format each)", ratio, "≤ 10 ms; ≥ 10× pandoc",
                     Self.met(wengao <= 0.010 && fast)])
        if let replacing = speech.overwritingSeconds {
            var pandoc = "n/a", ratio = "n/a"
            if let docx = speech.overwritingPandocDocxSeconds, let odt = speech.overwritingPandocOdtSeconds {
                pandoc = "docx \(Self.ms(docx)) · odt \(Self.ms(odt))"
                ratio = "\(Self.times(docx / replacing)) · \(Self.times(odt / replacing))"
            }
            // Not a target of its own: the same work, plus the file system freeing the
            // files replaced (two a run for wengao, one for pandoc).
            rows.append(["the same, each run writing over the last run's files", Self.ms(replacing), pandoc, ratio,
                         "(reference)", "—"])
        }
        rows.append(["peak RSS, one speech", Self.mib(speech.wengaoPeakKiB), speech.pandocPeakKiB.map(Self.mib) ?? "n/a",
                     speech.pandocPeakKiB.map { Self.times(Double($0) / Double(speech.wengaoPeakKiB)) } ?? "n/a",
                     "≤ 30 MiB", Self.met(speech.wengaoPeakKiB <= 30 * 1024)])
    }

    private mutating func addBatchRows() {
        let perDocument = batch.secondsPerDocument
        let pandoc = batch.pandocSecondsPerDocument
        rows.append(["batch of \(batch.documents) speeches, DOCX+ODT, time per document (\(cores) cores)",
                     "\(Self.ms(perDocument)) (CPU \(Self.ms(batch.cpuSecondsPerDocument)) a document)",
                     pandoc.map { "\(Self.ms($0)) (2 runs a document, \(cores) at once; measured on \(batch.pandocSample), extrapolated)" } ?? "n/a",
                     pandoc.map { Self.times($0 / perDocument) } ?? "n/a", "≤ 2 ms", Self.met(perDocument <= 0.002)])
        let growth = batch.peakKiB - batch.smallPeakKiB
        rows.append(["peak RSS, batch of \(batch.small) → \(batch.documents)",
                     "\(Self.mib(batch.smallPeakKiB)) → \(Self.mib(batch.peakKiB)) (\(growth >= 0 ? "+" : "")\(Self.mib(growth)))",
                     "", "", "≤ +10 MiB", Self.met(growth <= 10 * 1024)])
    }

    private mutating func addScalingRows() {
        guard let first = scaling.first else { return }
        let base = first.wholeSeconds / first.kilobytes
        for result in scaling {
            let perKB = result.wholeSeconds / result.kilobytes
            rows.append(["scaling: one input of \(Self.kb(result.kilobytes)), whole process",
                         "\(Self.ms(result.wholeSeconds)) · \(String(format: "%.1f", perKB * 1e6)) µs/KB", "",
                         "\(Self.times(perKB / base)) the smallest's µs/KB", "µs/KB flat (≤ \(Self.flatness)×)",
                         Self.met(perKB <= base * Self.flatness)])
        }
    }

    private mutating func addStageRows() {
        guard let first = scaling.first, let last = scaling.last else { return }
        let sizes = scaling.map { Self.kb($0.kilobytes) }.joined(separator: " · ")
        for (index, stage) in speech.stages.stages.enumerated() {
            let perKB = scaling.map { $0.stages.stages[index].time.seconds / $0.kilobytes }
            let growth = (last.stages.stages[index].time.seconds / last.kilobytes)
                / max(first.stages.stages[index].time.seconds / first.kilobytes, 1e-12)
            rows.append(["stage \(stage.name): in the speech; µs/KB at \(sizes)",
                         Self.ms(stage.time.seconds) + "; " + perKB.map { String(format: "%.1f", $0 * 1e6) }.joined(separator: " · "),
                         "", "\(Self.times(growth)) from smallest to largest", "no faster than input (≤ \(Self.flatness)×)",
                         Self.met(growth <= Self.flatness)])
        }
    }

    var markdown: String {
        let header = ["measurement", "wengao", "pandoc", "pandoc ÷ wengao / growth", "target", "met"]
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---|" }.joined()]
        lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        lines.append("")
        lines.append("wengao: release build; \(cores) cores; \(pandocVersion ?? "pandoc not available"); "
                     + "times are wall-clock, RSS from wait4 (as /usr/bin/time -v).")
        return lines.joined(separator: "\n")
    }
}

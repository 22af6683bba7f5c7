import Foundation

/// PDF through LibreOffice: one speech, a batch converted in wengao's one LibreOffice
/// start, and the way other tools do it, one `soffice --convert-to pdf` per document.
struct PDFResult {
    var oneSpeechSeconds: Double
    var documents: Int
    var batchSecondsPerDocument: Double
    var perDocumentSample: Int
    var perDocumentSeconds: Double
}

extension BenchRun {
    func pdf(documents: Int, perDocumentSample: Int, runs: Int) throws -> PDFResult? {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile(atPath:))
        else { return nil }
        let speech = BenchSpeech(seed: 7, characters: 5000)
        let yaml = work.appendingPathComponent("pdf/speech.yaml")
        try FileManager.default.createDirectory(at: yaml.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(speech.yaml.utf8).write(to: yaml)
        let one = try timed(runs: runs) { run in
            [wengao, "speech", yaml.path, "-o", work.appendingPathComponent("pdf/one-\(run).pdf").path]
        }
        let inputs = work.appendingPathComponent("pdf/batch")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for index in 0..<documents {
            try Data(BenchSpeech(seed: 20_000 + UInt64(index), characters: 5000).yaml.utf8)
                .write(to: inputs.appendingPathComponent(String(format: "单位%04d.yaml", index)))
        }
        let batch = try timed(runs: 1) { run in
            [wengao, "speech", inputs.path, "--format", "pdf", "--output-dir", work.appendingPathComponent("pdf/batch-out-\(run)").path]
        }
        // The DOCX of the sample, then one LibreOffice start per document, as a script
        // calling `soffice --convert-to pdf` in a loop does.
        let docx = work.appendingPathComponent("pdf/docx")
        _ = try ProcessTimer.runAll([[wengao, "speech", inputs.path, "--format", "docx", "--output-dir", docx.path]], workers: 1)
        let sample = min(perDocumentSample, documents)
        let profile = work.appendingPathComponent("pdf/profile")
        let commands = (0..<sample).map { index in
            [soffice, "-env:UserInstallation=file://" + profile.path, "--headless", "--convert-to", "pdf", "--outdir",
             work.appendingPathComponent("pdf/each").path, docx.appendingPathComponent(String(format: "单位%04d.docx", index)).path]
        }
        // A first start makes the profile, as any user's first run does; it is not counted.
        _ = try ProcessTimer.runAll([commands[0]], workers: 1)
        let each = try ProcessTimer.runAll(commands, workers: 1)
        return PDFResult(oneSpeechSeconds: one, documents: documents, batchSecondsPerDocument: batch / Double(documents),
                         perDocumentSample: sample, perDocumentSeconds: each.seconds / Double(sample))
    }

    /// The median wall time of `runs` runs of one command.
    private func timed(runs: Int, _ command: (Int) -> [String]) throws -> Double {
        var times: [Double] = []
        for run in 0..<runs { times.append(try ProcessTimer.runAll([command(run)], workers: 1).seconds) }
        return times.sorted()[times.count / 2]
    }
}

import Foundation

/// `wengao import` of one speech .docx, whole process: the speech Wengao itself made from the
/// benchmark's input, read back into an input file; pandoc reading the same .docx into
/// Markdown is the reference.
struct ImportResult {
    var characters: Int
    var runs: Int
    var seconds: Double
    var cpuSeconds: Double
    var peakKiB: Int
    var pandocSeconds: Double?
}

extension BenchRun {
    func importSpeech(characters: Int, runs: Int, pandocRuns: Int) throws -> ImportResult {
        let speech = BenchSpeech(seed: 2, characters: characters)
        let yaml = work.appendingPathComponent("import/speech.yaml")
        try FileManager.default.createDirectory(at: yaml.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(speech.yaml.utf8).write(to: yaml)
        let docx = work.appendingPathComponent("import/speech.docx")
        let made = try ProcessTimer.run([wengao, "speech", yaml.path, "--format", "docx", "-o", docx.path])
        guard made.status == 0 else { throw ProcessTimer.SpawnError(description: "wengao speech exited \(made.status)") }
        let outputs = work.appendingPathComponent("import/out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        // Each run writes a new file: import never overwrites one without --force.
        var commands: [(Int) throws -> [String]] = [{ run in
            [wengao, "import", docx.path, "-o", outputs.appendingPathComponent("speech-\(run).yaml").path]
        }]
        var counts = [runs]
        if let pandoc {
            commands.append { run in
                [pandoc.path, "--from", "docx", docx.path, "--to", "markdown", "-o", outputs.appendingPathComponent("pandoc-\(run).md").path]
            }
            counts.append(pandocRuns)
        }
        let measured = try interleavedRuns(commands, runs: counts)
        return ImportResult(characters: speech.characters, runs: runs, seconds: measured[0].seconds,
                            cpuSeconds: measured[0].cpuSeconds, peakKiB: measured[0].peakKiB,
                            pandocSeconds: pandoc == nil ? nil : measured[1].seconds)
    }
}

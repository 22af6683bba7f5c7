import Foundation
import WengaoKit

/// One measurement of each kind the table reports.
struct SpeechResult {
    var characters: Int
    var runs: Int
    var wengaoSeconds: Double
    var wengaoCPUSeconds: Double
    var wengaoPeakKiB: Int
    var pandocDocxSeconds: Double?
    var pandocOdtSeconds: Double?
    var pandocPeakKiB: Int?
    var stages: StageTimings
    /// The same, each run writing over the files of the run before (the way a user
    /// regenerates into one folder): replacing a file also frees the old one's blocks.
    var overwritingSeconds: Double? = nil
    var overwritingPandocDocxSeconds: Double? = nil
    var overwritingPandocOdtSeconds: Double? = nil
}

struct BatchResult {
    var documents: Int
    var small: Int
    var secondsPerDocument: Double
    var cpuSecondsPerDocument: Double
    var peakKiB: Int
    var smallPeakKiB: Int
    var pandocSecondsPerDocument: Double?
    var pandocSample: Int
}

struct ScalingResult {
    var kilobytes: Double
    var wholeSeconds: Double
    var stages: StageTimings
}

/// The measurements themselves; each returns its numbers and leaves the printing to
/// `BenchTable`.
struct BenchRun {
    let wengao: String
    let pandoc: Pandoc?
    let work: URL
    let generator: Generator
    let cores: Int

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func folder(_ name: String) -> URL { work.appendingPathComponent(name) }

    /// Median whole-process time and CPU time, and largest peak, of `runs` runs after one
    /// warm-up run: `interleaved` with one command.
    private func measure(_ command: @escaping (Int) throws -> [String], runs: Int) throws -> (seconds: Double, cpuSeconds: Double, peakKiB: Int) {
        try interleaved([command], runs: [runs])[0]
    }

    /// Median of each stage over `runs` in-process runs making both formats.
    private func stages(of input: URL, runs: Int) throws -> StageTimings {
        try stages(of: [input], runs: runs)[0]
    }

    /// The same for several inputs, their runs taking turns: a slow spell of the machine
    /// falls on every input alike rather than on whichever was measured during it, which
    /// matters when their per-KB times are compared.
    private func stages(of inputs: [URL], runs: Int) throws -> [StageTimings] {
        let output = folder("stages")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var samples = Array(repeating: [StageTimings](), count: inputs.count)
        for _ in 0..<max(runs, 1) {
            for (index, input) in inputs.enumerated() {
                samples[index].append(try generator.profile(path: input.path, genre: .speech, formats: [.docx, .odt],
                                                            outputDirectory: output.path))
            }
        }
        return samples.map { samples in
            func median(_ stage: KeyPath<StageTimings, Duration>) -> Duration {
                .nanoseconds(Int64(samples.map { $0[keyPath: stage].seconds }.median * 1e9))
            }
            var result = StageTimings()
            result.parse = median(\.parse)
            result.validate = median(\.validate)
            result.template = median(\.template)
            result.write = median(\.write)
            result.zip = median(\.zip)
            result.save = median(\.save)
            return result
        }
    }

    func speech(characters: Int, runs: Int, pandocRuns: Int, stageRuns: Int) throws -> SpeechResult {
        let speech = BenchSpeech(seed: 1, characters: characters)
        let yaml = folder("speech/speech.yaml"), markdown = folder("speech/speech.md")
        try write(speech.yaml, to: yaml)
        try write(speech.markdown, to: markdown)
        // Every run writes into a folder of its own, made beforehand: the time is that of
        // making the documents, not of the file system freeing the last run's (this
        // machine's disk discards freed blocks while the replacing call waits, 0.1–2 ms a
        // file, a cost pandoc's one file a run pays half as often). The overwriting
        // runs are measured after, as a second row.
        var commands: [(Int) throws -> [String]] = [{ run in
            [wengao, "speech", yaml.path, "--output-dir", try fresh("speech/wengao-\(run)").path]
        }]
        var counts = [runs]
        if let pandoc {
            commands.append { run in pandoc.convert(markdown, to: try fresh("speech/pandoc-docx-\(run)").appendingPathComponent("speech.docx")) }
            commands.append { run in pandoc.convert(markdown, to: try fresh("speech/pandoc-odt-\(run)").appendingPathComponent("speech.odt")) }
            counts += [pandocRuns, pandocRuns]
        }
        let measured = try interleaved(commands, runs: counts)
        let whole = measured[0]
        var result = SpeechResult(characters: speech.characters, runs: runs, wengaoSeconds: whole.seconds,
                                  wengaoCPUSeconds: whole.cpuSeconds, wengaoPeakKiB: whole.peakKiB,
                                  stages: try stages(of: yaml, runs: stageRuns * 4))
        if pandoc != nil {
            result.pandocDocxSeconds = measured[1].seconds
            result.pandocOdtSeconds = measured[2].seconds
            result.pandocPeakKiB = max(measured[1].peakKiB, measured[2].peakKiB)
        }
        var overwriting: [(Int) throws -> [String]] = [{ _ in [wengao, "speech", yaml.path, "--output-dir", folder("speech/out").path] }]
        if let pandoc {
            overwriting.append { _ in pandoc.convert(markdown, to: folder("speech/pandoc.docx")) }
            overwriting.append { _ in pandoc.convert(markdown, to: folder("speech/pandoc.odt")) }
        }
        let replaced = try interleaved(overwriting, runs: counts)
        result.overwritingSeconds = replaced[0].seconds
        if pandoc != nil {
            result.overwritingPandocDocxSeconds = replaced[1].seconds
            result.overwritingPandocOdtSeconds = replaced[2].seconds
        }
        return result
    }

    /// A new, empty folder under the work folder.
    private func fresh(_ name: String) throws -> URL {
        let url = folder(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Like `measure`, for commands whose times are compared: their runs take turns, so
    /// that a slow spell of a shared machine falls on all of them alike rather than on
    /// whichever ran during it. The counts may differ; each command's runs are spread evenly
    /// over the whole measurement.
    /// Each command is made for its run (the warm-up is run -1), so that a run may write
    /// where no run wrote before; what a command needs is made before its clock starts.
    /// `interleaved`, for the measurements kept in files of their own (BenchImport.swift).
    func interleavedRuns(_ commands: [(Int) throws -> [String]], runs: [Int]) throws -> [(seconds: Double, cpuSeconds: Double, peakKiB: Int)] {
        try interleaved(commands, runs: runs)
    }

    private func interleaved(_ commands: [(Int) throws -> [String]], runs: [Int]) throws -> [(seconds: Double, cpuSeconds: Double, peakKiB: Int)] {
        var times = Array(repeating: [Double](), count: commands.count)
        var cpu = times
        var peak = Array(repeating: 0, count: commands.count)
        func run(_ index: Int, recorded: Bool) throws {
            let command = try commands[index](recorded ? times[index].count : -1)
            let result = try ProcessTimer.run(command)
            guard result.status == 0 else {
                throw ProcessTimer.SpawnError(description: "\(command.joined(separator: " ")) exited \(result.status)")
            }
            guard recorded else { return }
            times[index].append(result.seconds)
            cpu[index].append(result.cpuSeconds)
            peak[index] = max(peak[index], result.peakKiB)
        }
        for index in commands.indices { try run(index, recorded: false) }  // warm-up
        // Step through the longest series; a command with fewer runs takes its turn when its
        // share of the rounds so far says it is due.
        let rounds = runs.max() ?? 0
        for round in 0..<rounds {
            for index in commands.indices where (round + 1) * runs[index] / rounds > round * runs[index] / rounds {
                try run(index, recorded: true)
            }
        }
        return commands.indices.map { (times[$0].median, cpu[$0].median, peak[$0]) }
    }

    /// Writes `count` different speeches into a folder and returns it.
    private func inputs(_ count: Int, name: String, seed: UInt64) throws -> URL {
        let directory = folder(name)
        for index in 0..<count {
            let speech = BenchSpeech(seed: seed + UInt64(index), characters: 5000)
            try write(speech.yaml, to: directory.appendingPathComponent(String(format: "单位%04d.yaml", index)))
        }
        return directory
    }

    func batch(documents: Int, small: Int, pandocSample: Int, quick: Bool) throws -> BatchResult {
        let large = try inputs(documents, name: "batch", seed: 10_000)
        let smallFolder = try inputs(small, name: "batch-small", seed: 10_000)
        // Each run into a new folder, as pandoc's runs below write new files.
        let command = { (input: URL, run: Int) in [wengao, "speech", input.path, "--output-dir", try fresh("batch-out-\(run)").path] }
        let largeRun = try measure({ try command(large, $0) }, runs: quick ? 1 : 3)
        let smallRun = try measure({ try command(smallFolder, $0) }, runs: quick ? 1 : 3)
        var result = BatchResult(documents: documents, small: small,
                                 secondsPerDocument: largeRun.seconds / Double(documents),
                                 cpuSecondsPerDocument: largeRun.cpuSeconds / Double(documents),
                                 peakKiB: largeRun.peakKiB, smallPeakKiB: smallRun.peakKiB, pandocSample: pandocSample)
        if let pandoc {
            // pandoc makes one format a run: two runs a document, as many at once as there
            // are cores, as a shell loop with xargs -P would.
            var commands: [[String]] = []
            for index in 0..<min(pandocSample, documents) {
                let speech = BenchSpeech(seed: 10_000 + UInt64(index), characters: 5000)
                let markdown = folder("pandoc-batch/\(index).md")
                try write(speech.markdown, to: markdown)
                commands.append(pandoc.convert(markdown, to: folder("pandoc-batch/\(index).docx")))
                commands.append(pandoc.convert(markdown, to: folder("pandoc-batch/\(index).odt")))
            }
            let run = try ProcessTimer.runAll(commands, workers: cores)
            result.pandocSecondsPerDocument = run.seconds / Double(commands.count / 2)
        }
        return result
    }

    /// One input of about each size in KB of YAML: whole process, then the stages of all
    /// sizes in turns.
    func scaling(kilobytes sizes: [Int], runs: Int, stageRuns: Int) throws -> [ScalingResult] {
        var measured: [(input: URL, size: Double, whole: Double)] = []
        for kilobytes in sizes {
            // About 3.3 bytes of YAML a character of Chinese text; adjust once if far off.
            var characters = kilobytes * 1024 * 10 / 33
            var speech = BenchSpeech(seed: UInt64(kilobytes), characters: characters)
            characters = characters * kilobytes * 1024 / max(speech.yaml.utf8.count, 1)
            speech = BenchSpeech(seed: UInt64(kilobytes), characters: characters)
            let input = folder("scale/\(kilobytes)KB.yaml")
            try write(speech.yaml, to: input)
            // Fewer runs for the larger inputs: their medians settle faster.
            let wholeRuns = max(3, runs * 10 / max(kilobytes, 10))
            let whole = try measure({ [wengao, "speech", input.path, "--output-dir", try fresh("scale/out-\(kilobytes)-\($0)").path] },
                                    runs: wholeRuns)
            measured.append((input, Double(speech.yaml.utf8.count) / 1024, whole.seconds))
        }
        let stages = try stages(of: measured.map(\.input), runs: max(stageRuns, 3))
        return zip(measured, stages).map { ScalingResult(kilobytes: $0.size, wholeSeconds: $0.whole, stages: $1) }
    }
}

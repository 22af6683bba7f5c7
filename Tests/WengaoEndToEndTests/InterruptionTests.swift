import Foundation
import Testing

/// A batch stopped by Ctrl-C, `kill` or a closed terminal leaves no temporary file, exits
/// 128 + the signal, and keeps every document it had finished (issue 12, item 8); temporaries
/// of a run killed with -9 are removed by the next run into the folder.
@Suite(.serialized) struct InterruptionTests {
    /// A folder of `count` copies of the sample speech, and an empty output folder.
    func batch(_ count: Int, test: String = #function) throws -> (folder: URL, output: URL) {
        let folder = try Paths.scratch(test)
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: Paths.samples.appendingPathComponent("meeting-speech.yaml"))
        for index in 1...count { try sample.write(to: inputs.appendingPathComponent("街道\(index).yaml")) }
        return (folder, folder.appendingPathComponent("out"))
    }

    func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    /// Starts the batch, waits until it has written `started` files, sends `signal`.
    func interrupt(with signal: Int32, test: String = #function) throws -> (status: Int32, stderr: String, output: [String]) {
        let (folder, output) = try batch(600, test: test)
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["speech", "in", "--output-dir", "out", "-j", "2"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, names(in: output).count < 40, Date() < deadline { usleep(2_000) }
        try Requirement.need(process.isRunning, "the batch ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, stderr, names(in: output))
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func aSignalLeavesNoTemporary(signal: Int32, status: Int32) throws {
        let run = try interrupt(with: signal, test: "signal\(signal)")
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains("已中断：收到"), "\(run.stderr)")
        #expect(run.output.filter { $0.hasSuffix(".tmp") } == [], "\(run.output.filter { $0.hasPrefix(".") })")
        // It was stopped part-way, and what it finished is whole.
        #expect(run.output.count < 1200)
        #expect(run.output.count >= 30)
        #expect(run.output.allSatisfy { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") })
    }

    @Test func theNextRunRemovesTheTemporariesOfAKilledOne() throws {
        let (folder, output) = try batch(2)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // A run killed with -9 cannot clean up: its temporary is left as it was.
        let killed = Process()
        killed.executableURL = URL(fileURLWithPath: "/bin/true")
        try killed.run()
        killed.waitUntilExit()
        let stale = ".街道1.docx.wengao-\(killed.processIdentifier)-12345.tmp"
        try Data("PK".utf8).write(to: output.appendingPathComponent(stale))
        let result = try Command.wengao(["speech", "in", "--output-dir", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(names(in: output).sorted() == ["街道1.docx", "街道1.odt", "街道2.docx", "街道2.odt"])
    }
}

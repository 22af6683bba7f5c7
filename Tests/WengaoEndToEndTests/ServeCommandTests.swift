import Foundation
import Testing

/// `wengao serve` as a user starts it: the real binary on a free port, asked over HTTP with
/// curl, stopped by its process id.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `wengao serve` and what it printed until it said where it listens.
    final class RunningServer {
        let process = Process()
        let errors = Pipe()
        var printed = ""
        var address: String?

        init(_ arguments: [String]) throws {
            process.executableURL = Paths.executable
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = Paths.packageRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            let handle = errors.fileHandleForReading
            while address == nil, Date() < deadline {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                printed += String(decoding: chunk, as: UTF8.self)
                if let range = printed.range(of: #"http://[0-9.]+:[0-9]+/"#, options: .regularExpression) {
                    address = String(printed[range])
                }
            }
        }

        func stop() -> Int32 {
            if process.isRunning { process.interrupt() }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func servesThePageAndTheAPIOnTheLoopback() throws {
        try Requirement.tool("curl", package: "curl")
        let server = try RunningServer(["--port", "0"])
        defer { _ = server.stop() }
        let address = try #require(server.address, "no address printed: \(server.printed)")
        #expect(address.hasPrefix("http://127.0.0.1:"))
        #expect(server.printed.contains("文稿已启动"))
        #expect(!server.printed.contains("警告"))
        let page = try Command.run(Requirement.which("curl")!, ["-sf", address])
        #expect(page.status == 0)
        #expect(page.stdout.contains("<form id=\"report-form\""))
        let sample = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        let checked = try Command.run(Requirement.which("curl")!, ["-sf", "--data-binary", "@" + sample, address + "api/validate"])
        #expect(checked.stdout == "[]\n")
        // SIGINT ends it gracefully, with status 0.
        #expect(server.stop() == 0)
    }

    @Test func anotherAddressThanTheLoopbackIsWarnedAbout() throws {
        let server = try RunningServer(["--port", "0", "--host", "0.0.0.0"])
        defer { _ = server.stop() }
        #expect(server.address != nil, "\(server.printed)")
        #expect(server.printed.contains("警告"))
        #expect(server.printed.contains("网络上的其他人也能打开这个页面"))
    }

    @Test func aPortInUseIsAClearErrorAndExit1() throws {
        let first = try RunningServer(["--port", "0"])
        defer { _ = first.stop() }
        let address = try #require(first.address)
        let port = try #require(address.split(separator: ":").last.map { String($0.dropLast()) })
        let second = try RunningServer(["--port", port])
        second.process.waitUntilExit()
        let rest = String(decoding: second.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.process.terminationStatus == 1)
        #expect((second.printed + rest).contains("无法在 127.0.0.1:\(port) 启动：端口 \(port) 已被占用"))
    }

    @Test func aPortOutOfRangeIsAUsageError() throws {
        let result = try Command.wengao(["serve", "--port", "70000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("端口 70000 不在 0–65535 之内"))
    }
}

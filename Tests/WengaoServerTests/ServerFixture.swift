import Dispatch
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WengaoKit
@testable import WengaoServer

/// The server as `wengao serve` makes it, over the project's own templates, and the inputs
/// the tests send it.
enum ServerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("Samples")

    static let generator: Generator = {
        // A failure here is every test's failure, with the template's diagnostics as the reason.
        try! Generator(templates: TemplateSet(directory: packageRoot.appendingPathComponent("Templates").path))
    }()

    static func server(_ settings: ServeSettings = ServeSettings(port: 0)) -> DocumentServer {
        DocumentServer(settings: settings, generator: generator)
    }

    static func application(_ settings: ServeSettings = ServeSettings(port: 0)) -> some ApplicationProtocol {
        server(settings).application()
    }

    static func sample(_ name: String) throws -> ByteBuffer {
        ByteBuffer(bytes: try Data(contentsOf: samples.appendingPathComponent(name)))
    }

    static let speech = "meeting-speech.yaml"
    static let summary = "half-year-summary.yaml"

    /// Runs blocking work (a socket, LibreOffice) on a thread outside Swift concurrency's
    /// few cooperative threads, which the server under test needs to answer meanwhile.
    static func offThePool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Decoded JSON, or nil.
    static func json(_ buffer: ByteBuffer) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(buffer: buffer))
    }

    /// A test that needs a program the machine may lack: under CI (`CI=true`) a missing
    /// program fails the test; elsewhere the test is cancelled with the reason, never passed.
    static func need(tool: String, package: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
        if found { return }
        let message = "\(tool) is not installed (apt-get install \(package))"
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("\(message); CI must have it", sourceLocation: sourceLocation)
            return
        }
        try Test.cancel("not run: \(message)", sourceLocation: sourceLocation)
    }
}

extension Data {
    init(buffer: ByteBuffer) {
        self.init(buffer.readableBytesView)
    }
}

import Foundation

/// A program the measurements run: LibreOffice to render, poppler to read the pages.
public struct ExternalTool: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The program called `name` on the PATH, or nil.
    public static func find(_ name: String) -> ExternalTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return ExternalTool(url: url) }
        }
        return nil
    }

    /// Runs the program to completion; returns its standard output.
    ///
    /// - Throws: `ToolError` when it exits with a status other than 0.
    @discardableResult
    public func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        // Outputs go to files, not pipes: a chatty program can never block on a full pipe.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wengao-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let output = (try? Data(contentsOf: outURL)) ?? Data()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
            throw ToolError(message: "\(url.lastPathComponent) exited with \(process.terminationStatus): \(message)")
        }
        return output
    }
}

public struct ToolError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

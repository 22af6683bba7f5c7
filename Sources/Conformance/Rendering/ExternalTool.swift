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

    /// What a finished run left behind.
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
    }

    /// Runs the program to completion and returns its status and both outputs, whatever
    /// the status.
    ///
    /// - Parameters:
    ///   - environment: variables set on top of this process's environment.
    ///   - directory: the working folder, when not this process's.
    ///   - input: bytes fed to standard input (none by default).
    public func execute(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
                        input: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
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
        let pipe = input.map { _ in Pipe() }
        process.standardInput = pipe ?? FileHandle.nullDevice
        try process.run()
        if let pipe, let input {
            pipe.fileHandleForWriting.write(input)
            try? pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return Outcome(status: process.terminationStatus,
                       standardOutput: (try? Data(contentsOf: outURL)) ?? Data(),
                       standardError: (try? Data(contentsOf: errURL)) ?? Data())
    }

    /// Runs the program to completion; returns its standard output.
    ///
    /// - Throws: `ToolError` when it exits with a status other than 0.
    @discardableResult
    public func run(_ arguments: [String]) throws -> Data {
        let outcome = try execute(arguments)
        guard outcome.status == 0 else {
            let message = String(decoding: outcome.standardError, as: UTF8.self)
            throw ToolError(message: "\(url.lastPathComponent) exited with \(outcome.status): \(message)")
        }
        return outcome.standardOutput
    }
}

public struct ToolError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

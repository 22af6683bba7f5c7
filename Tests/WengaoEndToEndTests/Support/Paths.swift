import Testing
import Foundation

/// Where things are when the tests run: the package root, the built `wengao`, the
/// shared schemas, a scratch folder.
enum Paths {
    /// The package root, found from this file's path (Tests/WengaoEndToEndTests/Support/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples = packageRoot.appendingPathComponent("Samples")
    static let templates = packageRoot.appendingPathComponent("Templates")
    static let fixtures = packageRoot.appendingPathComponent("Tests/WengaoEndToEndTests/Fixtures")

    /// The `wengao` built beside the test bundle (the test target depends on it, so
    /// `swift test` always builds it first).
    static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("wengao")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/wengao")
    }()

    /// `../shared/schemas` beside the project, or `WENGAO_SCHEMAS` when set.
    static let schemas: URL = {
        if let custom = ProcessInfo.processInfo.environment["WENGAO_SCHEMAS"] { return URL(fileURLWithPath: custom) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
    }()

    /// A fresh empty folder for one test.
    static func scratch(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("wengao-tests-\(getpid())")
            .appendingPathComponent(safe + "-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Tools a test needs from the machine. Under CI (`CI=true`) a missing tool fails the
/// test; elsewhere the test is skipped with a message saying what to install.
enum Requirement {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func which(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// True when `tool` is on the PATH; otherwise fails the test under CI, or prints a
    /// visible skip note elsewhere, and returns false.
    static func available(_ tool: String, package: String) -> Bool {
        met(which(tool) != nil, "\(tool) is not installed (apt-get install \(package))")
    }

    static var schemasAvailable: Bool {
        met(FileManager.default.fileExists(atPath: Paths.schemas.appendingPathComponent("odf-1.3").path),
            "standard schemas not found at \(Paths.schemas.path) (put ../shared beside the project or set WENGAO_SCHEMAS)")
    }

    static func met(_ condition: Bool, _ message: String) -> Bool {
        if condition { return true }
        if isCI {
            Issue.record("\(message); CI must have it")
        } else {
            FileHandle.standardError.write(Data("⚠️  skipped: \(message)\n".utf8))
        }
        return false
    }
}

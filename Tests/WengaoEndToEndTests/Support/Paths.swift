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

/// Tools a test needs from the machine. A test whose tool is missing must not pass as if
/// it had run: under CI (`CI=true`) it fails; elsewhere it is cancelled — reported as not
/// run, with the reason and what to install — rather than returning early as a pass.
enum Requirement {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func which(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// The path of `tool` on the PATH.
    ///
    /// - Throws: `Missing` under CI (the test fails); elsewhere the test is cancelled.
    @discardableResult
    static func tool(_ tool: String, package: String) throws -> URL {
        try need(which(tool) != nil, "\(tool) is not installed (apt-get install \(package))")
        return which(tool)!
    }

    /// The standard schemas in `../shared/schemas` (or `WENGAO_SCHEMAS`).
    static func schemas() throws {
        try need(FileManager.default.fileExists(atPath: Paths.schemas.appendingPathComponent("odf-1.3").path),
                 "standard schemas not found at \(Paths.schemas.path) (put ../shared beside the project or set WENGAO_SCHEMAS)")
    }

    /// Goes on when `condition` holds; otherwise fails the test under CI and cancels it
    /// elsewhere, saying `message` either way.
    static func need(_ condition: Bool, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if condition { return }
        if isCI {
            Issue.record("\(message); CI must have it", sourceLocation: sourceLocation)
            throw Missing(description: message)
        }
        FileHandle.standardError.write(Data("⚠️  not run: \(message)\n".utf8))
        try Test.cancel("not run: \(message)", sourceLocation: sourceLocation)
    }
}

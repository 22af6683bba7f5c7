import Foundation
@testable import WengaoKit

/// Folders and inputs for the unit tests that touch the file system.
enum Scratch {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let templates = packageRoot.appendingPathComponent("Templates")
    static let sampleSpeech = packageRoot.appendingPathComponent("Samples/meeting-speech.yaml")

    /// A fresh empty folder.
    static func folder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("wengao-unit-\(getpid())")
            .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` inside `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A small valid input whose title carries `marker`.
    static func input(_ marker: String) -> String {
        """
        title: \(marker)2026年上半年工作总结
        organization: 某某局
        date: 2026-07-10
        achievements:
          - point: 完成\(marker)任务
            details: 全年任务完成过半。
        """
    }

    static func generator() throws -> Generator {
        Generator(templates: try TemplateSet(directory: templates.path))
    }
}

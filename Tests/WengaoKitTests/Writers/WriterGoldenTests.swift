import Foundation
import Testing
@testable import WengaoKit

/// Every XML part of every output for a fixed input, compared with golden files.
///
/// Goldens live in `Golden/<genre>-<format>/`, one file per part. Parts are compared with a
/// line break after each tag so a difference reads as a small diff. Re-record after an
/// intended change with `RECORD_GOLDEN=1 swift test --filter WriterGoldenTests`.
@Suite struct WriterGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let templates = Scratch.templates
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil }

    static func parts(_ genre: Genre, _ format: OutputFormat) throws -> [PackagePart] {
        let set = try TemplateSet(directory: templates.path, genres: [genre])
        let generator = Generator(templates: set)
        let (report, diagnostics) = generator.check(path: golden.appendingPathComponent("report.yaml").path)
        #expect(diagnostics.isEmpty)
        let document = try generator.document(for: try #require(report), genre: genre)
        return try format.writer.parts(for: document, styleSheet: set.styleSheet)
    }

    /// One tag a line: `><` becomes `>\n<`.
    static func readable(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).replacingOccurrences(of: "><", with: ">\n<")
    }

    @Test(arguments: [Genre.summary, .speech], [OutputFormat.docx, .odt])
    func partsMatchTheirGoldenFiles(genre: Genre, format: OutputFormat) throws {
        let folder = Self.golden.appendingPathComponent("\(genre.rawValue)-\(format.rawValue)")
        let parts = try Self.parts(genre, format)
        if Self.recording {
            try? FileManager.default.removeItem(at: folder)
        }
        for part in parts {
            let url = folder.appendingPathComponent(part.path)
            let actual = Self.readable(part.data)
            if Self.recording {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == expected, "\(genre.rawValue)-\(format.rawValue)/\(part.path) differs from its golden file")
        }
        // No part missing, none extra.
        let goldenPaths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { !$0.hasSuffix("/") && !FileManager.default.isDirectory(folder.appendingPathComponent($0)) }
        #expect(Set(goldenPaths) == Set(parts.map(\.path)))
    }

    @Test func odtPackageStartsWithStoredMimetype() throws {
        let parts = try Self.parts(.speech, .odt)
        #expect(parts.first?.path == "mimetype")
        #expect(parts.first?.stored == true)
        #expect(parts.first.map { String(decoding: $0.data, as: UTF8.self) } == "application/vnd.oasis.opendocument.text")
    }

    @Test func noVendorExtensionMarkup() throws {
        for genre in Genre.allCases {
            for format in OutputFormat.allCases {
                for part in try Self.parts(genre, format) {
                    let text = String(decoding: part.data, as: UTF8.self)
                    for prefix in ["w14:", "w15:", "mc:", "loext:", "officeooo:"] {
                        #expect(!text.contains(prefix), "\(part.path) uses \(prefix)")
                    }
                }
            }
        }
    }
}

extension FileManager {
    func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}

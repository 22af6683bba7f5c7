import Foundation
import Testing
import ZIPFoundation
@testable import WengaoKit

/// The generator's caches (fixed parts written once, deflated bytes reused) must give the
/// same parts as writing everything afresh, document after document.
@Suite struct GeneratorCacheTests {
    func unzipped(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    @Test(arguments: OutputFormat.allCases)
    func cachedPackagesHoldTheSamePartsAsFreshOnes(format: OutputFormat) throws {
        let folder = try Scratch.folder()
        let generator = try Scratch.generator()
        let sheet = generator.templates.styleSheet
        for (index, marker) in ["东城", "西城", "东城", "南城"].enumerated() {
            let input = try Scratch.write(Scratch.input(marker), "\(index).yaml", in: folder)
            let report = try #require(generator.check(path: input).report)
            let document = try generator.document(for: report, genre: .speech)
            let fresh = try format.writer.parts(for: document, styleSheet: sheet)
            let cached = try unzipped(generator.package(document, format: format, timestamp: Date(timeIntervalSince1970: 0)))
            #expect(cached.count == fresh.count)
            for part in fresh {
                #expect(cached[part.path] == part.data, "\(part.path) of document \(index)")
            }
        }
    }
}

/// A generator whose templates are replaced must write the new style sheet's styles, not
/// the fixed parts it cached for the old one (issue 10: the cache went stale).
@Suite struct GeneratorRestyleTests {
    @Test(arguments: OutputFormat.allCases)
    func swappingTheStyleSheetOnOneGeneratorWritesTheNewStyles(format: OutputFormat) throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("东城"), "in.yaml", in: folder)
        let restyle = try Scratch.write("paragraph-styles:\n  body:\n    name: 本单位正文\n", "house.style.yaml", in: folder)

        var generator = try Scratch.generator()
        let report = try #require(generator.check(path: input).report)
        let before = try GeneratorCacheTests().unzipped(
            generator.package(generator.document(for: report, genre: .speech), format: format, timestamp: Date(timeIntervalSince1970: 0)))

        generator.templates = try TemplateSet(directory: Scratch.templates.path, styleOverride: restyle)
        let document = try generator.document(for: report, genre: .speech)
        let after = try GeneratorCacheTests().unzipped(
            generator.package(document, format: format, timestamp: Date(timeIntervalSince1970: 0)))
        let fresh = try format.writer.parts(for: document, styleSheet: generator.templates.styleSheet)

        let stylesPart = format == .docx ? "word/styles.xml" : "styles.xml"
        let oldStyles = String(decoding: try #require(before[stylesPart]), as: UTF8.self)
        let newStyles = String(decoding: try #require(after[stylesPart]), as: UTF8.self)
        #expect(!oldStyles.contains("本单位正文"))
        #expect(newStyles.contains("本单位正文"))
        for part in fresh {
            #expect(after[part.path] == part.data, "\(part.path) after the restyle")
        }
    }
}

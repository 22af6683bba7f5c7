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

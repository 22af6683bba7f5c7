import Foundation
import Testing
@testable import WengaoKit

/// Every input the fuzzer (Fuzz/, Scripts/fuzz.sh) found crashing, hanging or breaking a
/// promise, kept in Tests/Fixtures/Fuzz and run through the same pipeline as the fuzz
/// target: read → validate → template → write both packages, quickly and without a crash.
@Suite struct FuzzRegressionTests {
    static let root = Scratch.packageRoot.appendingPathComponent("Tests")
    static let folder = root.appendingPathComponent("Fixtures/Fuzz")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static let generator: Generator = {
        Generator(templates: try! TemplateSet(directory: root.deletingLastPathComponent().appendingPathComponent("Templates").path))
    }()

    @Test(arguments: names)
    func finding(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let elapsed = try ThreadCPUTime.measure {
            guard let source = try? SourceText.decode(bytes, path: name) else { return }
            let (report, diagnostics) = ReportValidator.check(source: source)
            for diagnostic in diagnostics { #expect((diagnostic.location?.line ?? 1) >= 1) }
            guard let report else { return }
            for genre in Genre.allCases {
                let document = try Self.generator.document(for: report, genre: genre)
                for format in OutputFormat.allCases {
                    #expect(try !Self.generator.package(document, format: format, timestamp: Date(timeIntervalSince1970: 0)).isEmpty)
                }
            }
        }
        #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
    }
}

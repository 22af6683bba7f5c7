import Foundation
import Testing
@testable import WengaoKit

/// One fixture per rule in Tests/Fixtures/Validation, named `<rule-id>[.variant].yaml`,
/// with every expected diagnostic marked inline (1️⃣ 2️⃣ …). A fixture gets exactly the
/// diagnostics it marks, all of its rule, at the marked places: nothing missing, nothing
/// extra. A fixture with no marker expects its rule once, at 1:1.
@Suite struct DiagnosticFixtureTests {
    static let folder = Scratch.packageRoot.appendingPathComponent("Tests/Fixtures/Validation")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// Rules whose input cannot be a small file: they have tests of their own.
    static let ruleTestedElsewhere: Set<String> = ["file-unreadable", "file-too-large", "too-many-nodes", "no-meeting"]

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let rule = String(name.prefix { $0 != "." })
        let fixture = MarkedFixture(marked: [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name))))
        let expected = fixture.markers.isEmpty
            ? [Expected(id: rule, line: 1, column: 1)]
            : fixture.markers.keys.sorted().map { Expected(id: rule, line: fixture.markers[$0]!.line, column: fixture.markers[$0]!.column) }
        let diagnostics = fixture.diagnostics(path: name)
        let actual = diagnostics.map { Expected(id: $0.id, line: $0.location?.line ?? 0, column: $0.location?.column ?? 0) }
        let report = diagnostics.map(\.description).joined(separator: "\n")
        #expect(actual.sorted() == expected.sorted(), "\(name):\n\(report)")
        for diagnostic in diagnostics {
            #expect(DiagnosticRule.named(diagnostic.id)?.severity == diagnostic.severity, "\(diagnostic)")
            #expect(diagnostic.location?.file == name)
        }
    }

    @Test func everyRuleHasAFixture() {
        let covered = Set(Self.names.map { String($0.prefix { $0 != "." }) })
        for rule in DiagnosticRule.all where !Self.ruleTestedElsewhere.contains(rule.id) {
            #expect(covered.contains(rule.id), "no fixture for \(rule.id)")
        }
        for id in covered { #expect(DiagnosticRule.named(id) != nil, "fixture for unknown rule \(id)") }
    }

    @Test func didYouMeanInEnglishAndChinese() throws {
        let diagnostics = MarkedFixture("achievments:\n  - 加强领导\n标提: 测试\n").diagnostics()
        let messages = diagnostics.filter { $0.id == "unknown-key" }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.contains("“achievements”") == true)
        #expect(messages.last?.contains("“标题”") == true)
    }

    struct Expected: Hashable, Comparable, CustomStringConvertible {
        var id: String
        var line: Int
        var column: Int
        static func < (a: Expected, b: Expected) -> Bool { (a.line, a.column, a.id) < (b.line, b.column, b.id) }
        var description: String { "\(line):\(column) \(id)" }
    }
}

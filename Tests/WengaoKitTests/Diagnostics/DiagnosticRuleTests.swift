import Foundation
import Testing
@testable import WengaoKit

/// Each diagnostic's id and severity are written once, in its `DiagnosticRule` constant;
/// messages take them from there. These tests hold the lists and the documentation to the
/// constants.
@Suite struct DiagnosticRuleTests {
    static let rulesFile = Scratch.packageRoot.appendingPathComponent("Sources/WengaoKit/Diagnostics/DiagnosticRule.swift")

    /// The ids of the constants declared in DiagnosticRule.swift, in order.
    static func declaredIDs() throws -> [String] {
        let text = try String(contentsOf: rulesFile, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("public static let "), let start = line.range(of: "= DiagnosticRule(\"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func idsAreUnique() {
        let ids = DiagnosticRule.catalog.map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(Array(DiagnosticRule.catalog.prefix(DiagnosticRule.all.count)) == DiagnosticRule.all)
    }

    @Test func everyConstantIsInTheCatalog() throws {
        let declared = try Self.declaredIDs()
        #expect(declared.count > 40)
        #expect(declared == DiagnosticRule.catalog.map(\.id))
    }

    /// No message or diagnostic of the library or the tool spells an id itself.
    @Test func noIDIsWrittenOutsideItsRule() throws {
        let sources = Scratch.packageRoot.appendingPathComponent("Sources")
        for folder in ["WengaoKit", "wengao"] {
            let root = sources.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.hasSuffix("DiagnosticRule.swift") {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                for pattern in ["id: \"", "severity: .error", "severity: .warning"] {
                    #expect(!text.contains(pattern), "\(folder)/\(file) writes \(pattern)…")
                }
            }
        }
    }

    /// Docs/validation.md has a table row for every rule, and no row for a rule that is not one.
    /// Only the rules section counts: the style-file section has tables of its own keys.
    @Test func validationDocumentListsEveryRule() throws {
        let text = try String(contentsOf: Scratch.packageRoot.appendingPathComponent("Docs/validation.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("## 规则") })
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        let rows = Set(lines[start..<end].compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "`" })
        })
        for rule in DiagnosticRule.catalog { #expect(rows.contains(rule.id), "no row for \(rule.id)") }
        for id in rows { #expect(DiagnosticRule.catalog.contains { $0.id == id }, "row for unknown rule \(id)") }
    }

    @Test func messagesTakeTheirRule() {
        let message = DiagnosticMessage.duplicateKey("标题")
        #expect(message.rule == .duplicateKey)
        #expect(message.id == "duplicate-key" && message.severity == .error)
        let diagnostic = Diagnostic(message, at: nil)
        #expect(diagnostic.id == DiagnosticRule.duplicateKey.id && diagnostic.severity == .error)
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// Valid YAML that the look before composing once refused (issue 12, items 1 and 2): text
/// in quotes, block scalars, plain scalars and comments holds brackets, colons, question
/// marks and commas as text. Each input must read with every text intact.
@Suite struct PreflightFalseRefusalTests {
    static func read(_ text: String) -> ReportReader.Result {
        ReportReader().read(SourceText(path: "输入.yaml", text: text))
    }

    static func errors(_ text: String) -> [String] {
        read(text).diagnostics.filter { $0.severity == .error }.map(\.id)
    }

    @Test(arguments: [
        "内容: \"见文献[1]:第3页\"",
        "内容: '见文献[1]:第3页'",
        "内容: 见文献[1]:第3页",
        "内容: |\n        文献[1]: 第3页\n        其后[2]: 还有",
        "内容: >\n        问：[? ]如何\n        {a}: b",
        "内容: \"http://[::1]:8080\"",
        "内容: \"配置{a}:b\"",
        "内容: \"问：[? ]如何\"",
        "内容: 普通文字 # 备注 [1]: 注释里",
    ])
    func bracketsAndColonsInTextAreText(_ details: String) throws {
        let text = "title: 某某局工作总结\n# 备注 [1]: 注释里，? 也只是文字\nachievements:\n  - point: 坚持高位推动\n    " + details + "\n"
        let result = Self.read(text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let written = try #require(result.report?.achievements.items.first?.details.map(\.value).joined())
        // (A comment's text is not the document's.)
        for piece in ["[1]", "[2]", "::1", "{a}", "[? ]"] where details.contains(piece) && !details.contains("#") {
            #expect(written.contains(piece), "\(written)")
        }
    }

    @Test func textIsNotCountedAsNestingOrNodes() {
        // 40 [ in quoted text: depth 0, not nesting-too-deep.
        let brackets = String(repeating: "[", count: 40)
        #expect(Self.errors("title: t\nachievements: [\"\(brackets)\"]\n") == [])
        // A 440 KB | paragraph of 110,000 commas, and a 564 KB paragraph of dates.
        let commas = String(repeating: "甲,", count: 110_000)
        #expect(Self.errors("title: t\nopening: |\n  " + commas + "\nachievements: [a]\n") == [])
        let dates = String(repeating: "2026-07-10, ", count: 47_000)
        #expect(Self.errors("title: t\nopening: >\n  " + dates + "\nachievements: [a]\n") == [])
    }

    @Test func realComplexKeysAndRealNestingAreStillRefused() {
        #expect(Self.errors("title: t\nx: [a]\n[a]: 1\n").contains("complex-key"))
        #expect(Self.errors("title: t\n? 键\n: 值\n").contains("complex-key"))
        #expect(Self.errors("title: t\n{*a : 1}: 2\n").contains("complex-key"))
        #expect(Self.errors("title: t\nachievements: " + String(repeating: "[", count: 40) + "a" + String(repeating: "]", count: 40)) == ["nesting-too-deep"])
        // Text after a block scalar is read again: a [a]: key below it is refused.
        #expect(Self.errors("title: t\nopening: |\n  文字[1]: 注\n[a]: 1\n").contains("complex-key"))
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// Docs/validation.md states every limit once; these read its tables and hold each figure to
/// the constant the code checks, so a changed limit cannot leave the document behind.
@Suite struct DocumentedLimitsTests {
    static let document = Result { try String(contentsOf: Scratch.packageRoot.appendingPathComponent("Docs/validation.md"), encoding: .utf8) }

    /// The table row whose first cell starts with `label`, split into its cells.
    func row(_ label: String) throws -> [String] {
        let line = try #require(try Self.document.get().split(separator: "\n").first { $0.hasPrefix("| \(label)") },
                                "no row for \(label)")
        return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The bold figure of a hostile-input row (`**50,000**`), as written.
    func bold(_ label: String) throws -> String {
        let cells = try row(label)
        let cell = try #require(cells.dropFirst().first)
        let parts = cell.components(separatedBy: "**")
        return try #require(parts.count >= 3 ? parts[1] : nil, "no bold figure in \(cell)")
    }

    @Test func inputLimits() throws {
        let limits = InputLimits.default
        #expect(try bold("file size") == "\(limits.maximumFileSize >> 20) MiB")
        #expect(try bold("nesting depth") == "\(limits.maximumDepth)")
        #expect(try bold("nodes") == limits.maximumNodes.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))))
        // The indicators before parsing: twice the nodes.
        #expect(try row("nodes")[1].contains("at most \((2 * limits.maximumNodes).formatted(.number.locale(Locale(identifier: "en_US")))) YAML indicators"))
        #expect(try bold("key length") == YAMLErrorTranslation.longestKey.formatted(.number.locale(Locale(identifier: "en_US"))))
    }

    @Test func templateLimits() throws {
        #expect(try bold("template nesting") == "\(MustacheParser.maximumSectionDepth)")
        #expect(try bold("template rendering") == "\(MustacheRenderer<String>.defaultBudget >> 20) Mi")
    }

    @Test func styleValueRanges() throws {
        func millimetres(_ points: Double) -> String {
            let value = points * 25.4 / 72
            return value == value.rounded() ? "\(Int(value)) mm" : String(format: "%.1f mm", value)
        }
        let side = try row("`page.width`")[2]
        #expect(side.hasPrefix("\(millimetres(StyleValueRange.pageSide.lowerBound)) – \(millimetres(StyleValueRange.pageSide.upperBound))"), "\(side)")
        let margin = try row("`page.margin-*`")[2]
        #expect(StyleValueRange.margin.lowerBound == 0)
        #expect(margin.hasPrefix("0 – \(millimetres(StyleValueRange.margin.upperBound))"), "\(margin)")
        let gap = try row("`page.page-number-gap`")[2]
        #expect(StyleValueRange.pageNumberGap.lowerBound == 0)
        #expect(gap.hasPrefix("0 – \(millimetres(StyleValueRange.pageNumberGap.upperBound))"), "\(gap)")
        let size = try row("`grid.font-size`")[2]
        #expect(size == "\(Int(StyleValueRange.typeSize.lowerBound)) pt – \(Int(StyleValueRange.typeSize.upperBound)) pt", "\(size)")
    }
}

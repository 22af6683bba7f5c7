import Testing
@testable import WengaoKit

/// A text's characters found back in the file when asked, after trimming and joining
/// lines into paragraphs.
@Suite struct TextPositionsTests {
    func opening(_ yaml: String) throws -> [Text] {
        try #require(ReportReader().read(SourceText(path: "input.yaml", text: yaml)).report).opening
    }

    func at(_ text: Text, _ index: Int) -> String? {
        text.location(ofScalarAt: index).map { "\($0.line):\($0.column)" }
    }

    @Test func joinedLinesKeepEachCharactersPlace() throws {
        let paragraphs = try opening("title: 标题\nopening: |\n  第一段abc\n  def第二行\n\n   新段落\n")
        try #require(paragraphs.map(\.value) == ["第一段abc def第二行", "新段落"])
        let first = paragraphs[0]
        #expect(at(first, 0) == "3:3")
        #expect(at(first, 5) == "3:8")
        // The space put between "abc" and "def" stands just after the line's end.
        #expect(at(first, 6) == "3:9")
        #expect(at(first, 7) == "4:3")
        #expect(at(first, 12) == "4:8")
        // Past the end, counted on along the last line (as a caret after the text).
        #expect(at(first, 14) == "4:10")
        #expect(first.location(ofScalarAt: -1) == first.location)
        // Trimmed: the leading space of "   新段落" is not a character of the text.
        #expect(at(paragraphs[1], 0) == "6:4")
    }

    @Test func aTrimmedQuotedValue() throws {
        let paragraphs = try opening("title: 标题\nopening:\n  - \"  前面有空格\\t甲\"\n")
        #expect(at(paragraphs[0], 0) == "3:8")
        #expect(at(paragraphs[0], 5) == "3:13")
        #expect(at(paragraphs[0], 6) == "3:15")
    }

    @Test func aFormTheWalkDoesNotFollowFallsBackToTheStart() throws {
        // An explicit indentation indicator: the walk gives up, the text's start stands in.
        let paragraphs = try opening("title: 标题\nopening: |2\n   缩进的文字\n")
        #expect(paragraphs[0].location(ofScalarAt: 3) == paragraphs[0].location)
    }

    @Test func positionsCompareByWhereTheCharactersStand() throws {
        let yaml = "title: 标题\nopening: |\n  第一段abc\n  def第二行\n"
        let once = try opening(yaml)[0], again = try opening(yaml)[0]
        #expect(once.positions == again.positions)
        #expect(once.positions?.hashValue == again.positions?.hashValue)
        let moved = try opening("title: 标题\nopening: |\n\n  第一段abc\n  def第二行\n")[0]
        #expect(once == moved)
        #expect(once.positions != moved.positions)
    }
}

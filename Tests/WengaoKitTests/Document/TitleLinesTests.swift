import Testing
@testable import WengaoKit

@Suite struct TitleLinesTests {
    @Test func shortTitlesStayOnOneLine() {
        #expect(TitleLines.lines("上半年工作总结", capacity: 20) == ["上半年工作总结"])
    }

    @Test func longTitlesBreakIntoBalancedLinesAtWordEnds() {
        let lines = TitleLines.lines("在全区2026年上半年基层党建工作推进会上的讲话", capacity: 20)
        #expect(lines.count == 2)
        #expect(lines.joined() == "在全区2026年上半年基层党建工作推进会上的讲话")
        // Never inside a number, and no line wider than the block.
        #expect(!lines.contains { $0.hasSuffix("20") || $0.hasPrefix("26") })
        for line in lines { #expect(TitleLines.width(Array(line)[...]) <= 20) }
        let widths = lines.map { TitleLines.width(Array($0)[...]) }
        #expect(abs(widths[0] - widths[1]) <= 4)
    }

    @Test func aNumberKeepsItsUnit() {
        let lines = TitleLines.lines("中共某某区委组织部2026年上半年基层党建工作总结", capacity: 20)
        #expect(lines.count == 2)
        #expect(!lines.contains { $0.hasPrefix("年") }, "\(lines)")
    }

    @Test func sixtyCharacterTitlesTakeThreeLines() {
        let title = String(repeating: "某某区人民政府办公室关于", count: 5)
        let lines = TitleLines.lines(title, capacity: 20)
        #expect(lines.count == 3)
        #expect(lines.joined() == title)
    }

    @Test func closingPunctuationNeverStartsALine() {
        let title = "关于进一步加强和改进基层治理、提升为民服务水平的实施意见总结"
        for line in TitleLines.lines(title, capacity: 20).dropFirst() {
            #expect(!"，。、；：）》”".contains(line.first!))
        }
    }
}

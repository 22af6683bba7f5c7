import Testing
@testable import WengaoKit

@Suite struct DebrisCleanerTests {
    static func paragraphs(_ texts: [String]) -> [SourceParagraph] {
        texts.enumerated().map { SourceParagraph(text: $1, number: $0 + 1) }
    }

    @Test func pinyinAfterACharacterIsRemovedAndListed() {
        let result = DebrisCleaner.clean(Self.paragraphs(["召开全区工作會(huì)議，统筹（tǒng chóu）推进，推广PPP（PPP）模式、试点（试行）办法，hui4(hui4)"]))
        #expect(result.paragraphs.map(\.text) == ["召开全区工作會議，统筹推进，推广PPP（PPP）模式、试点（试行）办法，hui4(hui4)"])
        #expect(result.removed.map(\.text) == ["(huì)", "（tǒng chóu）"])
        #expect(result.removed.allSatisfy { $0.paragraph == 1 && $0.reason == "注音" })
    }

    @Test func pageFurnitureAndRelatedTitlesAreRemovedWithTheirParagraphNumbers() {
        let result = DebrisCleaner.clean(Self.paragraphs([
            "首页 > 新闻中心 > 领导讲话", "发布时间：2026-07-17　来源：某某区政府网", "同志们：", "今天召开会议。展开全部",
            "谢谢大家！", "免责声明：本站文章来源于网络。", "相关阅读", "某某区召开调度会", "全区推进会召开",
            "这一段是正文，不是标题。", "3个回答", "https://example.invalid/a.html",
        ]))
        #expect(result.paragraphs.map(\.text) == ["同志们：", "今天召开会议。", "谢谢大家！", "这一段是正文，不是标题。"])
        #expect(result.paragraphs.map(\.number) == [3, 4, 5, 10], "numbers are the source's")
        #expect(result.removed.map(\.paragraph) == [1, 2, 4, 6, 7, 8, 9, 11, 12])
        #expect(result.removed.first { $0.paragraph == 8 }?.reason == "相关文章标题")
    }

    @Test func halfWidthMarksBesideChineseBecomeFullWidth() {
        let result = DebrisCleaner.clean(Self.paragraphs(["同志们:今天召开会议,主要任务是 总结工作;时间10:30,地点(三楼)。ＡＢＣ１２３"]))
        #expect(result.paragraphs.first?.text == "同志们：今天召开会议，主要任务是总结工作；时间10:30，地点（三楼）。ABC123")
        #expect(result.punctuationFixed == 13)
    }
}

import Testing
@testable import WengaoKit

@Suite struct OrdinalMarkerTests {
    func marker(_ text: String, at offset: Int = 0) -> OrdinalMarker? {
        OrdinalMarker.match(Array(text.unicodeScalars), at: offset, paragraphStart: offset == 0)
    }

    @Test func everyKindWithItsNumberAndWhereTheTextStarts() {
        let cases: [(String, OrdinalMarker.Kind, Int, String)] = [
            ("一、主要工作", .partHeading, 1, "主要工作"),
            ("第三，强化保障", .di, 3, "强化保障"),
            ("第十二、强化保障", .di, 12, "强化保障"),
            ("（二）压实责任", .parenthesized, 2, "压实责任"),
            ("(四)压实责任", .parenthesized, 4, "压实责任"),
            ("四是队伍建设", .shi, 4, "队伍建设"),
            ("二十三是队伍", .shi, 23, "队伍"),
            ("五要做强产业", .yao, 5, "做强产业"),
            ("3. 完善预案", .arabic, 3, "完善预案"),
            ("12．完善预案", .arabic, 12, "完善预案"),
            ("（2）健全链条", .arabicParenthesized, 2, "健全链条"),
            ("③巩固成效", .circled, 3, "巩固成效"),
        ]
        for (text, kind, ordinal, rest) in cases {
            let found = marker(text)
            #expect(found?.kind == kind, "\(text)")
            #expect(found?.ordinal == ordinal, "\(text)")
            let scalars = Array(text.unicodeScalars)
            #expect(found.map { String(String.UnicodeScalarView(scalars[$0.end...])) } == rest, "\(text)")
        }
    }

    @Test func wordsThatOnlyLookLikeNumbering() {
        #expect(marker("第一书记要带头") == nil, "第一 needs its comma")
        #expect(marker("1.26万户经营主体") == nil, "a decimal is not an item")
        #expect(marker("统一是关键") == nil)
        #expect(marker("十分重要") == nil)
        #expect(OrdinalMarker.match(Array("前言一、后记".unicodeScalars), at: 2, paragraphStart: false) == nil,
                "一、 counts only at a paragraph's start")
    }

    @Test func chineseNumbersAgreeWithTheNumberingStage() {
        for number in 1...99 {
            let scalars = Array(ChineseNumeral.string(number).unicodeScalars)
            #expect(OrdinalMarker.chineseNumber(scalars, from: 0)?.0 == number, "\(number)")
        }
    }

    @Test func sentencesStartAfterTheirEndAndAnyClosingMarks() {
        let text = "主要表现在：一是差距。“二是”不足？三是"
        let starts = OrdinalMarker.sentenceStarts(Array(text.unicodeScalars))
        let scalars = Array(text.unicodeScalars)
        #expect(starts.map { String(scalars[$0]) } == ["主", "一", "“", "三"])
    }
}

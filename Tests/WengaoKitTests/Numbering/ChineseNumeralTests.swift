import Testing
@testable import WengaoKit

@Suite struct ChineseNumeralTests {
    /// 1–99 written out by hand, independently of the algorithm: units, then tens.
    static let units = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func expected(_ number: Int) -> String {
        let tens = number / 10, unit = number % 10
        switch tens {
        case 0: return units[unit]
        case 1: return "十" + units[unit]
        default: return units[tens] + "十" + units[unit]
        }
    }

    @Test func everyNumberFromOneToNinetyNine() {
        for number in 1...99 {
            #expect(ChineseNumeral.string(number) == Self.expected(number), "number \(number)")
        }
    }

    @Test(arguments: [
        (100, "一百"), (101, "一百零一"), (110, "一百一十"), (111, "一百一十一"), (999, "九百九十九"),
        (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1100, "一千一百"), (2026, "二千零二十六"),
        (10_000, "一万"), (10_001, "一万零一"), (12_345, "一万二千三百四十五"), (100_000, "十万"), (0, "零"),
    ])
    func largerNumbers(number: Int, numeral: String) {
        #expect(ChineseNumeral.string(number) == numeral)
    }

    @Test func everyOrdinalStyleFromOneToNinetyNine() {
        for number in 1...99 {
            let chinese = Self.expected(number)
            #expect(OrdinalStyle.shi.format(number) == chinese + "是")
            #expect(OrdinalStyle.di.format(number) == "第" + chinese)
            #expect(OrdinalStyle.yao.format(number) == chinese + "要")
            #expect(OrdinalStyle.heading.format(number) == chinese + "、")
            #expect(OrdinalStyle.parenthesized.format(number) == "（" + chinese + "）")
            #expect(OrdinalStyle.arabic.format(number) == "\(number).")
            #expect(OrdinalStyle.arabicParenthesized.format(number) == "（\(number)）")
        }
    }

    @Test func circledOrdinalsAreOneCharacterToFiftyThenBracketed() {
        // Spelled out by hand, not computed: the three Unicode runs and their seams.
        #expect(OrdinalStyle.circled.format(1) == "①")
        #expect(OrdinalStyle.circled.format(10) == "⑩")
        #expect(OrdinalStyle.circled.format(20) == "⑳")
        #expect(OrdinalStyle.circled.format(21) == "㉑")
        #expect(OrdinalStyle.circled.format(35) == "㉟")
        #expect(OrdinalStyle.circled.format(36) == "㊱")
        #expect(OrdinalStyle.circled.format(50) == "㊿")
        #expect(OrdinalStyle.circled.format(51) == "（51）")
        for number in 1...50 { #expect(OrdinalStyle.circled.format(number).unicodeScalars.count == 1) }
    }

    @Test func ordinalsReadAsOfficialTextsDo() {
        #expect(OrdinalStyle.shi.format(4) == "四是")
        #expect(OrdinalStyle.di.format(3) == "第三")
        #expect(OrdinalStyle.yao.format(5) == "五要")
        #expect(OrdinalStyle.heading.format(11) == "十一、")
        #expect(OrdinalStyle.parenthesized.format(20) == "（二十）")
    }
}

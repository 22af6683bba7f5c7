import Testing
@testable import WengaoKit

@Suite struct ChineseNumeralTests {
    @Test func smallNumbers() {
        let expected = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        for (index, numeral) in expected.enumerated() {
            #expect(ChineseNumeral.string(index + 1) == numeral)
        }
    }
}

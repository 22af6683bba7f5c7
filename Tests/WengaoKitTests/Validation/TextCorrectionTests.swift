import Testing
@testable import WengaoKit

/// What the documents print instead of what was typed: punctuation made full-width in
/// Chinese only, typed numbering taken off points, and the count of both.
@Suite struct TextCorrectionTests {
    private func corrected(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return TextCorrection.applying(PunctuationRules.corrections(in: scalars), to: scalars)
    }

    @Test(arguments: [
        ("这次会议,是对上半年的总结", "这次会议，是对上半年的总结"),
        ("这次会议, 是对上半年的总结", "这次会议，是对上半年的总结"),
        ("时间:10:30,地点:三楼", "时间：10:30，地点：三楼"),
        ("好?!", "好？！"),
        ("热线(市民服务)", "热线（市民服务）"),
        ("进一步提升(见附件1)!", "进一步提升（见附件1）！"),
        ("(GDP)增长6.5%", "（GDP）增长6.5%"),
        ("取得\"明显成效\"", "取得“明显成效”"),
        ("\"放管服\"改革", "“放管服”改革"),
        ("全年任务.下半年", "全年任务。下半年"),
        ("完成全年任务.", "完成全年任务。"),
        ("他说 \"OK\" 就走了", "他说“OK”就走了"),
    ])
    func chineseContextIsMadeFullWidth(_ typed: String, _ printed: String) {
        #expect(corrected(typed) == printed)
    }

    @Test(arguments: [
        "10:30, OK; http://a.cn",
        "增长1.5万户，占3.2%",
        "访问 www.gov.cn 查看",
        "GDP (gross domestic product) grew.",
        "He said \"OK\" and left.",
    ])
    func latinContextIsLeftAlone(_ typed: String) {
        #expect(corrected(typed) == typed)
    }

    @Test func everyReportedMarkIsCorrectedAndNothingRemainsToReport() {
        let text = Text("加强领导,压实责任;统筹推进:做好工作?谢谢大家!(见附件)")
        let before = PunctuationRules.diagnostics(for: text, skippingPrefix: 0)
        let fixed = corrected(text.value)
        #expect(before.count == 7)
        #expect(PunctuationRules.diagnostics(for: Text(fixed), skippingPrefix: 0).isEmpty)
    }

    @Test func typedNumberingIsTakenOffPointsOnly() {
        let report = Report(
            opening: ["一是开场的话不是要点"],
            achievements: Section(items: [
                Item(point: "一是加强领导,压实责任", details: ["二是细节里的文字照印"],
                     subpoints: [Item(point: "（一） 人员不足")]),
                Item(point: "1.5万户经营主体"),
                Item(point: "第一，"),
            ]))
        let (printed, count) = TextCorrection.corrected(report)
        #expect(printed.achievements.items[0].point.value == "加强领导，压实责任")
        #expect(printed.achievements.items[0].details[0].value == "二是细节里的文字照印")
        #expect(printed.achievements.items[0].subpoints[0].point.value == "人员不足")
        #expect(printed.achievements.items[1].point.value == "1.5万户经营主体", "a decimal is not numbering")
        #expect(printed.achievements.items[2].point.value == "第一，", "numbering alone is kept rather than emptied")
        #expect(printed.opening[0].value == "一是开场的话不是要点")
        #expect(count == TextCorrection.Count(punctuation: 1, numbering: 2))
    }

    @Test func keepingPunctuationStillTakesOffNumbering() {
        let report = Report(achievements: Section(items: [Item(point: "二是加强领导,压实责任")]))
        let (printed, count) = TextCorrection.corrected(report, punctuation: false)
        #expect(printed.achievements.items[0].point.value == "加强领导,压实责任")
        #expect(count == TextCorrection.Count(punctuation: 0, numbering: 1))
    }
}

import Testing
@testable import WengaoKit

/// A point written as a whole paragraph: its first sentence is the run-in head, the rest
/// is body text, and a level is set in one form.
@Suite struct SentenceAwareItemTests {
    @Test(arguments: [
        ("党建引领更加有力。全局开展主题党日活动12次。", "党建引领更加有力。", "全局开展主题党日活动12次。"),
        ("基层力量还不够强？部分站所人员老化。", "基层力量还不够强？", "部分站所人员老化。"),
        ("安全底线牢牢守住！！全年零事故。", "安全底线牢牢守住！！", "全年零事故。"),
        ("提出“守底线。促发展。”的要求，成效明显。", "提出“守底线。促发展。”的要求，成效明显。", ""),
        ("落实《条例。细则》规定。再推进。", "落实《条例。细则》规定。", "再推进。"),
        ("只有一句。", "只有一句。", ""),
        ("只有一句，没有句号", "只有一句，没有句号", ""),
        ("句末有空格。  ", "句末有空格。  ", ""),
    ])
    func firstSentenceIsTheHead(_ point: String, _ head: String, _ rest: String) {
        let split = Sentences.first(of: point)
        #expect(split.head == head)
        #expect(split.rest == rest)
    }

    @Test func aLevelWithBodyTextAnywhereIsRunInThroughout() {
        let withBody = TemplateContext.ItemValues.level([
            Item(point: "强化引领"), Item(point: "夯实基础。再推进一步。"),
        ])
        let headings = TemplateContext.ItemValues.level([Item(point: "强化引领"), Item(point: "夯实基础！")])
        func flag(_ value: TemplateValue, _ name: String) -> Bool? {
            guard case .object(let object) = value, case .flag(let flag)? = object.value(named: name) else { return nil }
            return flag
        }
        func text(_ value: TemplateValue, _ name: String) -> String? {
            guard case .object(let object) = value, case .text(let text)? = object.value(named: name) else { return nil }
            return text
        }
        #expect(withBody.map { flag($0, "runsIn") } == [true, true])
        #expect(withBody.map { flag($0, "hasDetails") } == [false, true])
        #expect(text(withBody[1], "point") == "夯实基础")
        #expect(text(withBody[1], "firstDetail") == "再推进一步。")
        #expect(headings.map { flag($0, "runsIn") } == [false, false])
        #expect(text(headings[1], "point") == "夯实基础！", "a heading keeps its ！")
        #expect(text(headings[1], "end") == "")
    }
}

import Testing
@testable import WengaoKit

/// The one definition of the block markup (`MarkupGrammar.swift`) is a tree with one root.
@Suite struct MarkupGrammarTests {
    @Test func everyElementIsFoundByItsName() {
        for element in MarkupElementName.allCases {
            #expect(MarkupElementName.named(element.rule.name.description) == element)
        }
        #expect(MarkupElementName.named("para") == nil)
        #expect(MarkupElementName.named("") == nil)
        #expect(MarkupElementName.named("P") == nil)
    }

    @Test func oneRootAndEveryParentHoldsElements() {
        let roots = MarkupElementName.allCases.filter { $0.rule.parent == nil }
        #expect(roots == [.document])
        for element in MarkupElementName.allCases {
            guard let parent = element.rule.parent else { continue }
            // A parent reads its content, so it says what may not stand in it.
            #expect(!parent.rule.isEmpty && parent.rule.misplacedChild != nil, "\(element)")
        }
        for element in MarkupElementName.allCases where element.rule.isEmpty {
            #expect(element.rule.misplacedChild == nil)
        }
    }

    @Test func messagesAsBefore() {
        #expect(MarkupElementName.document.rule.misplaced("span") == "<document> 里只能有 <p>，不能有 <span>")
        #expect(MarkupElementName.p.rule.misplaced("p") == "<p> 里只能有文字、<span> 和 <br/>，不能有 <p>")
        #expect(MarkupElementName.span.rule.misplaced("br") == "<span> 里不能再有 <br>")
        #expect(MarkupElementName.rootProblem("p") == "根元素应是 <document>，而不是 <p>")
    }
}

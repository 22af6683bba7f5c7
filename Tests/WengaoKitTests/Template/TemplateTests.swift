import Foundation
import Testing
@testable import WengaoKit

/// The shipped templates, rendered from small reports: the numbering and wording a reader sees.
@Suite struct TemplateTests {
    static let templates = Scratch.templates

    func document(_ genre: Genre, _ yaml: String) throws -> Document {
        let set = try TemplateSet(directory: Self.templates.path, genres: [genre])
        let report = try #require(ReportReader().read(SourceText(path: "t.yaml", text: yaml)).report)
        return try #require(set.template(for: genre)).render(report, styleSheet: set.styleSheet)
    }

    static let input = """
    title: 某某局2026年上半年工作总结
    organization: 某某局
    occasion: 全局上半年工作会
    speaker: 张某某
    date: 2026-07-10
    opening: 开场。
    achievements:
      - point: 强化引领。
        details: [细节一。, 细节二。]
      - 夯实基础
    problems:
      - 短板明显
    next_steps:
      - point: 抓好落实
        details: 要抓实。
        subpoints:
          - point: 压实责任
            details: 层层压实。
          - point: 强化督导
            subpoints: [每月通报]
    closing: 谢谢大家！
    """

    @Test func speechNumbersEachPartInItsOwnVoice() throws {
        let paragraphs = try document(.speech, Self.input).paragraphs.map(\.plainText)
        #expect(paragraphs.first == "在全局上半年工作会上的讲话")
        #expect(paragraphs.contains("张某某"))
        #expect(paragraphs.contains("（2026年7月10日）"))
        #expect(paragraphs.contains("同志们："))
        #expect(paragraphs.contains("一是强化引领。细节一。"))
        #expect(paragraphs.contains("细节二。"))
        #expect(paragraphs.contains("二是夯实基础。"))
        #expect(paragraphs.contains("在看到成绩的同时，更要清醒地看到问题和差距，主要表现在：一是短板明显。对这些问题，我们必须高度重视，认真加以解决。"),
                "a part of short items runs together with its lead")
        #expect(paragraphs.contains("下面，我讲几点意见。"))
        #expect(paragraphs.contains("第一，抓好落实。要抓实。一要压实责任。层层压实。二要强化督导。（1）每月通报。"),
                "sub-points stay inside their 第一 paragraph")
        #expect(paragraphs.last == "谢谢大家！")
    }

    @Test func summaryUsesHeadingLevels() throws {
        let document = try document(.summary, Self.input)
        let paragraphs = document.paragraphs
        let texts = paragraphs.map(\.plainText)
        #expect(texts.contains("一、主要工作及成效"))
        #expect(texts.contains("二、存在的问题"))
        #expect(texts.contains("三、下半年工作打算"))
        #expect(texts.contains("（一）强化引领。细节一。"))
        #expect(texts.contains("（二）夯实基础。"), "a level with body text anywhere is set as run-in heads throughout")
        #expect(texts.contains("1.压实责任。层层压实。"))
        #expect(texts.contains("2.强化督导。"))
        #expect(texts.contains("（1）每月通报。"))
        #expect(paragraphs.suffix(2).map(\.style) == ["signature", "date"])
        #expect(texts.suffix(2) == ["某某局", "2026年7月10日"])
        #expect(document.properties.title == "某某局2026年上半年工作总结")
        #expect(document.properties.author == "某某局")
        // The lead clause is set off in its level's character style.
        let lead = paragraphs.first { $0.plainText.hasPrefix("（一）") }?.inlines.first
        #expect(lead == .text("（一）强化引领。", style: "lead-2"))
    }

    @Test func sectionNumbersSkipEmptyParts() throws {
        let texts = try document(.summary, "title: t\nproblems: [a]\nnext_steps: [b]\n").paragraphs.map(\.plainText)
        #expect(texts.contains("一、存在的问题"))
        #expect(texts.contains("二、下半年工作打算"))
    }

    @Test func inputWordingReplacesTheTemplatesDefaults() throws {
        let yaml = "title: t\nproblems:\n  lead: 问题不容忽视。\n  items: [a]\nnext_steps:\n  heading: 下步安排\n  lead: 下面讲三点。\n  items: [b]\n"
        let speech = try document(.speech, yaml).paragraphs.map(\.plainText)
        #expect(speech.contains("问题不容忽视。一是a。"), "the user's lead, run together with its short item, and no follow-up sentence")
        #expect(speech.contains("下面讲三点。"))
        #expect(!speech.contains("下面，我讲几点意见。"))
        let summary = try document(.summary, yaml).paragraphs.map(\.plainText)
        #expect(summary.contains("二、下步安排"))
    }

    @Test func subpointsNeverBorrowTheirParentsDetails() throws {
        let yaml = "title: t\nnext_steps:\n  - point: 父项\n    details: 父项内容。\n    subpoints: [子项]\n"
        let texts = try document(.speech, yaml).paragraphs.map(\.plainText)
        #expect(texts.contains("第一，父项。父项内容。一要子项。"))
    }

    @Test func markupCharactersInTheInputStayText() throws {
        let texts = try document(.summary, "title: A&B <c> \"d\" 'e'\nproblems: [x < y & z]\n").paragraphs.map(\.plainText)
        #expect(texts.first == "A&B <c> \"d\" 'e'")
        #expect(texts.contains("（一）x < y & z"))
    }
}

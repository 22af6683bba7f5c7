import Foundation
import Testing
@testable import WengaoKit

/// Speeches paragraphed like real ones: short items run together with their lead
/// (一是……二是……), sub-points inside their 第一 paragraph, long items a paragraph each, and
/// `排法` to force either.
@Suite struct SpeechLayoutTests {
    static let reference = Scratch.packageRoot.appendingPathComponent("Tests/Fixtures/Speech/reference-shape.yaml")

    private func paragraphs(_ yaml: String) throws -> [String] {
        let set = try TemplateSet(directory: Scratch.templates.path, genres: [.speech])
        let report = try #require(ReportReader().read(SourceText(path: "t.yaml", text: yaml)).report)
        let document = try #require(set.template(for: .speech)).render(report.voiced(for: .speech), styleSheet: set.styleSheet)
        let texts = document.paragraphs.map(\.plainText)
        let salutation = try #require(texts.firstIndex(of: "同志们："))
        return Array(texts[(salutation + 1)...])
    }

    @Test func theReferenceShapeGivesAtMostTenBodyParagraphs() throws {
        let body = try paragraphs(String(contentsOf: Self.reference, encoding: .utf8))
        #expect(body.count <= 10, "\(body.count) paragraphs: \(body)")
        let achievements = try #require(body.first { $0.contains("一是党建引领更加有力") })
        #expect(achievements.contains("四是队伍建设不断加强"), "the four achievements share their lead's paragraph")
        let first = try #require(body.first { $0.hasPrefix("第一，") })
        #expect(first.contains("一要") && first.contains("三要"), "sub-points stay inside their 第一 paragraph")
        #expect(!first.contains("第二，"))
    }

    static let longItems = """
    标题: 某某局2026年上半年工作总结
    会议: 全局工作会
    成绩:
      - 要点: 党建引领更加有力
        内容: 开展主题党日活动12次。组织专题培训5期。基层组织建设持续加强。
      - 要点: 政务服务持续优化
        内容: 推行一窗通办。
    """

    @Test func anItemOfThreeSentencesKeepsAParagraphEach() throws {
        let body = try paragraphs(Self.longItems)
        #expect(body.contains { $0.hasPrefix("一是党建引领更加有力。") })
        #expect(body.contains { $0.hasPrefix("二是政务服务持续优化。") })
    }

    @Test func layoutForcesEitherWay() throws {
        let together = Self.longItems.replacingOccurrences(of: "成绩:\n", with: "成绩:\n  排法: 连排\n  条目:\n")
            .replacingOccurrences(of: "\n  - ", with: "\n    - ").replacingOccurrences(of: "\n    内容", with: "\n      内容")
        let joined = try paragraphs(together)
        #expect(joined.contains { $0.contains("一是党建引领更加有力。") && $0.contains("二是政务服务持续优化。") })
        let reference = try String(contentsOf: Self.reference, encoding: .utf8)
        let separate = reference.replacingOccurrences(of: "成绩:\n", with: "成绩:\n  layout: separate\n  items:\n")
        let lines = separate.components(separatedBy: "\n")
        // Indent the achievements' items under `items:`.
        var inAchievements = false
        let indented = lines.map { line -> String in
            if line.hasPrefix("成绩:") { inAchievements = true; return line }
            if inAchievements, !line.hasPrefix(" ") { inAchievements = false }
            return inAchievements && !line.hasPrefix("  layout") && !line.hasPrefix("  items") ? "  " + line : line
        }.joined(separator: "\n")
        let apart = try paragraphs(indented)
        #expect(apart.contains { $0.hasPrefix("一是党建引领更加有力。") && !$0.contains("二是") })
    }

    @Test func anUnknownLayoutIsAWrongTypeAtItsLine() {
        let (_, diagnostics) = ReportValidator.check(source: SourceText(
            path: "t.yaml", text: "标题: 某某局工作总结\n成绩:\n  排法: 挤在一起\n  条目: [党建引领更加有力]\n"))
        #expect(diagnostics.map(\.id) == ["wrong-type"])
        #expect(diagnostics.first?.location?.line == 3)
    }

    /// The salutation once: an opening that starts with it (同志们，今天……) has no 同志们：
    /// line above it; one that does not keeps the line.
    @Test func anOpeningThatGreetsIsNotGreetedAgain() throws {
        func texts(_ yaml: String) throws -> [String] {
            let set = try TemplateSet(directory: Scratch.templates.path, genres: [.speech])
            let report = try #require(ReportReader().read(SourceText(path: "t.yaml", text: yaml)).report)
            return try #require(set.template(for: .speech)).render(report.voiced(for: .speech), styleSheet: set.styleSheet)
                .paragraphs.map(\.plainText)
        }
        let base = "标题: 某某局工作总结\n会议: 全局工作会\n成绩: [党建引领更加有力]\n"
        let greeting = try texts(base + "开场: 同志们，今天召开这次会议。\n")
        #expect(!greeting.contains("同志们："))
        #expect(greeting.filter { $0.contains("同志们") }.count == 2, "\(greeting)")
        let named = try texts(base + "称呼: 各位同事\n开场: 各位同事：今天召开这次会议。\n")
        #expect(!named.contains("各位同事："))
        let plain = try texts(base + "开场: 今天召开这次会议。\n")
        #expect(plain.contains("同志们："))
        // A word that only begins like the salutation is not one.
        let other = try texts(base + "称呼: 同志\n开场: 同志们好。\n")
        #expect(other.contains("同志："))
    }
}

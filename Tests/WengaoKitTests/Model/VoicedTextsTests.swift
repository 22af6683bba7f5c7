import Testing
@testable import WengaoKit

/// `开场`, `结尾` and each part's `引语` written once for both genres, or as
/// `{讲话: …, 总结: …}`: each genre prints its own, and a genre left out prints none.
@Suite struct VoicedTextsTests {
    private func report(_ yaml: String) throws -> Report {
        let (report, diagnostics) = ReportValidator.check(source: SourceText(path: "voice.yaml", text: yaml))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(report)
    }

    @Test func eachGenrePrintsItsOwnWording() throws {
        let report = try report("""
        标题: 某某局2026年上半年工作总结
        开场:
          讲话: 同志们，今天召开这次会议。
          总结:
            - 今年以来，某某局扎实推进各项工作。
            - 第二段。
        成绩:
          引语: {讲话: 下面，我讲讲成绩。, summary: 主要成绩如下。}
          条目: [党建引领更加有力]
        结尾:
          speech: 谢谢大家！
        """)
        let speech = report.voiced(for: .speech), summary = report.voiced(for: .summary)
        #expect(speech.opening.map(\.value) == ["同志们，今天召开这次会议。"])
        #expect(summary.opening.map(\.value) == ["今年以来，某某局扎实推进各项工作。", "第二段。"])
        #expect(speech.achievements.lead?.value == "下面，我讲讲成绩。")
        #expect(summary.achievements.lead?.value == "主要成绩如下。")
        #expect(speech.closing.map(\.value) == ["谢谢大家！"])
        #expect(summary.closing.isEmpty, "a genre the map leaves out prints no closing of the user's")
    }

    @Test func aSharedTextIsPrintedByBoth() throws {
        let report = try report("标题: 某某局工作总结\n开场: 今年以来，各项工作稳步推进。\n成绩: [党建引领更加有力]\n")
        for genre in Genre.allCases {
            #expect(report.voiced(for: genre).opening.map(\.value) == ["今年以来，各项工作稳步推进。"])
        }
    }

    @Test func anUnknownVoiceIsAnUnknownKey() {
        let (_, diagnostics) = ReportValidator.check(source: SourceText(
            path: "voice.yaml", text: "标题: 某某局工作总结\n开场:\n  讲稿: 同志们。\n成绩: [党建引领更加有力]\n"))
        #expect(diagnostics.map(\.id) == ["unknown-key"])
        #expect(diagnostics.first?.location?.line == 3)
    }
}

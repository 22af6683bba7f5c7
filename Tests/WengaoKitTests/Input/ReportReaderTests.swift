import Foundation
import Testing
@testable import WengaoKit

@Suite struct ReportReaderTests {
    func read(_ yaml: String) -> ReportReader.Result {
        ReportReader().read(SourceText(path: "input.yaml", text: yaml))
    }

    @Test func chineseAndEnglishKeysBuildTheSameReport() throws {
        let english = read("""
        title: 上半年工作总结
        organization: 某某局
        date: 2026-07-10
        achievements:
          lead: 主要做了以下工作。
          items:
            - point: 强化政治引领
              details: 开展专题学习12次。
              subpoints: [学习, 培训]
        problems: [基础薄弱]
        next_steps:
          - point: 补齐短板
        """)
        let chinese = read("""
        标题: 上半年工作总结
        单位: 某某局
        日期: 2026-07-10
        成绩:
          引语: 主要做了以下工作。
          条目:
            - 要点: 强化政治引领
              内容: 开展专题学习12次。
              分项: [学习, 培训]
        问题: [基础薄弱]
        下步打算:
          - 要点: 补齐短板
        """)
        #expect(english.diagnostics.isEmpty)
        #expect(chinese.diagnostics.isEmpty)
        let report = try #require(english.report)
        #expect(report == chinese.report)
        #expect(report.achievements.items[0].subpoints.map(\.point.value) == ["学习", "培训"])
        #expect(report.date?.chinese == "2026年7月10日")
    }

    @Test func valuesKeepTheirLineAndColumn() throws {
        let result = read("title: 总结\nproblems:\n  - 基础薄弱\n  - point: 人手不足\n")
        let report = try #require(result.report)
        #expect(report.title?.location == SourceLocation(file: "input.yaml", line: 1, column: 8))
        #expect(report.problems.items[0].point.location?.line == 3)
        #expect(report.problems.items[1].point.location == SourceLocation(file: "input.yaml", line: 4, column: 12))
    }

    @Test func openingSplitsIntoParagraphsAtBlankLines() throws {
        let result = read("title: t\nopening: |\n  第一段第一行\n  接着写。\n\n  第二段。\nproblems: [a]\n")
        #expect(try #require(result.report).opening.map(\.value) == ["第一段第一行接着写。", "第二段。"])
    }

    @Test func unknownKeyGetsADidYouMean() {
        let result = read("titel: 总结\n成绩: [a]\n")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.id == "unknown-key")
        #expect(diagnostic?.message.contains("title") == true)
        #expect(diagnostic?.location?.line == 1)
    }

    @Test func impossibleDateIsAnError() {
        let result = read("title: t\ndate: 2026-02-30\nproblems: [a]\n")
        #expect(result.diagnostics.map(\.id) == ["invalid-date"])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "input.yaml", line: 2, column: 7))
    }

    @Test func aliasBombStopsAtTheNodeLimit() {
        // Each level is an item whose ten sub-points are the level below: 10^9 items once expanded.
        var yaml = "title: t\nx0: &x0 {point: p}\n"
        for level in 1...9 {
            yaml += "x\(level): &x\(level) {point: p, subpoints: [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ") + "]}\n"
        }
        yaml += "achievements: [*x9]\n"
        let result = read(yaml)
        #expect(result.diagnostics.contains { $0.id == "alias-limit" })
    }

    @Test func everyRepetitionOfAPointNamesTheFirst() {
        let source = SourceText(path: "input.yaml", text: """
        title: 标题
        成绩:
          - 加强领导
          - 压实责任
          - 加强 领导。
        问题:
          - 压实责任；
          - 加强领导
        """)
        let repeated = ReportValidator.check(source: source).diagnostics.filter { $0.id == "duplicate-point" }
        #expect(repeated.map { $0.location?.line } == [5, 7, 8])
        #expect(repeated.map(\.notes) == [["第一次出现在第 3 行"], ["第一次出现在第 4 行"], ["第一次出现在第 3 行"]])
    }

    @Test func aControlCharacterDoesNotHideTheRestOfTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wengao-control-\(UUID().uuidString).yaml")
        try Data("title: 总结\nachievements: 一段文字\nproblems:\n  - point: 人员\u{01}不足\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = ReportReader().read(path: url.path)
        let found = result.diagnostics.map { "\($0.id)@\($0.location!.line):\($0.location!.column)" }
        #expect(found.contains("control-character@4:14"), "\(found)")
        #expect(found.contains("wrong-type@2:15"), "\(found)")
    }
}

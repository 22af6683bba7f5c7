import Foundation
import Testing
@testable import WengaoKit

/// The structure reader on small documents in each shape, read back through the project's
/// own YAML reader: what the importer writes is what `validate` and the generator will read.
@Suite struct StructureReaderTests {
    static func imported(_ text: String, as genre: Genre? = nil, keys: ImportKeys = .chinese) throws -> (yaml: String, report: Report) {
        let outcome = try DocumentImporter.importDocument(Array(text.utf8), name: "讲话.txt",
                                                          options: .init(genre: genre, keys: keys))
        let checked = ReportValidator.check(source: SourceText(path: "讲话.yaml", text: outcome.yaml))
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.message))\n\(outcome.yaml)")
        return (outcome.yaml, try #require(checked.report))
    }

    static let runTogether = """
        在全区安全生产工作会议上的讲话
        李某某
        （2026年7月9日）
        同志们：
        今天召开会议，总结上半年工作。
        上半年，全区安全生产工作取得明显成效，主要有以下特点。一是责任更加压实。区安委会召开会议2次。二是整治更加有力。排查隐患312项。三是统一是关键，并非新的一条。
        在看到成绩的同时，也要看到问题。一是基层力量薄弱。二是设施短板明显。
        下面，我讲几点意见。
        第一，压实责任。一要落实属地责任。二要落实部门责任。
        第二，强化整治。一要突出重点。二要严格执法。三要加强宣传。
        同志们，任务艰巨。
        谢谢大家！
        """

    @Test func itemsRunTogetherInOneParagraph() throws {
        let (yaml, report) = try Self.imported(Self.runTogether)
        #expect(report.occasion?.value == "全区安全生产工作会议")
        #expect(report.speaker?.value == "李某某")
        #expect(report.date?.iso == "2026-07-09")
        #expect(report.audience?.value == "同志们")
        #expect(report.opening.map(\.value) == ["今天召开会议，总结上半年工作。"])
        #expect(report.achievements.lead?.value == "上半年，全区安全生产工作取得明显成效，主要有以下特点。")
        #expect(report.achievements.items.map(\.point.value) == ["责任更加压实", "整治更加有力", "统一是关键，并非新的一条"])
        #expect(report.achievements.items[0].details.map(\.value) == ["区安委会召开会议2次。"])
        #expect(report.achievements.layout == .together)
        #expect(report.problems.lead?.value == "在看到成绩的同时，也要看到问题。")
        #expect(report.problems.items.map(\.point.value) == ["基层力量薄弱", "设施短板明显"])
        #expect(report.nextSteps.voicedLead[.speech]?.value == "下面，我讲几点意见。")
        #expect(report.nextSteps.items.map(\.point.value) == ["压实责任", "强化整治"])
        #expect(report.nextSteps.items.map(\.subpoints.count) == [2, 3])
        #expect(report.voicedClosing[.speech]?.map(\.value) == ["同志们，任务艰巨。", "谢谢大家！"])
        #expect(report.closing.isEmpty, "the summary made from it does not address the room")
        #expect(yaml.contains("# 原文第 6 段：在段中按“二是”拆分"))
        #expect(yaml.contains("排法: 连排"))
    }

    @Test func onePointAParagraphWithItsOwnDetailParagraphs() throws {
        let (_, report) = try Self.imported("""
            某某区审计局2026年上半年工作总结
            今年以来，我局认真履行审计监督职责。
            一、主要工作及成效
            （一）聚焦主责主业
            1.开展预算执行审计。完成审计项目12个。
            2.开展经济责任审计。审计领导干部9名。
            另有一段说明。
            （二）加强自身建设
            1.强化学习培训。组织培训4期。
            二、存在的问题
            （一）审计力量不足。
            （二）成果运用不够。
            三、下半年工作打算
            （一）完成年度计划。
            （二）加强整改督促。
            下半年，我局将继续努力。
            某某区审计局
            2026年7月11日
            """)
        #expect(report.title?.value == "某某区审计局2026年上半年工作总结")
        #expect(report.organization?.value == "某某区审计局")
        #expect(report.date?.iso == "2026-07-11")
        #expect(report.achievements.heading?.value == "主要工作及成效")
        #expect(report.achievements.items.map(\.point.value) == ["聚焦主责主业", "加强自身建设"])
        #expect(report.achievements.items[0].subpoints.map(\.point.value) == ["开展预算执行审计", "开展经济责任审计"])
        #expect(report.achievements.items[0].subpoints[1].details.map(\.value) == ["审计领导干部9名。", "另有一段说明。"])
        #expect(report.problems.heading?.value == "存在的问题")
        #expect(report.problems.items.map(\.point.value) == ["审计力量不足", "成果运用不够"])
        #expect(report.nextSteps.heading?.value == "下半年工作打算")
        #expect(report.closing.map(\.value) == ["下半年，我局将继续努力。"])
    }

    @Test func textWithoutNumberingGoesToTheOpeningWithAWarning() throws {
        let outcome = try DocumentImporter.importDocument(Array("一段没有编号的话。\n又一段话。".utf8), name: "a.txt", options: .init())
        #expect(outcome.notes.contains { $0.contains("全文放在“开场”") })
        #expect(outcome.yaml.contains("开场:\n  - 一段没有编号的话。\n  - 又一段话。\n"))
    }

    /// Nothing is lost: every hanzi of the cleaned source is in the YAML, in order.
    @Test func everyCharacterOfTheSourceIsInTheOutput() throws {
        let (yaml, _) = try Self.imported(Self.runTogether)
        let body = yaml.split(separator: "\n").filter { !$0.trimmingPrefix(while: { $0 == " " }).hasPrefix("#") }.joined()
        // The date line is written as an ISO date (日期: 2026-07-09), and typed numbering is
        // left out on purpose (generation adds it back).
        var clean = Self.runTogether.replacingOccurrences(of: "（2026年7月9日）", with: "")
        for marker in ["。一是", "。二是", "。三是", "。一要", "。二要", "。三要"] {
            clean = clean.replacingOccurrences(of: marker, with: "。")
        }
        for marker in ["第一，", "第二，"] { clean = clean.replacingOccurrences(of: marker, with: "") }
        let source = clean.filter { SourceCharacters.isHanzi($0.unicodeScalars.first!) }
        var remaining = Substring(body)
        for character in source {
            guard let found = remaining.firstIndex(of: character) else {
                Issue.record("\(character) is missing")
                return
            }
            remaining = remaining[remaining.index(after: found)...]
        }
    }

    @Test func englishKeysReadTheSame() throws {
        let chinese = try Self.imported(Self.runTogether).report
        let english = try Self.imported(Self.runTogether, keys: .english)
        #expect(english.yaml.contains("achievements:\n"))
        #expect(english.report == chinese)
    }

    @Test func quotedWhenYAMLWouldReadSomethingElse() throws {
        for value in ["- 开头是横线", "时间: 10点", "true", "2026", "含有 #号", "\"引号\"", "反斜杠\\", "12:30", "普通文字"] {
            let text = "标题: \(YAMLText.quoted(value))\n成绩: [甲]\n问题: [乙]\n意见: [丙]\n"
            let report = ReportValidator.check(source: SourceText(path: "q.yaml", text: text)).report
            #expect(report?.title?.value == value, "\(value) → \(YAMLText.quoted(value))")
        }
    }

    /// A long speech set out like a report: 一、 parts with （一） points and 1. sub-points, the
    /// salutation run into the opening's paragraph.
    @Test func speechWithHeadedPartsAndARunInSalutation() throws {
        let (yaml, report) = try Self.imported("""
            在全区市场监管工作会议上的讲话
            王某某
            同志们：今天召开全区市场监管工作会议。
            一、充分肯定上半年取得的成绩
            （一）营商环境持续优化。新登记经营主体1.2万户。
            （二）安全底线牢牢守住。未发生较大事故。
            二、清醒认识存在的问题
            （一）监管力量不足。基层所人员偏少。
            三、扎实做好下半年工作
            （一）抓好安全监管。
            1.开展专项检查。覆盖全部学校食堂。
            2.加强执法办案。
            同志们，让我们共同努力。
            """)
        #expect(report.audience?.value == "同志们")
        #expect(report.opening.map(\.value) == ["今天召开全区市场监管工作会议。"])
        #expect(report.achievements.heading?.value == "充分肯定上半年取得的成绩")
        #expect(report.achievements.items.map(\.point.value) == ["营商环境持续优化", "安全底线牢牢守住"])
        #expect(report.problems.heading?.value == "清醒认识存在的问题")
        #expect(report.nextSteps.heading?.value == "扎实做好下半年工作")
        #expect(report.nextSteps.items.first?.subpoints.map(\.point.value) == ["开展专项检查", "加强执法办案"])
        #expect(report.voicedClosing[.speech]?.map(\.value) == ["同志们，让我们共同努力。"], "in a speaker's voice: for the speech only")
        #expect(yaml.contains("按“讲话稿”") || yaml.contains("（讲话稿）"))
    }

    /// 连排 is what the source did: a lead run into the first point alone is not it.
    @Test func layoutFollowsHowTheSourceRanPointsTogether() throws {
        let (_, report) = try Self.imported("""
            在全区会议上的讲话
            同志们：
            开场白。
            上半年取得成效，主要有以下特点。一是甲项工作。内容甲。
            二是乙项工作。内容乙。
            在看到成绩的同时，也要看到问题。一是问题甲。二是问题乙。
            下面，我讲几点意见。
            第一，意见甲。一要做好子项一。二要做好子项二。
            第二，意见乙。
            一要做好子项三。
            """)
        #expect(report.achievements.layout == .separate)
        #expect(report.achievements.lead?.value == "上半年取得成效，主要有以下特点。")
        #expect(report.problems.layout == .together)
        #expect(report.nextSteps.layout == .together, "第一's sub-points are in its paragraph")
        #expect(report.nextSteps.items.map(\.subpoints.count) == [2, 1])
    }
}

import Testing
@testable import WengaoKit

/// Twenty titles as 文秘 write them, broken where GB/T 9704 §7.3.2 wants (词意完整): at a
/// word boundary, never inside 《》 or “”, a number with its unit, or a date phrase. The
/// chosen breaks are listed in Docs/geometry.md.
@Suite struct TitleBreakTests {
    /// The 2号 title's line on the GB/T 9704 page: 156 mm / 22 pt ≈ 20 characters.
    static let capacity = 20

    static let titles: [(title: String, lines: [String])] = [
        ("中共某某区委组织部2026年上半年基层党建工作总结", ["中共某某区委组织部", "2026年上半年基层党建工作总结"]),
        ("在全区2026年上半年基层党建工作推进会上的讲话", ["在全区2026年上半年", "基层党建工作推进会上的讲话"]),
        ("某某区人民政府办公室关于2026年上半年政务服务工作情况的报告", ["某某区人民政府办公室关于", "2026年上半年政务服务工作情况的报告"]),
        ("关于深入学习贯彻《中国共产党农村基层组织工作条例》的实施意见", ["关于深入学习贯彻《中国共产党", "农村基层组织工作条例》的实施意见"]),
        ("某某区推进基层治理体系和治理能力现代化2026年上半年工作总结", ["某某区推进基层治理体系和", "治理能力现代化2026年上半年工作总结"]),
        ("某某区市场监督管理局2026年上半年工作总结和下半年工作打算", ["某某区市场监督管理局2026年上半年", "工作总结和下半年工作打算"]),
        ("在全区市场监管系统2026年上半年工作总结会上的讲话", ["在全区市场监管系统", "2026年上半年工作总结会上的讲话"]),
        ("某某局关于开展“优环境、守底线”专项行动情况的通报", ["某某局关于开展“优环境、守底线”", "专项行动情况的通报"]),
        ("某某区教育局2026年上半年教育教学质量提升工作总结", ["某某区教育局2026年上半年", "教育教学质量提升工作总结"]),
        ("某某街道党工委2026年上半年党风廉政建设工作情况汇报", ["某某街道党工委2026年上半年", "党风廉政建设工作情况汇报"]),
        ("某某区应急管理局2026年1月至6月安全生产工作总结", ["某某区应急管理局", "2026年1月至6月安全生产工作总结"]),
        ("在某某区2026年第二季度经济运行分析会上的讲话提纲", ["在某某区2026年第二季度", "经济运行分析会上的讲话提纲"]),
        ("某某县人民政府关于2026年上半年法治政府建设情况的报告", ["某某县人民政府关于2026年上半年", "法治政府建设情况的报告"]),
        ("某某区卫生健康委员会2026年上半年重点工作推进情况", ["某某区卫生健康委员会", "2026年上半年重点工作推进情况"]),
        ("某某区委宣传部2026年上半年意识形态工作责任制落实情况", ["某某区委宣传部2026年上半年", "意识形态工作责任制落实情况"]),
        ("关于贯彻落实《某某省优化营商环境条例》的工作总结", ["关于贯彻落实", "《某某省优化营商环境条例》的工作总结"]),
        ("某某区生态环境分局2026年上半年大气污染防治工作总结", ["某某区生态环境分局2026年上半年", "大气污染防治工作总结"]),
        ("某某镇2026年上半年乡村振兴和农村人居环境整治工作总结", ["某某镇2026年上半年乡村振兴和", "农村人居环境整治工作总结"]),
        ("在全区2026年上半年招商引资暨项目建设推进会上的讲话", ["在全区2026年上半年招商引资暨", "项目建设推进会上的讲话"]),
        ("某某区数据资源管理局2026年上半年数字政府建设工作总结", ["某某区数据资源管理局", "2026年上半年数字政府建设工作总结"]),
    ]

    @Test(arguments: titles)
    func eachTitleBreaksBetweenWords(_ title: String, _ lines: [String]) {
        #expect(TitleLines.lines(title, capacity: Self.capacity) == lines)
    }

    /// What no break may do, whatever the title: checked over all twenty.
    @Test func noBreakInsideABookTitleANumberOrADatePhrase() {
        for (title, _) in Self.titles {
            let lines = TitleLines.lines(title, capacity: Self.capacity)
            #expect(lines.joined() == title)
            for (upper, lower) in zip(lines, lines.dropFirst()) {
                let before = upper.last!, after = lower.first!
                #expect(!(before.isNumber && "年月日%万个项".contains(after)), "\(upper) / \(lower)")
                #expect(!(upper.hasSuffix("年") && (after.isNumber || "上下第".contains(after))), "\(upper) / \(lower)")
                #expect(!(upper.hasSuffix("至") || lower.hasPrefix("至")), "\(upper) / \(lower)")
                #expect(TitleLines.width(Array(upper)[...]) <= Double(Self.capacity))
            }
        }
    }
}

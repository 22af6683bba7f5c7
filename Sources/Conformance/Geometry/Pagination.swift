/// Compares how two renderings of the same input break into pages.
public enum Pagination {
    /// Same page count, and the same first line on every page.
    public static func compare(_ first: [RenderedPage], _ second: [RenderedPage], frame: PageFrame = .gbt9704) -> RuleResult {
        var problems: [String] = []
        if first.count != second.count { problems.append("页数不同：\(first.count) 与 \(second.count)") }
        for (a, b) in zip(first, second) {
            let lineA = PageLines(a, frame: frame).content.first?.text.filter { !$0.isWhitespace } ?? ""
            let lineB = PageLines(b, frame: frame).content.first?.text.filter { !$0.isWhitespace } ?? ""
            if lineA != lineB { problems.append("第 \(a.number) 页首行不同：“\(lineA.prefix(10))”与“\(lineB.prefix(10))”") }
        }
        return RuleResult(.pagination, measured: "\(first.count) 页与 \(second.count) 页", problems: problems)
    }
}

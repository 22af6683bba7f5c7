/// The rules a generated document is measured against, each with a stable English id and
/// the requirement in Chinese, as the measurement table prints it.
public enum Rule: String, Sendable, CaseIterable {
    case package = "package"
    case schemas = "schemas"
    case pageSize = "page-size"
    case leftEdge = "left-edge"
    case firstLine = "first-line"
    case bottomEdge = "bottom-edge"
    case linesPerPage = "lines-per-page"
    case charactersPerLine = "characters-per-line"
    case pageNumber = "page-number"
    case title = "title"
    case date = "date"
    case pagination = "pagination"

    /// What GB/T 9704-2012 (or the file format's standard) asks for.
    public var requirement: String {
        switch self {
        case .package: "mimetype 居首且不压缩；清单或内容类型覆盖每个部件；无重复条目"
        case .schemas: "每个 XML 部件通过标准模式（ODF 1.3 / ECMA-376 过渡版）验证"
        case .pageSize: "A4 纸：210 mm × 297 mm"
        case .leftEdge: "不缩进的行起于距左边 28±1 mm"
        case .firstLine: "每页首行在版心第一行（上沿在 37 mm 至 37 mm 加一行之间）"
        case .bottomEdge: "距下边 35 mm（版心下沿 262 mm）以下只有页码"
        case .linesPerPage: "每面 22 行，行距一致；除末页外每页排满"
        case .charactersPerLine: "每行 28 字，排满的行止于版心右沿（句末标点可悬挂于右沿外）"
        case .pageNumber: "页码“— N —”，4号；单页居右、双页居左，空一字；上距版心 7 mm"
        case .title: "标题 2号，各行居中（左右空白相差不超过 1 mm）"
        case .date: "署名和成文日期（§7.3.5）：盖章的日期右空四字、署名以日期居中；不盖章的署名右空二字、日期首字右移二字（日期较长时日期右空二字）"
        case .pagination: "DOCX 与 ODT 页数相同，每页首行相同"
        }
    }
}

/// How one document (or one DOCX/ODT pair) measured against one rule.
public struct RuleResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        case pass, fail, notApplicable
    }

    public var rule: Rule
    public var outcome: Outcome
    /// The measurement in a few words: "28.05 mm（96 行）".
    public var measured: String
    /// Every place that breaks the rule, naming the page and line.
    public var problems: [String]

    public init(_ rule: Rule, measured: String, problems: [String] = []) {
        self.rule = rule
        self.outcome = problems.isEmpty ? .pass : .fail
        self.measured = measured
        self.problems = problems
    }

    public static func notApplicable(_ rule: Rule, _ reason: String) -> RuleResult {
        var result = RuleResult(rule, measured: reason)
        result.outcome = .notApplicable
        return result
    }
}

/// Every rule's result for one file.
public struct DocumentReport: Sendable {
    public var file: String
    public var pages: Int
    public var results: [RuleResult]

    public init(file: String, pages: Int, results: [RuleResult]) {
        self.file = file
        self.pages = pages
        self.results = results
    }

    public var passed: Bool { results.allSatisfy { $0.outcome != .fail } }

    public subscript(rule: Rule) -> RuleResult? { results.first { $0.rule == rule } }
}

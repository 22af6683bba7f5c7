/// Every rule an input can break, by its stable id: the list `--ignore` and the `ignore`
/// key are checked against, and the one the rules table in Docs/validation.md follows.
public struct DiagnosticRule: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    /// What the rule catches, in a few Chinese words.
    public var summary: String

    public static let all: [DiagnosticRule] = [
        // Reading the file.
        .init(id: "file-unreadable", severity: .error, summary: "文件不存在、是文件夹或无法读取"),
        .init(id: "file-too-large", severity: .error, summary: "文件超过大小上限"),
        .init(id: "file-empty", severity: .error, summary: "文件是空的"),
        .init(id: "invalid-utf8", severity: .error, summary: "不是有效的 UTF-8 编码"),
        .init(id: "control-character", severity: .error, summary: "文档无法容纳的控制字符（含 NUL）"),
        // YAML syntax and limits.
        .init(id: "yaml-syntax", severity: .error, summary: "其他 YAML 格式错误"),
        .init(id: "yaml-tab", severity: .error, summary: "用 Tab 缩进"),
        .init(id: "yaml-indentation", severity: .error, summary: "缩进不对齐"),
        .init(id: "yaml-unclosed", severity: .error, summary: "引号或括号没有闭合"),
        .init(id: "duplicate-key", severity: .error, summary: "同一层里键重复"),
        .init(id: "complex-key", severity: .error, summary: "键不是文字（列表、映射、别名）"),
        .init(id: "nesting-too-deep", severity: .error, summary: "嵌套层级超过上限"),
        .init(id: "alias-limit", severity: .error, summary: "别名展开后超过上限"),
        .init(id: "too-many-nodes", severity: .error, summary: "条目和键的总数超过上限"),
        // Schema.
        .init(id: "unknown-key", severity: .error, summary: "无法识别的键"),
        .init(id: "wrong-type", severity: .error, summary: "值的类型不对（如该写列表处写了文字）"),
        .init(id: "unsupported-version", severity: .error, summary: "不支持的输入格式版本"),
        .init(id: "missing-title", severity: .error, summary: "缺少标题"),
        .init(id: "no-content", severity: .error, summary: "成绩、问题、意见都没有内容"),
        .init(id: "empty-point", severity: .error, summary: "条目没有要点"),
        .init(id: "too-many-levels", severity: .error, summary: "分项超过三层，文稿排不出来"),
        .init(id: "invalid-date", severity: .error, summary: "日期不存在或写法不对"),
        .init(id: "empty-section", severity: .warning, summary: "某一部分没有条目"),
        .init(id: "unknown-rule", severity: .warning, summary: "要忽略的规则不存在或是错误"),
        // Content.
        .init(id: "placeholder", severity: .warning, summary: "没有填写的占位符（x人、XX社区、【待补】……）"),
        .init(id: "hand-numbering", severity: .warning, summary: "要点开头手写了编号"),
        .init(id: "half-width-punctuation", severity: .warning, summary: "中文里用了半角标点"),
        .init(id: "unbalanced-pair", severity: .warning, summary: "引号、书名号、括号不成对"),
        .init(id: "duplicate-point", severity: .warning, summary: "要点重复"),
        .init(id: "long-lead", severity: .warning, summary: "要点的第一句太长，不像一句领起的话"),
        .init(id: "speech-voice", severity: .warning, summary: "总结也用的文字里有讲话口吻（我讲、同志们、大家）"),
        .init(id: "short-point", severity: .warning, summary: "要点太短（不到 4 个字）"),
        .init(id: "too-many-items", severity: .warning, summary: "一层超过 10 条"),
        .init(id: "no-meeting", severity: .warning, summary: "写讲话稿而没有写会议：标题不像讲话"),
    ]

    public static func named(_ id: String) -> DiagnosticRule? { all.first { $0.id == id } }

    /// The closest rule id to a mistyped one, for a did-you-mean hint.
    public static func suggestion(for id: String) -> String? {
        let scored = all.map { ($0.id, SpellingSuggestion.editDistance(Array(id.lowercased()), Array($0.id))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, id.count / 3) else { return nil }
        return best.0
    }
}

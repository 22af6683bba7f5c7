/// A rule a diagnostic reports under: its stable id, its severity and what it catches, each
/// written once, here. A message of the catalog (`DiagnosticMessage+*.swift`) is made from
/// one of these constants (`DiagnosticMessage(.duplicateKey, "…")`), so its id and severity
/// cannot disagree with the rule's; `DiagnosticRule.all` lists the rules an input can break,
/// `DiagnosticRule.catalog` every rule (tests hold both to the constants below and to the
/// rules table in Docs/validation.md).
public struct DiagnosticRule: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    /// What the rule catches, in a few Chinese words.
    public var summary: String

    init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

// MARK: - The rules an input can break

extension DiagnosticRule {
    // Reading the file.
    public static let fileUnreadable = DiagnosticRule("file-unreadable", .error, "文件不存在、是文件夹或无法读取")
    public static let fileTooLarge = DiagnosticRule("file-too-large", .error, "文件超过大小上限")
    public static let fileEmpty = DiagnosticRule("file-empty", .error, "文件是空的")
    public static let invalidUtf8 = DiagnosticRule("invalid-utf8", .error, "不是有效的 UTF-8 编码")
    public static let controlCharacter = DiagnosticRule("control-character", .error, "文档无法容纳的控制字符（含 NUL）")

    // YAML syntax and limits.
    public static let yamlSyntax = DiagnosticRule("yaml-syntax", .error, "其他 YAML 格式错误")
    public static let yamlTab = DiagnosticRule("yaml-tab", .error, "用 Tab 缩进")
    public static let yamlIndentation = DiagnosticRule("yaml-indentation", .error, "缩进不对齐")
    public static let yamlUnclosed = DiagnosticRule("yaml-unclosed", .error, "引号或括号没有闭合")
    public static let duplicateKey = DiagnosticRule("duplicate-key", .error, "同一层里键重复")
    public static let complexKey = DiagnosticRule("complex-key", .error, "键不是文字（列表、映射、别名）")
    public static let nestingTooDeep = DiagnosticRule("nesting-too-deep", .error, "嵌套层级超过上限")
    public static let aliasLimit = DiagnosticRule("alias-limit", .error, "别名展开后超过上限")
    public static let tooManyNodes = DiagnosticRule("too-many-nodes", .error, "条目和键的总数超过上限")

    // Schema.
    public static let unknownKey = DiagnosticRule("unknown-key", .error, "无法识别的键")
    public static let wrongType = DiagnosticRule("wrong-type", .error, "值的类型不对（如该写列表处写了文字）")
    public static let unsupportedVersion = DiagnosticRule("unsupported-version", .error, "不支持的输入格式版本")
    public static let missingTitle = DiagnosticRule("missing-title", .error, "缺少标题")
    public static let noContent = DiagnosticRule("no-content", .error, "成绩、问题、意见都没有内容")
    public static let emptyPoint = DiagnosticRule("empty-point", .error, "条目没有要点")
    public static let tooManyLevels = DiagnosticRule("too-many-levels", .error, "分项超过三层，文稿排不出来")
    public static let invalidDate = DiagnosticRule("invalid-date", .error, "日期不存在或写法不对")
    public static let emptySection = DiagnosticRule("empty-section", .warning, "某一部分没有条目")
    public static let unknownRule = DiagnosticRule("unknown-rule", .warning, "要忽略的规则不存在或是错误")

    // Content.
    public static let placeholder = DiagnosticRule("placeholder", .warning, "没有填写的占位符（x人、XX社区、【待补】……）")
    public static let handNumbering = DiagnosticRule("hand-numbering", .warning, "要点开头手写了编号")
    public static let halfWidthPunctuation = DiagnosticRule("half-width-punctuation", .warning, "中文里用了半角标点")
    public static let unbalancedPair = DiagnosticRule("unbalanced-pair", .warning, "引号、书名号、括号不成对")
    public static let duplicatePoint = DiagnosticRule("duplicate-point", .warning, "要点重复")
    public static let longLead = DiagnosticRule("long-lead", .warning, "要点的第一句太长，不像一句领起的话")
    public static let speechVoice = DiagnosticRule("speech-voice", .warning, "总结也用的文字里有讲话口吻（我讲、同志们、大家）")
    public static let shortPoint = DiagnosticRule("short-point", .warning, "要点太短（不到 4 个字）")
    public static let tooManyItems = DiagnosticRule("too-many-items", .warning, "一层超过 10 条")
    public static let noMeeting = DiagnosticRule("no-meeting", .warning, "写讲话稿而没有写会议：标题不像讲话")
}

// MARK: - Rules of templates, outputs and the tool

// Not rules of an input: `--ignore` and the `ignore` key do not know them, and
// Docs/validation.md lists them apart from the input's rules.
extension DiagnosticRule {
    // Templates and style sheets.
    public static let templateSyntax = DiagnosticRule("template-syntax", .error, "模板的 Mustache 语法错误")
    public static let templateMarkup = DiagnosticRule("template-markup", .error, "模板生成的文稿标记无效")
    public static let templateTooLarge = DiagnosticRule("template-too-large", .error, "模板展开后超过上限")
    public static let unknownStyle = DiagnosticRule("unknown-style", .error, "模板用了样式表里没有的样式")
    public static let styleValue = DiagnosticRule("style-value", .error, "样式表里的值无效")

    // Batches and output files.
    public static let folderUnreadable = DiagnosticRule("folder-unreadable", .error, "无法读取输入文件夹")
    public static let folderWithoutInputs = DiagnosticRule("folder-without-inputs", .error, "文件夹里没有输入文件")
    public static let outputCollision = DiagnosticRule("output-collision", .error, "两个输入会写入同一个输出文件")
    public static let outputIsInput = DiagnosticRule("output-is-input", .error, "输出文件就是输入文件")
    public static let outputUnwritable = DiagnosticRule("output-unwritable", .error, "无法写入输出文件")
    public static let pdfFailed = DiagnosticRule("pdf-failed", .error, "没有生成 PDF")
    public static let packageWriteFailed = DiagnosticRule("package-write-failed", .error, "文稿无法打包成 .docx / .odt")
    public static let fontsUnavailable = DiagnosticRule("fonts-unavailable", .error, "wengao fonts 无法查看本机字体")

    // The tool itself.
    public static let fixRefused = DiagnosticRule("fix-refused", .error, "wengao fix 没有改写输入文件")
    public static let internalError = DiagnosticRule("internal-error", .error, "Wengao 自身的错误")
}

// MARK: - The lists

extension DiagnosticRule {
    /// Every rule an input can break, by its stable id: the list `--ignore` and the `ignore`
    /// key are checked against, and the one the rules table in Docs/validation.md follows.
    public static let all: [DiagnosticRule] = [
        .fileUnreadable,
        .fileTooLarge,
        .fileEmpty,
        .invalidUtf8,
        .controlCharacter,
        .yamlSyntax,
        .yamlTab,
        .yamlIndentation,
        .yamlUnclosed,
        .duplicateKey,
        .complexKey,
        .nestingTooDeep,
        .aliasLimit,
        .tooManyNodes,
        .unknownKey,
        .wrongType,
        .unsupportedVersion,
        .missingTitle,
        .noContent,
        .emptyPoint,
        .tooManyLevels,
        .invalidDate,
        .emptySection,
        .unknownRule,
        .placeholder,
        .handNumbering,
        .halfWidthPunctuation,
        .unbalancedPair,
        .duplicatePoint,
        .longLead,
        .speechVoice,
        .shortPoint,
        .tooManyItems,
        .noMeeting,
    ]

    /// Every rule a diagnostic of Wengao reports under: the input's, then the rest.
    public static let catalog: [DiagnosticRule] = all + [
        .templateSyntax,
        .templateMarkup,
        .templateTooLarge,
        .unknownStyle,
        .styleValue,
        .folderUnreadable,
        .folderWithoutInputs,
        .outputCollision,
        .outputIsInput,
        .outputUnwritable,
        .pdfFailed,
        .packageWriteFailed,
        .fontsUnavailable,
        .fixRefused,
        .internalError,
    ]

    public static func named(_ id: String) -> DiagnosticRule? { all.first { $0.id == id } }

    /// The closest rule id to a mistyped one, for a did-you-mean hint.
    public static func suggestion(for id: String) -> String? {
        let scored = all.map { ($0.id, SpellingSuggestion.editDistance(Array(id.lowercased()), Array($0.id))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, id.count / 3) else { return nil }
        return best.0
    }
}

/// A catalogued message: its rule id, severity and text.
///
/// Every message Wengao can show is built by one of the static functions below, so the
/// wording stays consistent and translators find it all in one place. Messages about a
/// user's input are in Chinese, lowercase-free by nature, with no final full stop, in the
/// manner of compiler diagnostics.
public struct DiagnosticMessage: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var text: String

    public init(id: String, severity: Severity, text: String) {
        self.id = id
        self.severity = severity
        self.text = text
    }
}

// MARK: - Reading files

extension DiagnosticMessage {
    static func fileUnreadable(_ reason: String) -> Self {
        .init(id: "file-unreadable", severity: .error, text: "无法读取文件：\(reason)")
    }
    static func fileIsDirectory() -> Self {
        .init(id: "file-unreadable", severity: .error, text: "这是一个文件夹，不是文件；请给出 .yaml 文件的路径")
    }
    static func fileMissing() -> Self {
        .init(id: "file-unreadable", severity: .error, text: "文件不存在；请检查路径和文件名")
    }
    static func fileTooLarge(size: Int, limit: Int) -> Self {
        .init(id: "file-too-large", severity: .error,
              text: "文件过大（\(size) 字节），超过上限 \(limit) 字节；输入文件只应包含文稿要点")
    }
    static func fileEmpty() -> Self {
        .init(id: "file-empty", severity: .error, text: "文件是空的；至少需要标题和成绩、问题、意见中的一部分")
    }
    static func invalidUTF8() -> Self {
        .init(id: "invalid-utf8", severity: .error,
              text: "此处的字节不是有效的 UTF-8 编码；请将文件另存为 UTF-8 编码")
    }
    static func nulByte() -> Self {
        .init(id: "control-character", severity: .error,
              text: "文件中有空字符（NUL）；它不是文本，请删除")
    }
}

// MARK: - YAML and schema

extension DiagnosticMessage {
    static func yamlSyntax(_ problem: String) -> Self {
        .init(id: "yaml-syntax", severity: .error, text: "YAML 格式错误：\(problem)")
    }
    static func tooDeep(limit: Int) -> Self {
        .init(id: "nesting-too-deep", severity: .error, text: "层级嵌套超过 \(limit) 层；请减少缩进层级")
    }
    static func aliasLimit(limit: Int) -> Self {
        .init(id: "alias-limit", severity: .error,
              text: "别名（*引用）展开后的节点超过 \(limit) 个；请不要用别名反复引用大段内容")
    }
    static func topLevelNotMapping() -> Self {
        .init(id: "wrong-type", severity: .error, text: "文件顶层应是“键: 值”的映射（如 标题: ……）")
    }
    static func unknownKey(_ key: String, suggestion: String?) -> Self {
        let hint = suggestion.map { "；是否想写“\($0)”？" } ?? "；请对照输入说明检查拼写"
        return .init(id: "unknown-key", severity: .error, text: "无法识别的键“\(key)”\(hint)")
    }
    static func duplicateKey(_ key: String) -> Self {
        .init(id: "duplicate-key", severity: .error, text: "键“\(key)”重复出现；请删除或合并其中一处")
    }
    static func wrongType(_ key: String, expected: String) -> Self {
        .init(id: "wrong-type", severity: .error, text: "“\(key)”应为\(expected)")
    }
    static func missingTitle() -> Self {
        .init(id: "missing-title", severity: .error, text: "缺少标题；请添加“标题: ……”（title）")
    }
    static func noContent() -> Self {
        .init(id: "no-content", severity: .error,
              text: "成绩、问题、意见三部分都没有内容；请至少填写其中一部分")
    }
    static func emptySection(_ name: String) -> Self {
        .init(id: "empty-section", severity: .warning, text: "“\(name)”部分没有条目；请填写条目或删除这一部分")
    }
    static func emptyPoint() -> Self {
        .init(id: "empty-point", severity: .error, text: "条目缺少要点（point / 要点）")
    }
    static func invalidDate(_ text: String) -> Self {
        .init(id: "invalid-date", severity: .error,
              text: "日期“\(text)”无效；请写成 2026-07-10 这样的公历日期")
    }
    static func controlCharacter(_ scalar: Unicode.Scalar) -> Self {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return .init(id: "control-character", severity: .error,
                     text: "文本中有不可见的控制字符 U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)，文档无法容纳；请删除它")
    }
}

// MARK: - Templates and style sheets

extension DiagnosticMessage {
    static func templateSyntax(_ problem: String) -> Self {
        .init(id: "template-syntax", severity: .error, text: "模板语法错误：\(problem)")
    }
    static func templateMarkup(_ problem: String) -> Self {
        .init(id: "template-markup", severity: .error, text: "模板生成的文稿标记无效：\(problem)")
    }
    static func unknownStyle(_ name: String, known: [String]) -> Self {
        .init(id: "unknown-style", severity: .error,
              text: "样式“\(name)”未在样式表中定义；可用的样式有：\(known.joined(separator: "、"))")
    }
    static func styleValue(_ key: String, _ problem: String) -> Self {
        .init(id: "style-value", severity: .error, text: "样式表中“\(key)”的值无效：\(problem)")
    }
}

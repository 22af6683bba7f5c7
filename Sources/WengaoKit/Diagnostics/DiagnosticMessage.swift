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
    static func fileNotRegular() -> Self {
        .init(id: "file-unreadable", severity: .error,
              text: "这不是普通文件（是命名管道、设备或套接字）；Wengao 只读取普通的 .yaml 文件")
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

/// A catalogued message: the rule it reports under (its id and severity) and its text.
///
/// Every message Wengao can show is built by one of the static functions below, so the
/// wording stays consistent and translators find it all in one place. Each is made from
/// its `DiagnosticRule` constant, which alone says the id and severity. Messages about a
/// user's input are in Chinese, lowercase-free by nature, with no final full stop, in the
/// manner of compiler diagnostics.
public struct DiagnosticMessage: Sendable, Hashable {
    public var rule: DiagnosticRule
    public var text: String

    public var id: String { rule.id }
    public var severity: Severity { rule.severity }

    public init(_ rule: DiagnosticRule, text: String) {
        self.rule = rule
        self.text = text
    }
}

// MARK: - Reading files

extension DiagnosticMessage {
    static func fileUnreadable(_ reason: String) -> Self {
        .init(.fileUnreadable, text: "无法读取文件：\(reason)")
    }
    static func fileIsDirectory() -> Self {
        .init(.fileUnreadable, text: "这是一个文件夹，不是文件；请给出 .yaml 文件的路径")
    }
    static func fileNotRegular() -> Self {
        .init(.fileUnreadable, text: "这不是普通文件（是命名管道、设备或套接字）；Wengao 只读取普通的 .yaml 文件")
    }
    static func fileMissing() -> Self {
        .init(.fileUnreadable, text: "文件不存在；请检查路径和文件名")
    }
    static func fileTooLarge(size: Int, limit: Int) -> Self {
        .init(.fileTooLarge, text: "文件过大（\(size) 字节），超过上限 \(limit) 字节；输入文件只应包含文稿要点")
    }
    static func fileEmpty() -> Self {
        .init(.fileEmpty, text: "文件是空的；至少需要标题和成绩、问题、意见中的一部分")
    }
    static func invalidUTF8() -> Self {
        .init(.invalidUtf8, text: "此处的字节不是有效的 UTF-8 编码；请将文件另存为 UTF-8 编码")
    }
    static func nulByte() -> Self {
        .init(.controlCharacter, text: "文件中有空字符（NUL）；它不是文本，请删除")
    }
}

// MARK: - Templates and style sheets

extension DiagnosticMessage {
    static func templateSyntax(_ problem: String) -> Self {
        .init(.templateSyntax, text: "模板语法错误：\(problem)")
    }
    static func templateTooLarge(section: String?) -> Self {
        let place = section.map { "，多出的部分来自节 {{#\($0)}} 的展开" } ?? ""
        return .init(.templateTooLarge,
                     text: "模板展开后超过上限（约 16 MiB 的文稿标记）\(place)；节套着同一个列表的节时，每套一层就成倍增长，请检查模板的嵌套")
    }
    static func templateMarkup(_ problem: String) -> Self {
        .init(.templateMarkup, text: "模板生成的文稿标记无效：\(problem)")
    }
    static func unknownStyle(_ name: String, known: [String]) -> Self {
        .init(.unknownStyle, text: "样式“\(name)”未在样式表中定义；可用的样式有：\(known.joined(separator: "、"))")
    }
    static func styleValue(_ key: String, _ problem: String) -> Self {
        .init(.styleValue, text: "样式表中“\(key)”的值无效：\(problem)")
    }
}

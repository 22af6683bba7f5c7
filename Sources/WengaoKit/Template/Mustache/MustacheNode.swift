/// A template parsed once into a tree, every tag keeping its place in the template file.
///
/// Wengao's own Mustache, covering what its templates use: `{{name}}` (always escaped for
/// the markup), dotted names, `{{.}}`, sections, inverted sections and comments, with the
/// specification's standalone-line rule. Unescaped values (`{{{name}}}`, `{{&name}}`, which
/// would let input text become markup), partials, set-delimiters, pragmas and inheritance
/// are rejected at their line and column, and so are sections nested deeper than
/// `maximumSectionDepth`.
indirect enum MustacheNode: Sendable, Equatable {
    /// Template text between tags, copied to the output as it is.
    case text(String)
    /// Template text as `.text`, also read into markup tokens; made by `MarkupFragment.compile`
    /// when a template is loaded, never by the parser.
    case markup(MarkupFragment)
    /// `{{name}}`, escaped for the markup.
    case value(MustacheName)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(MustacheName, inverted: Bool, children: [MustacheNode])
}

/// A line and column in the template file, both from 1; columns count Unicode scalars,
/// as every other diagnostic of Wengao does.
struct TemplatePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// A name inside a tag: `title`, `date.chinese`, or `.` for the value a section is over.
struct MustacheName: Sendable, Equatable {
    /// The name as written, for messages and for matching `{{/name}}` to its opening tag.
    var text: String
    /// The dotted components; empty for `.`.
    var components: [String]
    /// Where the tag's `{{` stands.
    var position: TemplatePosition
}

/// A template that cannot be parsed, with the place to show the clerk.
struct MustacheSyntaxError: Error, Equatable {
    enum Problem: Equatable {
        case unclosedTag
        case unclosedSection(String)
        case closeWithoutOpening(String)
        case closeNameMismatch(opened: String, closed: String)
        case badName(String)
        case unsupported(tag: String, what: String)
        case unescapedValue(tag: String)
        case sectionsTooDeep(String)
    }

    var problem: Problem
    var position: TemplatePosition

    /// What went wrong, in the words the catalog's `template-syntax` message wraps.
    var explanation: String {
        switch problem {
        case .unclosedTag: "标签没有用 }} 闭合"
        case let .unclosedSection(name): "缺少节的结束标签 {{/\(name)}}"
        case let .closeWithoutOpening(name): "结束标签 {{/\(name)}} 前没有对应的开始标签"
        case let .closeNameMismatch(opened, closed):
            "节的结束标签与开始标签名称不一致：{{/\(closed)}} 关闭的是 {{#\(opened)}}"
        case let .badName(name): name.isEmpty ? "标签中缺少名称" : "标签中的名称“\(name)”格式不对"
        case let .unsupported(tag, what): "Wengao 的模板不支持\(what) \(tag)"
        case let .unescapedValue(tag):
            "\(tag) 会把输入的文字不经转义写进文稿标记，输入里的 < 或 & 就会变成标记；请改用 {{名称}}"
        case let .sectionsTooDeep(name):
            "节 {{#\(name)}} 嵌套超过 \(MustacheParser.maximumSectionDepth) 层；每套一层，展开的文稿可能成倍增长，请减少嵌套"
        }
    }
}

import Foundation
import Mustache

/// A genre's template: Mustache that renders Wengao's block markup.
///
/// The markup (documented in `Templates/README.md`) is a `<document>` of `<p style="…">`
/// paragraphs holding text, `<span style="…">` runs and `<br/>` line breaks. A template is
/// checked when it is loaded — its Mustache, and the markup around the tags, with line
/// numbers of the template file — so a broken copy fails before any input is read.
public struct DocumentTemplate: Sendable {
    public let path: String
    private let template: MustacheTemplate

    /// Loads and checks the template at `path` against the styles of `styleSheet`.
    ///
    /// - Throws: `DiagnosticError` naming the template's line and column.
    public init(path: String, styleSheet: StyleSheet) throws {
        let source = try SourceText.read(path: path)
        try self.init(source: source, styleSheet: styleSheet)
    }

    public init(source: SourceText, styleSheet: StyleSheet) throws {
        path = source.path
        do {
            // The escaping is chosen by a pragma on a line of its own, which Mustache drops
            // with its line: the rendered text is unchanged and every later line number of
            // the file is one more than the user's, which the error below takes back.
            _ = MarkupEscaping.registered
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkupEscaping.name)}}\n" + source.text)
        } catch let error as MustacheTemplate.ParserError {
            var location = SourceLocation(file: source.path, line: max(error.context.lineNumber - 1, 1),
                                          column: max(error.context.columnNumber, 1))
            // swift-mustache notices a missing {{/…}} at the end of the file; the clerk needs
            // the line of the section that was never closed.
            if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error,
               let opener = Self.unclosedSection(in: source.text) {
                location.line = opener.line
                location.column = opener.column
            }
            throw DiagnosticError(Diagnostic(.templateSyntax(Self.explain(error.error)), at: location))
        }
        try MarkupChecker.checkSkeleton(of: source, styleSheet: styleSheet)
    }

    /// The innermost `{{#name}}` or `{{^name}}` without its `{{/name}}`, by line and column.
    static func unclosedSection(in text: String) -> (line: Int, column: Int)? {
        var open: [(name: String, line: Int, column: Int)] = []
        var line = 1, column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
               "#^/".unicodeScalars.contains(scalars[index + 2]) {
                var end = index + 3
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 3)..<min(end, scalars.count)])).trimmingWhitespace
                if scalars[index + 2] == "/" {
                    if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
                } else {
                    open.append((name, line, column))
                }
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return open.last.map { ($0.line, $0.column) }
    }

    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "节的结束标签与开始标签名称不一致"
        case .unfinishedName: "标签没有用 }} 闭合"
        case .expectedSectionEnd: "缺少节的结束标签 {{/…}}"
        case .invalidSetDelimiter: "设置分隔符的标签格式不对"
        default: "\(error)"
        }
    }

    /// Renders the report into block markup and reads it into a document.
    ///
    /// - Throws: `DiagnosticError` when the rendered markup is not valid, which can only
    ///   happen with unescaped `{{{…}}}` values.
    public func render(_ report: Report, styleSheet: StyleSheet) throws -> Document {
        let markup = template.render(TemplateContext.make(for: report))
        let paragraphs = try MarkupChecker.paragraphs(from: markup, templatePath: path, styleSheet: styleSheet)
        let title = paragraphs.first { $0.style == "title" }?.plainText.replacingOccurrences(of: "\n", with: "")
        let properties = DocumentProperties(title: title ?? report.title?.value ?? "",
                                            author: report.organization?.value, date: report.date)
        return Document(properties: properties, paragraphs: balanceTitles(paragraphs, styleSheet: styleSheet))
    }

    /// Breaks long titles into balanced lines unless the template placed its own breaks.
    private func balanceTitles(_ paragraphs: [Paragraph], styleSheet: StyleSheet) -> [Paragraph] {
        paragraphs.map { paragraph in
            guard paragraph.style == "title", !paragraph.inlines.contains(.lineBreak),
                  let size = styleSheet.paragraphStyles["title"]?.size else { return paragraph }
            let capacity = Int(styleSheet.page.textWidth / size)
            let runs = paragraph.inlines.compactMap { inline -> (String, String?)? in
                if case let .text(text, style) = inline { return (text, style) } else { return nil }
            }
            // Only a title in one style can be re-broken without losing a run's style.
            guard Set(runs.map(\.1)).count <= 1 else { return paragraph }
            let lines = TitleLines.lines(runs.map(\.0).joined(), capacity: capacity)
            var inlines: [Inline] = []
            for (index, line) in lines.enumerated() {
                if index > 0 { inlines.append(.lineBreak) }
                inlines.append(.text(line, style: runs.first?.1))
            }
            return Paragraph(style: paragraph.style, inlines: inlines)
        }
    }
}

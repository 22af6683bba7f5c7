import FoundationEssentials

/// A genre's template: Mustache that renders Wengao's block markup.
///
/// The markup (documented in `Templates/README.md`) is a `<document>` of `<p style="…">`
/// paragraphs holding text, `<span style="…">` runs and `<br/>` line breaks. A template is
/// checked when it is loaded — its Mustache, and the markup around the tags, with line
/// numbers of the template file — so a broken copy fails before any input is read.
public struct DocumentTemplate: Sendable {
    public let path: String
    private let nodes: [MustacheNode]
    /// The same nodes with their text read into markup tokens, so that rendering builds the
    /// paragraphs directly; nil when the template's text is outside what
    /// `MarkupFragment` reads, and it always renders through libxml2.
    let compiled: [MustacheNode]?
    /// The template's length, a first guess at the rendered markup's.
    private let length: Int

    /// Loads and checks the template at `path` against the styles of `styleSheet`.
    ///
    /// - Throws: `DiagnosticError` naming the template's line and column.
    public init(path: String, styleSheet: StyleSheet) throws {
        let source = try SourceText.read(path: path)
        try self.init(source: source, styleSheet: styleSheet)
    }

    public init(source: SourceText, styleSheet: StyleSheet) throws {
        path = source.path
        length = source.text.utf8.count
        do {
            nodes = try MustacheParser.parse(source.text)
        } catch {
            let location = SourceLocation(file: source.path, line: error.position.line, column: error.position.column)
            throw DiagnosticError(Diagnostic(.templateSyntax(error.explanation), at: location))
        }
        try MarkupChecker.checkSkeleton(of: source, styleSheet: styleSheet)
        try MarkupChecker.checkSections(nodes, templatePath: source.path)
        compiled = MarkupFragment.compile(nodes)
    }

    /// Renders the report into block markup and reads it into a document.
    ///
    /// - Throws: `DiagnosticError` when the rendered markup is not valid (a value holding a
    ///   character XML forbids), or the rendering outgrows `MustacheRenderer.defaultBudget`.
    public func render(_ report: Report, styleSheet: StyleSheet) throws -> Document {
        let context = TemplateContext.make(for: report)
        let paragraphs: [Paragraph]
        if let compiled, let built = try build(compiled, context: context, styleSheet: styleSheet) {
            paragraphs = built
        } else {
            paragraphs = try renderThroughMarkup(context, styleSheet: styleSheet)
        }
        let title = paragraphs.first { $0.style == "title" }?.plainText.filter { $0 != "\n" }
        let properties = DocumentProperties(title: title ?? report.title?.value ?? "",
                                            author: report.organization?.value, date: report.date)
        let placed = SignatureBlock.place(balanceTitles(paragraphs, styleSheet: styleSheet),
                                          layout: report.signatureLayout, styleSheet: styleSheet)
        return Document(properties: properties, paragraphs: placed)
    }

    /// Paragraphs built while rendering, or nil when the rendering must be checked as markup.
    func build(_ compiled: [MustacheNode], context: TemplateValue, styleSheet: StyleSheet,
               budget: Int = MustacheRenderer<MarkupBuilder>.defaultBudget) throws -> [Paragraph]? {
        var renderer = MustacheRenderer(root: context, output: MarkupBuilder(styleSheet: styleSheet), budget: budget)
        renderer.render(compiled)
        try refuseIfExhausted(renderer)
        return renderer.output.paragraphs
    }

    /// A rendering that ran out of budget is an error at the section where it multiplied.
    private func refuseIfExhausted<Output>(_ renderer: MustacheRenderer<Output>) throws {
        guard renderer.exhausted else { return }
        let section = renderer.exhaustedIn
        let location = SourceLocation(file: path, line: section?.position.line ?? 1, column: section?.position.column ?? 1)
        throw DiagnosticError(Diagnostic(.templateTooLarge(section: section?.text), at: location))
    }

    /// Renders the markup as text and reads it with libxml2 and `MarkupChecker`: the way
    /// every rendering went before `MarkupBuilder`, and still the one that reports problems.
    func renderThroughMarkup(_ context: TemplateValue, styleSheet: StyleSheet,
                             budget: Int = MustacheRenderer<String>.defaultBudget) throws -> [Paragraph] {
        var renderer = MustacheRenderer(root: context, expectedLength: length * 2, budget: budget)
        renderer.render(nodes)
        try refuseIfExhausted(renderer)
        return try MarkupChecker.paragraphs(from: renderer.output, templatePath: path, styleSheet: styleSheet)
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
            guard runs.allSatisfy({ $0.1 == runs.first?.1 }) else { return paragraph }
            // Concatenated by hand: `joined()` is not specialized here, and its first call
            // looks up associated types at run time.
            var title = ""
            for run in runs { title += run.0 }
            let lines = TitleLines.lines(title, capacity: capacity)
            var inlines: [Inline] = []
            for (index, line) in lines.enumerated() {
                if index > 0 { inlines.append(.lineBreak) }
                inlines.append(.text(line, style: runs.first?.1))
            }
            return Paragraph(style: paragraph.style, inlines: inlines)
        }
    }
}

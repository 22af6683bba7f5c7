/// Reads the body of an OpenDocument text (.odt from LibreOffice, WPS, pandoc) into
/// paragraphs: `text:p` and `text:h`, inside lists, sections and tables, with spaces, tabs
/// and line breaks, and page numbers, notes and annotations left out.
enum OdtReader {
    static func read(_ package: DocumentPackage) throws(ImportError) -> SourceDocument {
        let file = package.file
        let names = package.entryNames
        if let mimetype = try package.part("mimetype") {
            let type = String(decoding: mimetype, as: UTF8.self)
            guard type.hasPrefix("application/vnd.oasis.opendocument.text") else { throw .notADocument(file) }
        }
        if names.contains(where: { $0.hasPrefix("Basic/") || $0.hasPrefix("Scripts/") }) { throw .macros(file) }
        if let manifest = try package.part("META-INF/manifest.xml"),
           String(decoding: manifest, as: UTF8.self).contains("encryption-data") {
            throw .encrypted(file)
        }
        guard let content = try package.xml("content.xml") else { throw .damaged(file, "缺少 content.xml") }
        var styles = StyleTable()
        if let shared = try package.xml("styles.xml") { styles.add(shared) }
        styles.add(content)
        guard let text = content.child("body")?.child("text") else { throw .damaged(file, "content.xml 没有正文") }
        var walk = BodyWalk(styles: styles)
        walk.numbering.lists = styles.lists
        walk.walk(text)
        return SourceDocument(paragraphs: walk.paragraphs, removed: walk.removed)
    }

    struct StyleTable {
        var alignment: [String: SourceParagraph.Alignment] = [:]
        var parent: [String: String] = [:]
        var titles: Set<String> = []
        var emphasis: Set<String> = []

        /// Numbered list styles and the outline (chapter) numbering of headings, by style name
        /// (`#outline` for the latter), with WordprocessingML's format names.
        var lists: [String: [Int: ListNumbering.Level]] = [:]

        static let outline = "#outline"

        mutating func add(_ root: MarkupElement) {
            for group in ["styles", "automatic-styles"] {
                guard let list = root.child(group) else { continue }
                for style in list.elements("list-style") {
                    if let name = style.attributes["name"] { lists[name] = Self.levels(style, "list-level-style-number") }
                }
                if let outline = list.child("outline-style") {
                    lists[Self.outline] = Self.levels(outline, "outline-level-style")
                }
                for style in list.elements("style") {
                    guard let name = style.attributes["name"] else { continue }
                    if let parentName = style.attributes["parent-style-name"] { parent[name] = parentName }
                    if let align = style.child("paragraph-properties")?.attributes["text-align"] {
                        alignment[name] = align == "center" ? .center : (align == "end" || align == "right") ? .end : .start
                    }
                    let display = (style.attributes["display-name"] ?? name).lowercased()
                    if ["title", "文稿标题", "标题"].contains(display) || name.lowercased() == "title" { titles.insert(name) }
                    if let weight = style.child("text-properties")?.attributes["font-weight"], weight == "bold" || weight == "700" {
                        emphasis.insert(name)
                    }
                }
            }
        }

        /// The numbered levels of a list or outline style (levels are 1-based in ODF).
        static func levels(_ style: MarkupElement, _ element: String) -> [Int: ListNumbering.Level] {
            var levels: [Int: ListNumbering.Level] = [:]
            for level in style.elements(element) {
                guard let index = level.attributes["level"].flatMap(Int.init), index >= 1 else { continue }
                let format: String
                switch level.attributes["num-format"] ?? "" {
                case "1": format = "decimal"
                case "一, 二, 三, ...": format = "chineseCounting"
                case "①, ②, ③, ...": format = "decimalEnclosedCircle"
                case "１, ２, ３, ...": format = "decimalFullWidth"
                case "A": format = "upperLetter"
                case "a": format = "lowerLetter"
                default: format = "none"
                }
                let text = (level.attributes["num-prefix"] ?? "") + "%\(index)" + (level.attributes["num-suffix"] ?? "")
                levels[index - 1] = ListNumbering.Level(format: format, text: text,
                                                        start: level.attributes["start-value"].flatMap(Int.init) ?? 1)
            }
            return levels
        }

        private func chain(_ style: String) -> [String] {
            var names: [String] = []
            var current: String? = style
            while let name = current, names.count < 20 {
                names.append(name)
                current = parent[name]
            }
            return names
        }

        func alignment(of style: String) -> SourceParagraph.Alignment {
            chain(style).lazy.compactMap { alignment[$0] }.first ?? .start
        }

        func isTitle(_ style: String) -> Bool { chain(style).contains(where: titles.contains) }

        func isEmphasis(_ style: String) -> Bool { chain(style).contains(where: emphasis.contains) || style.hasPrefix("lead") }
    }

    struct BodyWalk {
        let styles: StyleTable
        var paragraphs: [SourceParagraph] = []
        var removed: [RemovedText] = []

        var numbering = ListNumbering()

        init(styles: StyleTable) { self.styles = styles }

        /// The lists the walk is inside, outermost first, by their style.
        private var listStyles: [String] = []
        /// The label of the list item whose first paragraph is next.
        private var itemLabel: String?

        mutating func walk(_ element: MarkupElement) {
            for case .element(let child) in element.children {
                switch child.name {
                case "p", "h": paragraph(child)
                case "list":
                    let style = child.attributes["style-name"] ?? listStyles.first ?? ""
                    if listStyles.isEmpty, child.attributes["continue-numbering"] != "true", child.attributes["continue-list"] == nil {
                        numbering.restart(list: style)
                    }
                    listStyles.append(listStyles.first ?? style)
                    walk(child)
                    listStyles.removeLast()
                case "list-item":
                    if let style = listStyles.last { itemLabel = numbering.label(list: style, level: listStyles.count - 1) }
                    walk(child)
                    itemLabel = nil
                case "sequence-decls", "variable-decls", "user-field-decls", "tracked-changes", "table-of-content", "index-title":
                    break
                default: walk(child)
                }
            }
        }

        private mutating func paragraph(_ element: MarkupElement) {
            let style = element.attributes["style-name"] ?? ""
            let alignment = styles.alignment(of: style)
            let isTitle = styles.isTitle(style)
            var text = ""
            var emphasis = EmphasizedHead()
            inline(element, into: &text, emphasis: &emphasis, emphasized: false)
            // A list item's number, or a heading's chapter number, drawn by the application.
            var label = itemLabel
            itemLabel = nil
            if label == nil, element.name == "h", element.attributes["is-list-header"] != "true",
               let level = element.attributes["outline-level"].flatMap(Int.init), level >= 1 {
                label = numbering.label(list: StyleTable.outline, level: level - 1)
            }
            SourceParagraph.append(text, label: label, head: emphasis.head, alignment: alignment, isTitle: isTitle,
                                   to: &paragraphs)
        }

        private mutating func inline(_ element: MarkupElement, into text: inout String, emphasis: inout EmphasizedHead, emphasized: Bool) {
            for child in element.children {
                switch child {
                case .text(let value):
                    // ODF collapses runs of spaces in text (text:s carries the real ones).
                    emphasis.add(value, emphasized: emphasized)
                    text += value
                case .element(let node):
                    switch node.name {
                    case "s":
                        text += String(repeating: " ", count: Int(node.attributes["c"] ?? "1") ?? 1)
                    case "tab": text += "\t"
                    case "line-break": text += "\n"
                    case "page-number", "page-count":
                        removed.append(RemovedText(paragraph: paragraphs.count + 1, reason: "页码域", text: node.allText))
                    case "note":
                        // A speech has no footnotes; one that does keeps them listed, not lost.
                        let body = node.child("note-body")?.allText ?? node.allText
                        removed.append(RemovedText(paragraph: paragraphs.count + 1, reason: "脚注", text: body))
                    case "annotation", "annotation-end", "bookmark", "bookmark-start", "bookmark-end",
                         "soft-page-break", "change", "change-start", "change-end", "reference-mark", "toc-mark":
                        break
                    case "span":
                        inline(node, into: &text, emphasis: &emphasis,
                               emphasized: emphasized || styles.isEmphasis(node.attributes["style-name"] ?? ""))
                    default:
                        inline(node, into: &text, emphasis: &emphasis, emphasized: emphasized)
                    }
                }
            }
        }
    }
}

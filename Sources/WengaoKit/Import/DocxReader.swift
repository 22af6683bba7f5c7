/// Reads the body of a WordprocessingML package (.docx from Word, WPS, LibreOffice, pandoc)
/// into paragraphs: text of runs, tabs and soft breaks, with fields' codes and page numbers,
/// deleted text and drawings left out.
enum DocxReader {
    static func read(_ package: DocumentPackage) throws(ImportError) -> SourceDocument {
        let file = package.file
        let names = package.entryNames
        // A .docm, or a .docx renamed from one: its macros are not read, and the file is refused.
        if names.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) { throw .macros(file) }
        if let types = try package.part("[Content_Types].xml"),
           SourceCharacters.containsAny(String(decoding: types, as: UTF8.self), of: ["macroEnabled"]) {
            throw .macros(file)
        }
        let main = try mainPart(package)
        guard let document = try package.xml(main) else {
            throw names.isEmpty ? .encrypted(file) : .damaged(file, "缺少 \(main)")
        }
        let styles = try package.xml("word/styles.xml").map(StyleTable.init) ?? StyleTable()
        guard let body = document.child("body") else { throw .damaged(file, "\(main) 没有正文") }
        var reader = BodyWalk(styles: styles)
        if let numbering = try package.xml("word/numbering.xml") { reader.numbering = Self.numbering(numbering) }
        // Footnotes and endnotes are listed where they are referred to, never silently dropped.
        for (part, element) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
            guard let notes = try package.xml(part) else { continue }
            for note in notes.elements(element) {
                if let id = note.attributes["id"] { reader.notes[id] = SourceCharacters.trimmed(note.allText) }
            }
        }
        reader.walk(body)
        return SourceDocument(paragraphs: reader.paragraphs, removed: reader.removed)
    }

    /// The main document part named by the package's relationships (word/document.xml
    /// unless the package says otherwise).
    private static func mainPart(_ package: DocumentPackage) throws(ImportError) -> String {
        guard let relationships = try package.xml("_rels/.rels") else { return "word/document.xml" }
        for relationship in relationships.elements("Relationship")
        where relationship.attributes["Type"]?.hasSuffix("/officeDocument") == true {
            if var target = relationship.attributes["Target"] {
                if target.hasPrefix("/") { target.removeFirst() }
                return target
            }
        }
        return "word/document.xml"
    }

    /// The lists of numbering.xml: each `w:num` with its abstract definition's levels (and
    /// the start a `w:lvlOverride` gives).
    static func numbering(_ root: MarkupElement) -> ListNumbering {
        var abstracts: [String: [Int: ListNumbering.Level]] = [:]
        for abstract in root.elements("abstractNum") {
            guard let id = abstract.attributes["abstractNumId"] else { continue }
            var levels: [Int: ListNumbering.Level] = [:]
            for level in abstract.elements("lvl") {
                guard let index = level.attributes["ilvl"].flatMap(Int.init) else { continue }
                levels[index] = ListNumbering.Level(format: level.child("numFmt")?.attributes["val"] ?? "decimal",
                                                    text: level.child("lvlText")?.attributes["val"] ?? "",
                                                    start: level.child("start")?.attributes["val"].flatMap(Int.init) ?? 1)
            }
            abstracts[id] = levels
        }
        var numbering = ListNumbering()
        for num in root.elements("num") {
            guard let id = num.attributes["numId"], let abstract = num.child("abstractNumId")?.attributes["val"],
                  var levels = abstracts[abstract] else { continue }
            for override in num.elements("lvlOverride") {
                if let index = override.attributes["ilvl"].flatMap(Int.init),
                   let start = override.child("startOverride")?.attributes["val"].flatMap(Int.init) {
                    levels[index]?.start = start
                }
            }
            numbering.lists[id] = levels
        }
        return numbering
    }

    /// Paragraph styles: alignment and whether the style is a title, through `basedOn`.
    struct StyleTable {
        var alignment: [String: SourceParagraph.Alignment] = [:]
        var basedOn: [String: String] = [:]
        var titles: Set<String> = []
        var emphasis: Set<String> = []
        /// A style's own list (heading styles numbered 一、 by the style).
        var list: [String: (id: String, level: Int)] = [:]

        init() {}

        init(_ root: MarkupElement) {
            for style in root.elements("style") {
                guard let id = style.attributes["styleId"] else { continue }
                if let parent = style.child("basedOn")?.attributes["val"] { basedOn[id] = parent }
                if let jc = style.child("pPr")?.child("jc")?.attributes["val"] { alignment[id] = DocxReader.alignment(jc) }
                if let numbered = style.child("pPr")?.child("numPr"), let list = numbered.child("numId")?.attributes["val"] {
                    self.list[id] = (list, numbered.child("ilvl")?.attributes["val"].flatMap(Int.init) ?? 0)
                }
                let name = style.child("name")?.attributes["val"] ?? ""
                if ["title", "文稿标题", "标题"].contains(id.lowercased()) || ["title", "文稿标题", "标题"].contains(name.lowercased()) {
                    titles.insert(id)
                }
                if style.attributes["type"] == "character", let properties = style.child("rPr"), DocxReader.isBold(properties) {
                    emphasis.insert(id)
                }
            }
        }

        func alignment(of style: String) -> SourceParagraph.Alignment? { inherited(alignment, from: style) }

        func list(of style: String) -> (id: String, level: Int)? { inherited(list, from: style) }

        /// The value `table` gives the style or the nearest style it is based on; at most 20
        /// steps, so that a loop of `basedOn` in a damaged file ends.
        private func inherited<Value>(_ table: [String: Value], from style: String) -> Value? {
            var current: String? = style, steps = 0
            while let id = current, steps < 20 {
                if let value = table[id] { return value }
                current = basedOn[id]
                steps += 1
            }
            return nil
        }

        func isTitle(_ style: String) -> Bool {
            var current: String? = style, steps = 0
            while let id = current, steps < 20 {
                if titles.contains(id) { return true }
                current = basedOn[id]
                steps += 1
            }
            return false
        }
    }

    static func alignment(_ value: String) -> SourceParagraph.Alignment {
        switch value {
        case "center": .center
        case "right", "end": .end
        default: .start
        }
    }

    static func isBold(_ properties: MarkupElement) -> Bool {
        guard let bold = properties.child("b") else { return false }
        return !["0", "false", "off"].contains(bold.attributes["val"] ?? "1")
    }

    /// The walk through the body: paragraphs in reading order, inside tables too.
    struct BodyWalk {
        let styles: StyleTable
        var paragraphs: [SourceParagraph] = []
        var removed: [RemovedText] = []

        /// Numbers drawn from list definitions, counted as the paragraphs go by.
        var numbering = ListNumbering()

        /// Footnote and endnote texts by id (both parts share the numbering in practice;
        /// a clash only mislabels a listed note).
        var notes: [String: String] = [:]

        /// Inside a field: collecting its code, or its result (kept unless the field is a
        /// page number), until its end.
        private var fieldCode = ""
        private var inFieldCode = false
        private var hidesFieldResult = false

        init(styles: StyleTable) { self.styles = styles }

        mutating func walk(_ element: MarkupElement) {
            for case .element(let child) in element.children {
                switch child.name {
                case "p": paragraph(child)
                case "sectPr": break
                default: walk(child)
                }
            }
        }

        private mutating func paragraph(_ element: MarkupElement) {
            let properties = element.child("pPr")
            let style = properties?.child("pStyle")?.attributes["val"] ?? "Normal"
            var alignment = styles.alignment(of: style) ?? .start
            if let jc = properties?.child("jc")?.attributes["val"] { alignment = DocxReader.alignment(jc) }
            var text = ""
            var emphasis = EmphasizedHead()
            inline(element, into: &text, emphasis: &emphasis)
            let isTitle = styles.isTitle(style)
            // The paragraph's own w:numPr wins over its style's; numId 0 switches numbering off.
            let ownList = properties?.child("numPr").map { numbered in
                (numbered.child("numId")?.attributes["val"] ?? "0", numbered.child("ilvl")?.attributes["val"].flatMap(Int.init) ?? 0)
            }
            // Counted only for a paragraph with text, as Word numbers only those.
            var label: String?
            if let (list, level) = ownList ?? styles.list(of: style), list != "0", text.contains(where: { !$0.isWhitespace }) {
                label = numbering.label(list: list, level: level)
            }
            SourceParagraph.append(text, label: label, head: emphasis.head, alignment: alignment, isTitle: isTitle,
                                   to: &paragraphs)
        }

        private mutating func inline(_ element: MarkupElement, into text: inout String, emphasis: inout EmphasizedHead) {
            for child in element.children {
                guard case .element(let node) = child else { continue }
                switch node.name {
                case "r":
                    run(node, into: &text, emphasis: &emphasis)
                case "fldSimple":
                    let code = node.attributes["instr"] ?? ""
                    if Self.isPageField(code) {
                        removed.append(RemovedText(paragraph: paragraphs.count + 1, reason: "页码域", text: node.allText))
                    } else {
                        inline(node, into: &text, emphasis: &emphasis)
                    }
                case "del", "pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "commentRangeStart", "commentRangeEnd":
                    break
                default:
                    // Hyperlinks, insertions, smart tags, content controls: their runs are text.
                    inline(node, into: &text, emphasis: &emphasis)
                }
            }
        }

        private mutating func run(_ run: MarkupElement, into text: inout String, emphasis: inout EmphasizedHead) {
            var ownText = ""
            for case .element(let node) in run.children {
                switch node.name {
                case "fldChar":
                    switch node.attributes["fldCharType"] {
                    case "begin": inFieldCode = true; fieldCode = ""; hidesFieldResult = false
                    case "separate": inFieldCode = false; hidesFieldResult = Self.isPageField(fieldCode)
                    default: inFieldCode = false; hidesFieldResult = false
                    }
                case "instrText":
                    fieldCode += node.allText
                case "t":
                    guard !inFieldCode else { continue }
                    if hidesFieldResult {
                        removed.append(RemovedText(paragraph: paragraphs.count + 1, reason: "页码域", text: node.allText))
                    } else {
                        ownText += node.allText
                    }
                case "tab", "ptab":
                    if !inFieldCode, !hidesFieldResult { ownText += "\t" }
                case "br", "cr":
                    // A page or column break is layout, not a paragraph of the text.
                    if node.attributes["type"] == nil || node.attributes["type"] == "textWrapping" { ownText += "\n" }
                case "footnoteReference", "endnoteReference":
                    let text = node.attributes["id"].flatMap { notes[$0] } ?? ""
                    removed.append(RemovedText(paragraph: paragraphs.count + 1, reason: "脚注", text: text))
                case "noBreakHyphen":
                    ownText += "-"
                case "sym":
                    break
                default:
                    break
                }
            }
            guard !ownText.isEmpty else { return }
            let properties = run.child("rPr")
            let bold = properties.map(DocxReader.isBold) ?? false
            let characterStyle = properties?.child("rStyle")?.attributes["val"]
            emphasis.add(ownText, emphasized: bold || characterStyle.map { styles.emphasis.contains($0) || $0.hasPrefix("lead") } ?? false)
            text += ownText
        }

        static func isPageField(_ code: String) -> Bool {
            let word = code.split(separator: " ").first.map { $0.uppercased() } ?? ""
            return ["PAGE", "NUMPAGES", "SECTIONPAGES"].contains(word)
        }
    }
}

import FoundationEssentials

extension OdtWriter {
    /// `styles.xml`: fonts, the named styles, the page layout with its line grid, and the
    /// master page whose footers carry the page numbers.
    static func styles(_ sheet: StyleSheet, language: String) throws -> Data {
        let xml = XMLWriter()
        xml.element("office:document-styles", namespaces + [("office:version", version)]) {
            fontFaces(xml, sheet: sheet)
            xml.element("office:styles") {
                let body = sheet.paragraphStyles["body"] ?? ParagraphStyle(displayName: "正文", font: "仿宋_GB2312", size: 16)
                xml.element("style:default-style", [("style:family", "paragraph")]) {
                    xml.element("style:paragraph-properties", [
                        // No hanging punctuation: LibreOffice draws a mark it hangs past the
                        // right edge nowhere on the page, so a line-end ，、。 would be lost.
                        // 避头尾 carries the character before it down instead (design-notes.md).
                        ("style:punctuation-wrap", "simple"),
                        // 避头尾: no line starts with ，。）and none ends with （.
                        ("style:line-break", "strict"),
                        // No widow/orphan control, said outright as in DOCX: GB/T 9704 fills
                        // every page with its 22 lines.
                        ("fo:orphans", "0"), ("fo:widows", "0"),
                        ("style:writing-mode", "lr-tb"),
                    ])
                    textProperties(xml, sheet: sheet, font: body.font, bold: nil, size: body.size, language: language)
                }
                for name in DocxWriter.orderedParagraphStyles(sheet) {
                    guard let style = sheet.paragraphStyles[name] else { continue }
                    paragraphStyle(xml, name: name, style: style, sheet: sheet, language: language)
                }
                for name in sheet.characterStyles.keys.sorted() {
                    guard let style = sheet.characterStyles[name] else { continue }
                    xml.element("style:style", [("style:name", name), ("style:display-name", style.displayName), ("style:family", "text")]) {
                        var attributes: [(String, String)] = []
                        if let font = style.font { attributes.append(("style:font-name-asian", font)) }
                        if let bold = style.bold {
                            let weight = bold ? "bold" : "normal"
                            attributes += [("fo:font-weight", weight), ("style:font-weight-asian", weight)]
                        }
                        xml.element("style:text-properties", attributes)
                    }
                }
            }
            xml.element("office:automatic-styles") {
                pageLayout(xml, sheet: sheet)
                for (name, side) in [("page-number-odd", PageSide.odd), ("page-number-even", PageSide.even)] {
                    pageNumberStyle(xml, name: name, side: side, sheet: sheet)
                }
            }
            xml.element("office:master-styles") {
                xml.element("style:master-page", [("style:name", "Standard"), ("style:page-layout-name", "gbt9704")]) {
                    xml.element("style:footer") { pageNumber(xml, style: "page-number-odd") }
                    xml.element("style:footer-left") { pageNumber(xml, style: "page-number-even") }
                }
            }
        }
        return try xml.finish()
    }

    typealias PageSide = DocxWriter.PageSide

    static func paragraphStyle(_ xml: XMLWriter, name: String, style: ParagraphStyle, sheet: StyleSheet, language: String) {
        var attributes = [("style:name", name), ("style:display-name", style.displayName), ("style:family", "paragraph")]
        if name != "body" { attributes.append(("style:parent-style-name", "body")) }
        if name.hasPrefix("heading-"), let level = Int(name.dropFirst("heading-".count)) {
            attributes.append(("style:default-outline-level", String(level)))
        }
        xml.element("style:style", attributes) {
            let pitch = sheet.characterPitch
            var paragraph: [(String, String)] = [
                ("fo:text-align", foAlignment(style.alignment)),
                ("fo:margin-left", XMLNumber.points(style.leftIndent * pitch)),
                ("fo:margin-right", XMLNumber.points(style.rightIndent * pitch)),
                ("fo:margin-top", XMLNumber.points(style.spaceBefore * sheet.linePitch)),
                ("fo:margin-bottom", XMLNumber.points(style.spaceAfter * sheet.linePitch)),
                ("fo:text-indent", XMLNumber.points(style.firstLineIndent * pitch)),
                ("fo:line-height", XMLNumber.points(sheet.lineHeight(role: name))),
            ]
            if style.alignment == .justify { paragraph.append(("fo:text-align-last", "start")) }
            if style.keepWithNext { paragraph.append(("fo:keep-with-next", "always")) }
            paragraph.append(("style:snap-to-layout-grid", sheet.snapsToGrid(role: name) ? "true" : "false"))
            xml.element("style:paragraph-properties", paragraph)
            textProperties(xml, sheet: sheet, font: style.font, bold: style.bold, size: style.size, language: language)
        }
    }

    static func foAlignment(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: "start"
        case .center: "center"
        case .right: "end"
        case .justify: "justify"
        }
    }

    static func textProperties(_ xml: XMLWriter, sheet: StyleSheet, font: String, bold: Bool?, size: Double, language: String) {
        let parts = language.split(separator: "-")
        let weight = bold.map { $0 ? "bold" : "normal" }
        var attributes: [(String, String)] = [
            ("style:font-name", sheet.latinFont),
            ("fo:font-size", XMLNumber.points(size)),
            ("fo:letter-spacing", XMLNumber.points(sheet.letterSpacing(forSize: size))),
            ("fo:color", "#000000"),
            ("fo:language", "en"), ("fo:country", "US"),
        ]
        if let weight { attributes.append(("fo:font-weight", weight)) }
        attributes += [
            ("style:font-name-asian", font),
            ("style:font-size-asian", XMLNumber.points(size)),
            ("style:language-asian", String(parts.first ?? "zh")),
            ("style:country-asian", String(parts.dropFirst().first ?? "CN")),
        ]
        if let weight { attributes.append(("style:font-weight-asian", weight)) }
        attributes.append(("style:font-size-complex", XMLNumber.points(size)))
        xml.element("style:text-properties", attributes)
    }

    /// A4, the GB/T 9704 margins, and a line grid of `grid.lines` lines.
    ///
    /// ODF puts the footer inside the bottom margin: the page margin shrinks by the footer's
    /// height and its gap, so the body still ends `margin-bottom` above the page edge.
    static func pageLayout(_ xml: XMLWriter, sheet: StyleSheet) {
        let page = sheet.page
        let numberSize = sheet.paragraphStyles["page-number"]?.size ?? 14
        xml.element("style:page-layout", [("style:name", "gbt9704")]) {
            xml.element("style:page-layout-properties", [
                ("fo:page-width", XMLNumber.millimetres(page.width)),
                ("fo:page-height", XMLNumber.millimetres(page.height)),
                ("style:print-orientation", "portrait"),
                ("fo:margin-top", XMLNumber.millimetres(page.marginTop)),
                ("fo:margin-bottom", XMLNumber.millimetres(page.marginBottom - page.pageNumberGap - numberSize)),
                ("fo:margin-left", XMLNumber.millimetres(page.marginLeft)),
                ("fo:margin-right", XMLNumber.millimetres(page.marginRight)),
                ("style:writing-mode", "lr-tb"),
                ("style:layout-grid-mode", "line"),
                // The grid as Word lays it out (LibreOffice's own DOCX import sets the same):
                // without it LibreOffice centres each font in the grid line, and Latin digits
                // sit 1.5 pt above the Chinese baseline.
                ("style:layout-grid-standard-mode", "true"),
                ("style:layout-grid-lines", String(sheet.grid.lines)),
                ("style:layout-grid-base-height", XMLNumber.points(sheet.linePitch)),
                ("style:layout-grid-ruby-height", "0pt"),
                ("style:layout-grid-ruby-below", "false"),
                ("style:layout-grid-print", "false"),
                ("style:layout-grid-display", "false"),
                ("style:layout-grid-color", "#c0c0c0"),
            ])
            xml.element("style:footer-style") {
                xml.element("style:header-footer-properties", [
                    ("fo:min-height", XMLNumber.points(numberSize)),
                    ("fo:margin-top", XMLNumber.millimetres(page.pageNumberGap)),
                    ("style:dynamic-spacing", "false"),
                ])
            }
        }
    }

    /// Odd pages: the number at the right, one character in; even pages: at the left.
    static func pageNumberStyle(_ xml: XMLWriter, name: String, side: PageSide, sheet: StyleSheet) {
        let inset = (sheet.paragraphStyles["page-number"]?.rightIndent ?? 1) * sheet.characterPitch
        xml.element("style:style", [("style:name", name), ("style:family", "paragraph"), ("style:parent-style-name", "page-number")]) {
            xml.element("style:paragraph-properties", [
                ("fo:text-align", side == .odd ? "end" : "start"),
                ("fo:margin-left", XMLNumber.points(side == .odd ? 0 : inset)),
                ("fo:margin-right", XMLNumber.points(side == .odd ? inset : 0)),
            ])
        }
    }

    static func pageNumber(_ xml: XMLWriter, style: String) {
        xml.element("text:p", [("text:style-name", style)]) {
            xml.text("— ")
            xml.element("text:page-number", [("text:select-page", "current")], text: "1")
            xml.text(" —")
        }
    }
}

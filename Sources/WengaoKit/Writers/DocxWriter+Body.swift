import FoundationEssentials

extension DocxWriter {
    static func mainDocument(_ document: Document, styleSheet: StyleSheet) throws -> Data {
        let xml = XMLWriter()
        xml.element("w:document", [("xmlns:w", wordNamespace), ("xmlns:r", relationshipNamespace)]) {
            xml.element("w:body") {
                for paragraph in document.paragraphs {
                    writeParagraph(paragraph, styleSheet: styleSheet, to: xml)
                }
                sectionProperties(styleSheet, to: xml)
            }
        }
        return try xml.finish()
    }

    static func writeParagraph(_ paragraph: Paragraph, styleSheet: StyleSheet, to xml: XMLWriter) {
        xml.element("w:p") {
            xml.element("w:pPr") {
                xml.element("w:pStyle", [("w:val", styleID(paragraph.style))])
                if paragraph.isAdjusted, let style = styleSheet.paragraphStyles[paragraph.style] {
                    adjustments(of: paragraph, over: style, styleSheet: styleSheet, to: xml)
                }
            }
            for inline in paragraph.inlines {
                xml.element("w:r") {
                    switch inline {
                    case let .text(text, style):
                        if let style {
                            xml.element("w:rPr") {
                                xml.element("w:rStyle", [("w:val", styleID(style))])
                            }
                        }
                        xml.element("w:t", [("xml:space", "preserve")], text: runText(text))
                    case .lineBreak:
                        xml.element("w:br")
                    }
                }
            }
        }
    }

    /// A run's text as `w:t` holds it: a tab becomes a space. A tab in a 公文 line means
    /// nothing on the 28-character grid, and Word and LibreOffice stop it at different
    /// default tab stops (measured: 16.8 pt apart), so DOCX and ODT would break lines apart.
    static func runText(_ text: String) -> String {
        // Over the contiguous bytes: `contains` through `String.UTF8View`'s iterator cost
        // 3,300 instructions a paragraph.
        let hasTab = text.utf8.withContiguousStorageIfAvailable { $0.contains(0x09) } ?? text.utf8.contains(0x09)
        guard hasTab else { return text }
        var result = ""
        for scalar in text.unicodeScalars { result.unicodeScalars.append(scalar == "\t" ? " " : scalar) }
        return result
    }

    /// What the paragraph sets over its style. The elements are written whole, the style's
    /// other values repeated, so that no reader has to merge attributes of one element
    /// from two levels.
    static func adjustments(of paragraph: Paragraph, over style: ParagraphStyle, styleSheet sheet: StyleSheet, to xml: XMLWriter) {
        if let keep = paragraph.keepWithNext, keep != style.keepWithNext {
            xml.element("w:keepNext", keep ? [] : [("w:val", "0")])
        }
        if let spaceBefore = paragraph.spaceBefore {
            xml.element("w:spacing", spacing(style, role: paragraph.style, spaceBefore: spaceBefore, sheet: sheet))
        }
        if let rightIndent = paragraph.rightIndent {
            xml.element("w:ind", indentation(style, rightIndent: rightIndent, pitch: sheet.characterPitch))
        }
    }

    /// A style's `w:spacing` attributes, with its space before (in lines) replaced when given.
    static func spacing(_ style: ParagraphStyle, role: String, spaceBefore: Double? = nil, sheet: StyleSheet) -> [(String, String)] {
        var spacing: [(String, String)] = []
        let before = spaceBefore ?? style.spaceBefore
        if before > 0 { spacing.append(("w:before", XMLNumber.twips(before * sheet.linePitch))) }
        if style.spaceAfter > 0 { spacing.append(("w:after", XMLNumber.twips(style.spaceAfter * sheet.linePitch))) }
        spacing += [("w:line", XMLNumber.twips(sheet.lineHeight(role: role))), ("w:lineRule", "exact")]
        return spacing
    }

    /// A style's `w:ind` attributes, with its right indent (in characters) replaced when given.
    static func indentation(_ style: ParagraphStyle, rightIndent: Double? = nil, pitch: Double) -> [(String, String)] {
        [
            ("w:left", XMLNumber.twips(style.leftIndent * pitch)),
            ("w:right", XMLNumber.twips((rightIndent ?? style.rightIndent) * pitch)),
            style.firstLineIndent >= 0
                ? ("w:firstLine", XMLNumber.twips(style.firstLineIndent * pitch))
                : ("w:hanging", XMLNumber.twips(-style.firstLineIndent * pitch)),
        ]
    }

    /// Style ids are the style sheet's role names; `body` is Word's `Normal`, so that
    /// new paragraphs a user types in Word come out as body text.
    static func styleID(_ role: String) -> String {
        role == "body" ? "Normal" : role
    }

    /// Page size, margins, footers and the line grid (GB/T 9704 §5.2).
    static func sectionProperties(_ sheet: StyleSheet, to xml: XMLWriter) {
        let page = sheet.page
        xml.element("w:sectPr") {
            xml.element("w:footerReference", [("w:type", "default"), ("r:id", "rId4")])
            xml.element("w:footerReference", [("w:type", "even"), ("r:id", "rId5")])
            xml.element("w:pgSz", [("w:w", XMLNumber.twips(page.width)), ("w:h", XMLNumber.twips(page.height))])
            xml.element("w:pgMar", [
                ("w:top", XMLNumber.twips(page.marginTop)),
                ("w:right", XMLNumber.twips(page.marginRight)),
                ("w:bottom", XMLNumber.twips(page.marginBottom)),
                ("w:left", XMLNumber.twips(page.marginLeft)),
                ("w:header", XMLNumber.twips(Length.millimetres(15))),
                ("w:footer", XMLNumber.twips(footerDistance(sheet))),
                ("w:gutter", "0"),
            ])
            xml.element("w:cols", [("w:space", "425")])
            // A line grid only: Word's usual linesAndChars grid renders at 14 characters a
            // line in LibreOffice (a glyph wider than a cell takes two cells). The 28
            // characters come from the letter spacing on grid-sized styles instead.
            xml.element("w:docGrid", [("w:type", "lines"), ("w:linePitch", XMLNumber.twips(sheet.linePitch))])
        }
    }

    /// From the bottom edge of the page to the bottom of the page-number line: the number's
    /// top sits `pageNumberGap` below the text block.
    static func footerDistance(_ sheet: StyleSheet) -> Double {
        let size = sheet.paragraphStyles["page-number"]?.size ?? 14
        return sheet.page.marginBottom - sheet.page.pageNumberGap - size
    }

    /// A footer with the page number between em dashes — 1 —, at the outer side.
    static func footer(_ sheet: StyleSheet, page side: PageSide) throws -> Data {
        let xml = XMLWriter()
        let inset = (sheet.paragraphStyles["page-number"]?.rightIndent ?? 1) * sheet.characterPitch
        xml.element("w:ftr", [("xmlns:w", wordNamespace), ("xmlns:r", relationshipNamespace)]) {
            xml.element("w:p") {
                xml.element("w:pPr") {
                    xml.element("w:pStyle", [("w:val", "page-number")])
                    if side == .even {
                        xml.element("w:ind", [("w:left", XMLNumber.twips(inset)), ("w:right", "0")])
                        xml.element("w:jc", [("w:val", "left")])
                    }
                }
                run(xml, text: "— ")
                xml.element("w:r") { xml.element("w:fldChar", [("w:fldCharType", "begin")]) }
                xml.element("w:r") { xml.element("w:instrText", [("xml:space", "preserve")], text: " PAGE ") }
                xml.element("w:r") { xml.element("w:fldChar", [("w:fldCharType", "separate")]) }
                run(xml, text: "1")
                xml.element("w:r") { xml.element("w:fldChar", [("w:fldCharType", "end")]) }
                run(xml, text: " —")
            }
        }
        return try xml.finish()
    }

    private static func run(_ xml: XMLWriter, text: String) {
        xml.element("w:r") {
            xml.element("w:t", [("xml:space", "preserve")], text: text)
        }
    }
}

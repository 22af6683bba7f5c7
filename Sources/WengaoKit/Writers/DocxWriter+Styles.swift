import FoundationEssentials

extension DocxWriter {
    /// `w:styles`: defaults, then one named style per role, in a stable order.
    static func styles(_ sheet: StyleSheet, language: String) throws -> Data {
        let xml = XMLWriter()
        let body = sheet.paragraphStyles["body"] ?? ParagraphStyle(displayName: "正文", font: "仿宋_GB2312", size: 16)
        xml.element("w:styles", [("xmlns:w", wordNamespace)]) {
            xml.element("w:docDefaults") {
                xml.element("w:rPrDefault") {
                    xml.element("w:rPr") {
                        runProperties(xml, sheet: sheet, font: body.font, bold: nil, size: body.size, language: language)
                    }
                }
                xml.element("w:pPrDefault") {
                    xml.element("w:pPr") {
                        // No widow/orphan control: GB/T 9704 fills every page with its 22
                        // lines, and Word's and LibreOffice's defaults differ (Word: on).
                        xml.element("w:widowControl", [("w:val", "0")])
                        overflowPunctuation(xml)
                        xml.element("w:spacing", [("w:line", XMLNumber.twips(sheet.linePitch)), ("w:lineRule", "exact")])
                    }
                }
            }
            for name in orderedParagraphStyles(sheet) {
                guard let style = sheet.paragraphStyles[name] else { continue }
                paragraphStyle(xml, role: name, style: style, sheet: sheet, language: language)
            }
            for name in sheet.characterStyles.keys.sorted() {
                guard let style = sheet.characterStyles[name] else { continue }
                xml.element("w:style", [("w:type", "character"), ("w:styleId", name)]) {
                    xml.element("w:name", [("w:val", style.displayName)])
                    xml.element("w:qFormat")
                    xml.element("w:rPr") {
                        if let font = style.font { fonts(xml, sheet: sheet, eastAsia: font) }
                        if let bold = style.bold {
                            xml.element("w:b", [("w:val", bold ? "1" : "0")])
                            xml.element("w:bCs", [("w:val", bold ? "1" : "0")])
                        }
                    }
                }
            }
        }
        return try xml.finish()
    }

    /// `body` first (it is Word's default paragraph style), then the rest by name.
    static func orderedParagraphStyles(_ sheet: StyleSheet) -> [String] {
        let names = sheet.paragraphStyles.keys.sorted()
        return names.contains("body") ? ["body"] + names.filter { $0 != "body" } : names
    }

    static func paragraphStyle(_ xml: XMLWriter, role: String, style: ParagraphStyle, sheet: StyleSheet, language: String) {
        let id = styleID(role), isDefault = role == "body"
        var attributes = [("w:type", "paragraph")]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        xml.element("w:style", attributes) {
            // Word shows its built-in Normal by its own localised name; other roles by ours.
            xml.element("w:name", [("w:val", isDefault ? "Normal" : style.displayName)])
            if isDefault {
                xml.element("w:aliases", [("w:val", style.displayName)])
            } else {
                xml.element("w:basedOn", [("w:val", "Normal")])
                xml.element("w:next", [("w:val", "Normal")])
            }
            xml.element("w:qFormat")
            xml.element("w:pPr") {
                if style.keepWithNext { xml.element("w:keepNext") }
                overflowPunctuation(xml)
                if !sheet.snapsToGrid(role: role) { xml.element("w:snapToGrid", [("w:val", "0")]) }
                xml.element("w:spacing", spacing(style, role: role, sheet: sheet))
                xml.element("w:ind", indentation(style, pitch: sheet.characterPitch))
                xml.element("w:jc", [("w:val", jc(style.alignment))])
                if let level = outlineLevel(id) { xml.element("w:outlineLvl", [("w:val", String(level))]) }
            }
            xml.element("w:rPr") {
                runProperties(xml, sheet: sheet, font: style.font, bold: style.bold, size: style.size, language: language)
            }
        }
    }

    /// No hanging punctuation in LibreOffice, which loses a mark it hangs at a line end.
    /// LibreOffice reads `w:overflowPunct` the opposite way from ECMA-376: `1` turns its
    /// hanging off (Word, following the standard, hangs, but draws the mark). Written in the
    /// defaults and in every style, so that no reader's way of resolving inheritance can
    /// leave a paragraph without it; it comes
    /// after `w:keepNext`/`w:widowControl` and before `w:snapToGrid`/`w:spacing` in
    /// CT_PPrBase's order. Docs/design-notes.md, "No hanging punctuation".
    static func overflowPunctuation(_ xml: XMLWriter) {
        xml.element("w:overflowPunct", [("w:val", "1")])
    }

    /// Headings appear in Word's navigation pane.
    static func outlineLevel(_ id: String) -> Int? {
        guard id.hasPrefix("heading-"), let level = Int(id.dropFirst("heading-".count)), (1...9).contains(level) else { return nil }
        return level - 1
    }

    static func jc(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        case .justify: "both"
        }
    }

    /// Fonts, weight, tracking, size and language, in `w:rPr`'s schema order.
    static func runProperties(_ xml: XMLWriter, sheet: StyleSheet, font: String, bold: Bool?, size: Double, language: String) {
        fonts(xml, sheet: sheet, eastAsia: font)
        if let bold {
            xml.element("w:b", [("w:val", bold ? "1" : "0")])
            xml.element("w:bCs", [("w:val", bold ? "1" : "0")])
        }
        xml.element("w:color", [("w:val", "000000")])
        let spacing = sheet.letterSpacing(forSize: size)
        xml.element("w:spacing", [("w:val", XMLNumber.twips(spacing))])
        xml.element("w:kern", [("w:val", "0")])
        xml.element("w:sz", [("w:val", XMLNumber.halfPoints(size))])
        xml.element("w:szCs", [("w:val", XMLNumber.halfPoints(size))])
        xml.element("w:lang", [("w:val", "en-US"), ("w:eastAsia", language), ("w:bidi", "ar-SA")])
    }

    /// The East Asian font for Chinese text; `w:hint` makes Word set the characters both
    /// scripts share (“ ” ‘ ’ … —) in it too, so punctuation matches the text around it.
    static func fonts(_ xml: XMLWriter, sheet: StyleSheet, eastAsia: String) {
        xml.element("w:rFonts", [
            ("w:ascii", sheet.latinFont), ("w:hAnsi", sheet.latinFont),
            ("w:eastAsia", eastAsia), ("w:cs", sheet.latinFont), ("w:hint", "eastAsia"),
        ])
    }

    static func settings(language: String) throws -> Data {
        let xml = XMLWriter()
        xml.element("w:settings", [("xmlns:w", wordNamespace)]) {
            xml.element("w:defaultTabStop", [("w:val", "420")])
            // Odd pages carry the number at the right, even pages at the left.
            xml.element("w:evenAndOddHeaders")
            // Full-width punctuation keeps its full width: compressing it would break the grid.
            xml.element("w:characterSpacingControl", [("w:val", "doNotCompress")])
            xml.element("w:compat") {
                xml.element("w:compatSetting", [
                    ("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15"),
                ])
            }
            xml.element("w:themeFontLang", [("w:val", "en-US"), ("w:eastAsia", language)])
        }
        return try xml.finish()
    }

    /// Every font the styles name, each with its first fallback as `w:altName` (Word and
    /// LibreOffice substitute it when the font is missing).
    static func fontTable(_ sheet: StyleSheet) throws -> Data {
        var names = Set(sheet.paragraphStyles.values.map(\.font))
        names.formUnion(sheet.characterStyles.values.compactMap(\.font))
        names.insert(sheet.latinFont)
        let xml = XMLWriter()
        xml.element("w:fonts", [("xmlns:w", wordNamespace)]) {
            for name in names.sorted() {
                xml.element("w:font", [("w:name", name)]) {
                    if let fallback = sheet.fontFallbacks[name]?.first {
                        xml.element("w:altName", [("w:val", fallback)])
                    }
                    let isChinese = name.unicodeScalars.contains { $0.value > 0x2E80 }
                    xml.element("w:charset", [("w:val", isChinese ? "86" : "00")])
                    xml.element("w:family", [("w:val", name == "黑体" ? "modern" : "roman")])
                    xml.element("w:pitch", [("w:val", isChinese ? "fixed" : "variable")])
                }
            }
        }
        return try xml.finish()
    }
}

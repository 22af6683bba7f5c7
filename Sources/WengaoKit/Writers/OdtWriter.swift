import FoundationEssentials

/// Writes OpenDocument Text 1.3 packages.
///
/// Standard markup only (no `loext:`), so every part validates against the OASIS schema.
/// Named styles live in `styles.xml`, where users restyle them; `content.xml` only refers
/// to them.
enum OdtWriter: DocumentWriter {
    static let format = OutputFormat.odt
    static let mediaType = "application/vnd.oasis.opendocument.text"
    static let version = "1.3"

    static let namespaces: [(String, String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
    ]

    static func parts(for document: Document, styleSheet: StyleSheet, fixed: FixedPart) throws -> [PackagePart] {
        // The media type's bytes go in by pointer: `Data(some Sequence)` casts its argument
        // at run time, and the cast scans the conformance records on first use.
        return [
            PackagePart(path: "mimetype", data: Data(bytes: mediaType, count: mediaType.utf8.count), stored: true),
            PackagePart(path: "content.xml", data: try content(document, styleSheet: styleSheet)),
            PackagePart(path: "styles.xml",
                        data: try fixed("styles.xml") { try styles(styleSheet, language: document.properties.language) }),
            PackagePart(path: "meta.xml", data: try meta(document.properties)),
            PackagePart(path: "settings.xml", data: try fixed("settings.xml") { try settings() }),
            PackagePart(path: "META-INF/manifest.xml", data: try fixed("META-INF/manifest.xml") { try manifest() }),
        ]
    }

    static func content(_ document: Document, styleSheet: StyleSheet) throws -> Data {
        let xml = XMLWriter()
        xml.element("office:document-content", namespaces + [("office:version", version)]) {
            fontFaces(xml, sheet: styleSheet)
            let adjusted = automaticStyles(document.paragraphs, styleSheet: styleSheet, to: xml)
            xml.element("office:body") {
                xml.element("office:text") {
                    for (index, paragraph) in document.paragraphs.enumerated() {
                        xml.element("text:p", [("text:style-name", adjusted[index] ?? paragraph.style)]) {
                            for inline in paragraph.inlines {
                                switch inline {
                                case let .text(text, style?):
                                    xml.element("text:span", [("text:style-name", style)]) { writeText(text, to: xml) }
                                case let .text(text, nil):
                                    writeText(text, to: xml)
                                case .lineBreak:
                                    xml.element("text:line-break")
                                }
                            }
                        }
                    }
                }
            }
        }
        return try xml.finish()
    }

    /// An automatic style (P1, P2 …) for each paragraph that sets something over its style,
    /// derived from that style, and the name each such paragraph is written with.
    static func automaticStyles(_ paragraphs: [Paragraph], styleSheet: StyleSheet, to xml: XMLWriter) -> [Int: String] {
        let adjusted = paragraphs.indices.filter { paragraphs[$0].isAdjusted }
        guard !adjusted.isEmpty else { return [:] }
        var names: [Int: String] = [:]
        xml.element("office:automatic-styles") {
            for (number, index) in adjusted.enumerated() {
                let paragraph = paragraphs[index]
                let name = "P\(number + 1)"
                names[index] = name
                xml.element("style:style", [("style:name", name), ("style:family", "paragraph"),
                                            ("style:parent-style-name", paragraph.style)]) {
                    var properties: [(String, String)] = []
                    if let rightIndent = paragraph.rightIndent {
                        properties.append(("fo:margin-right", XMLNumber.points(rightIndent * styleSheet.characterPitch)))
                    }
                    if let spaceBefore = paragraph.spaceBefore {
                        properties.append(("fo:margin-top", XMLNumber.points(spaceBefore * styleSheet.linePitch)))
                    }
                    if let keep = paragraph.keepWithNext {
                        properties.append(("fo:keep-with-next", keep ? "always" : "auto"))
                    }
                    xml.element("style:paragraph-properties", properties)
                }
            }
        }
        return names
    }

    /// ODF collapses runs of spaces in `text:p`; each space after the first is written as
    /// `text:s` so Latin text keeps the spacing the user typed.
    static func writeText(_ text: String, to xml: XMLWriter) {
        // Most text has neither a tab nor two spaces in a row, and is written as it is;
        // only the rest needs the walk below, character by character.
        func isPlain(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
                previous = byte
            }
            return true
        }
        if text.utf8.withContiguousStorageIfAvailable(isPlain) ?? isPlain(text.utf8) {
            if !text.isEmpty { xml.text(text) }
            return
        }
        var pending = ""
        var extraSpaces = 0
        func flush() {
            if !pending.isEmpty { xml.text(pending); pending = "" }
            if extraSpaces > 0 {
                xml.element("text:s", extraSpaces > 1 ? [("text:c", String(extraSpaces))] : [])
                extraSpaces = 0
            }
        }
        for character in text {
            switch character {
            case " " where pending.last == " " || extraSpaces > 0:
                extraSpaces += 1
            case "\t" where pending.last == " " || extraSpaces > 0:
                extraSpaces += 1
            case "\t":
                // A tab prints as a space, as in the DOCX (see `DocxWriter.runText`).
                pending.append(" ")
            default:
                if extraSpaces > 0 { flush() }
                pending.append(character)
            }
        }
        flush()
    }

    static func fontFaces(_ xml: XMLWriter, sheet: StyleSheet) {
        var names = Set(sheet.paragraphStyles.values.map(\.font))
        names.formUnion(sheet.characterStyles.values.compactMap(\.font))
        names.insert(sheet.latinFont)
        xml.element("office:font-face-decls") {
            for name in names.sorted() {
                // One name, never a semicolon-separated list: LibreOffice matches only the
                // first name of a list through fontconfig (tdf#108243) and writes the list
                // back as the name when it saves. Which face prints a role is the font
                // profile's choice (`--fonts`).
                xml.element("style:font-face", [
                    ("style:name", name),
                    ("svg:font-family", name),
                    ("style:font-family-generic", name == "黑体" ? "swiss" : "roman"),
                    ("style:font-pitch", "variable"),
                ])
            }
        }
    }

    static func meta(_ properties: DocumentProperties) throws -> Data {
        let xml = XMLWriter()
        xml.element("office:document-meta", namespaces + [("office:version", version)]) {
            xml.element("office:meta") {
                xml.element("meta:generator", text: "Wengao")
                xml.element("dc:title", text: properties.title)
                if let author = properties.author {
                    xml.element("meta:initial-creator", text: author)
                    xml.element("dc:creator", text: author)
                }
                if let date = properties.date {
                    xml.element("meta:creation-date", text: "\(date.iso)T00:00:00")
                    xml.element("dc:date", text: "\(date.iso)T00:00:00")
                }
                xml.element("dc:language", text: properties.language)
            }
        }
        return try xml.finish()
    }

    static func settings() throws -> Data {
        let xml = XMLWriter()
        xml.element("office:document-settings", namespaces + [("office:version", version)]) {
            xml.element("office:settings") {
                xml.element("config:config-item-set", [("config:name", "ooo:configuration-settings")]) {
                    xml.element("config:config-item", [("config:name", "PrinterIndependentLayout"), ("config:type", "string")],
                                text: "high-resolution")
                }
            }
        }
        return try xml.finish()
    }

    static func manifest() throws -> Data {
        let xml = XMLWriter()
        xml.element("manifest:manifest", [
            ("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
            ("manifest:version", version),
        ]) {
            xml.element("manifest:file-entry", [
                ("manifest:full-path", "/"), ("manifest:version", version), ("manifest:media-type", mediaType),
            ])
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                xml.element("manifest:file-entry", [("manifest:full-path", part), ("manifest:media-type", "text/xml")])
            }
        }
        return try xml.finish()
    }
}

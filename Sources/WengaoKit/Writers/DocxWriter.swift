import FoundationEssentials

/// Writes WordprocessingML (ECMA-376 Transitional) packages.
///
/// Only standard markup: no `w14:`, `mc:` or other vendor namespaces, so every part
/// validates against the ECMA-376 schemas. Element order inside `w:pPr`, `w:rPr` and
/// `w:sectPr` follows the schema's sequences, which Word tolerates breaking but validators
/// do not.
enum DocxWriter: DocumentWriter {
    static let format = OutputFormat.docx

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func parts(for document: Document, styleSheet: StyleSheet, fixed: FixedPart) throws -> [PackagePart] {
        let language = document.properties.language
        return [
            PackagePart(path: "[Content_Types].xml", data: try fixed("[Content_Types].xml") { try contentTypes() }),
            PackagePart(path: "_rels/.rels", data: try fixed("_rels/.rels") { try packageRelationships() }),
            PackagePart(path: "docProps/core.xml", data: try coreProperties(document.properties)),
            PackagePart(path: "docProps/app.xml", data: try fixed("docProps/app.xml") { try appProperties() }),
            PackagePart(path: "word/document.xml", data: try mainDocument(document, styleSheet: styleSheet)),
            PackagePart(path: "word/styles.xml", data: try fixed("word/styles.xml") { try styles(styleSheet, language: language) }),
            PackagePart(path: "word/settings.xml", data: try fixed("word/settings.xml") { try settings(language: language) }),
            PackagePart(path: "word/fontTable.xml", data: try fixed("word/fontTable.xml") { try fontTable(styleSheet) }),
            PackagePart(path: "word/footer1.xml", data: try fixed("word/footer1.xml") { try footer(styleSheet, page: .odd) }),
            PackagePart(path: "word/footer2.xml", data: try fixed("word/footer2.xml") { try footer(styleSheet, page: .even) }),
            PackagePart(path: "word/_rels/document.xml.rels",
                        data: try fixed("word/_rels/document.xml.rels") { try documentRelationships() }),
        ]
    }

    /// GB/T 9704 puts odd page numbers at the right and even ones at the left.
    enum PageSide {
        case odd, even
    }

    // MARK: - Package plumbing

    static func contentTypes() throws -> Data {
        let xml = XMLWriter()
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        xml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
            xml.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            let overrides: [(String, String)] = [
                ("/word/document.xml", "\(main).document.main+xml"),
                ("/word/styles.xml", "\(main).styles+xml"),
                ("/word/settings.xml", "\(main).settings+xml"),
                ("/word/fontTable.xml", "\(main).fontTable+xml"),
                ("/word/footer1.xml", "\(main).footer+xml"),
                ("/word/footer2.xml", "\(main).footer+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
            for (part, type) in overrides {
                xml.element("Override", [("PartName", part), ("ContentType", type)])
            }
        }
        return try xml.finish()
    }

    static func relationships(_ entries: [(id: String, type: String, target: String)]) throws -> Data {
        let xml = XMLWriter()
        xml.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) {
            for entry in entries {
                xml.element("Relationship", [("Id", entry.id), ("Type", entry.type), ("Target", entry.target)])
            }
        }
        return try xml.finish()
    }

    static func packageRelationships() throws -> Data {
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try relationships([
            ("rId1", "\(office)/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(office)/extended-properties", "docProps/app.xml"),
        ])
    }

    static func documentRelationships() throws -> Data {
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try relationships([
            ("rId1", "\(office)/styles", "styles.xml"),
            ("rId2", "\(office)/settings", "settings.xml"),
            ("rId3", "\(office)/fontTable", "fontTable.xml"),
            ("rId4", "\(office)/footer", "footer1.xml"),
            ("rId5", "\(office)/footer", "footer2.xml"),
        ])
    }

    static func coreProperties(_ properties: DocumentProperties) throws -> Data {
        let xml = XMLWriter()
        xml.element("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ]) {
            xml.element("dc:title", text: properties.title)
            if let author = properties.author {
                xml.element("dc:creator", text: author)
            }
            xml.element("dc:language", text: properties.language)
            // The input's date, never the clock: the same input gives the same bytes.
            if let date = properties.date {
                let stamp = "\(date.iso)T00:00:00Z"
                xml.element("dcterms:created", [("xsi:type", "dcterms:W3CDTF")], text: stamp)
                xml.element("dcterms:modified", [("xsi:type", "dcterms:W3CDTF")], text: stamp)
            }
        }
        return try xml.finish()
    }

    static func appProperties() throws -> Data {
        let xml = XMLWriter()
        xml.element("Properties", [
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        ]) {
            xml.element("Application", text: "Wengao")
        }
        return try xml.finish()
    }
}

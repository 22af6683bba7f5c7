import Conformance
import Foundation
import Testing

/// Every XML part of every output validates against the standard schemas with libxml2,
/// and every package follows its format's zip rules.
@Suite struct SchemaConformanceTests {
    @Test(arguments: DocumentCase.all)
    func everyPartValidates(_ item: DocumentCase) throws {
        try Requirement.schemas()
        let archive = try PackageArchive(url: GeneratedDocuments.url(item))
        let result = PackageRules.schemas(archive, format: PackageFormat(rawValue: item.format)!, schemas: GeneratedDocuments.schemas)
        // A part without a known schema is a problem too: no part goes unchecked.
        #expect(result.problems == [])
        #expect(archive.entries.count == (item.format == "odt" ? 6 : 11))
    }

    @Test(arguments: DocumentCase.all)
    func packageFollowsItsFormat(_ item: DocumentCase) throws {
        let archive = try PackageArchive(url: GeneratedDocuments.url(item))
        let result = PackageRules.structure(archive, format: PackageFormat(rawValue: item.format)!)
        #expect(result.problems == [])
        if item.format == "odt" {
            #expect(archive.entries.first?.path == "mimetype")
            #expect(archive.entries.first?.compressionMethod == 0)
        }
    }

    /// The validators are not lenient: the mistakes the writers must avoid are caught.
    @Test func misorderedParagraphPropertiesAreInvalid() throws {
        try Requirement.schemas()
        let document = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:pPr><w:jc w:val="both"/><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:p>\
            </w:body></w:document>
            """
        let messages = try GeneratedDocuments.schemas.validate(Data(document.utf8), part: "word/document.xml", format: .docx)
        #expect(messages.contains { $0.contains("spacing") })
    }

    @Test func vendorExtensionsAreInvalidODF() throws {
        try Requirement.schemas()
        let styles = """
            <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3" \
            loext:margin-gutter="0in"/>
            """
        let messages = try GeneratedDocuments.schemas.validate(Data(styles.utf8), part: "styles.xml", format: .odt)
        #expect(!messages.isEmpty)
    }

    @Test func corePropertiesNeedW3CDates() throws {
        try Requirement.schemas()
        let core = """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dcterms:created xsi:type="dcterms:W3CDTF">2026年7月10日</dcterms:created></cp:coreProperties>
            """
        let messages = try GeneratedDocuments.schemas.validate(Data(core.utf8), part: "docProps/core.xml", format: .docx)
        #expect(!messages.isEmpty)
    }

    @Test func manifestAndRelationshipsHaveSchemas() throws {
        try Requirement.schemas()
        let manifest = """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
            <manifest:file-entry manifest:full-path="/"/></manifest:manifest>
            """
        // media-type is required on every file entry.
        #expect(!(try GeneratedDocuments.schemas.validate(Data(manifest.utf8), part: "META-INF/manifest.xml", format: .odt)).isEmpty)
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Target="styles.xml"/></Relationships>
            """
        #expect(!(try GeneratedDocuments.schemas.validate(Data(rels.utf8), part: "word/_rels/document.xml.rels", format: .docx)).isEmpty)
    }
}

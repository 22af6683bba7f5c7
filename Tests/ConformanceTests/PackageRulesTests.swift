import Foundation
import Testing
import ZIPFoundation
@testable import Conformance

/// The zip-level rules, on packages built by hand with one fault each.
@Suite struct PackageRulesTests {
    static let manifest = """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
        """
    static let contentTypes = """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """
    static let rels = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="t" Target="word/document.xml"/></Relationships>
        """

    func package(_ entries: [(String, String, CompressionMethod)], ext: String) throws -> PackageArchive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wengao-package-\(UUID().uuidString).\(ext)")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text, method) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try PackageArchive(url: url)
    }

    func odt(_ entries: [(String, String, CompressionMethod)]) throws -> [String] {
        PackageRules.structure(try package(entries, ext: "odt"), format: .odt).problems
    }

    let mimetype = ("mimetype", "application/vnd.oasis.opendocument.text", CompressionMethod.none)
    var goodODT: [(String, String, CompressionMethod)] {
        [mimetype, ("content.xml", "<x/>", .deflate), ("META-INF/manifest.xml", Self.manifest, .deflate)]
    }

    @Test func aCorrectODTPasses() throws {
        #expect(try odt(goodODT) == [])
    }

    @Test func mimetypeMustComeFirstAndStored() throws {
        #expect(try odt([goodODT[1], goodODT[0], goodODT[2]]) == ["第一个条目不是 mimetype"])
        #expect(try odt([(mimetype.0, mimetype.1, .deflate), goodODT[1], goodODT[2]]).contains("mimetype 被压缩"))
    }

    @Test func theManifestListsEveryPart() throws {
        #expect(try odt(goodODT + [("styles.xml", "<x/>", .deflate)]) == ["清单未列出 styles.xml"])
    }

    @Test func duplicateEntriesFail() throws {
        #expect(try odt(goodODT + [("content.xml", "<y/>", .deflate)]) == ["重复的条目 content.xml"])
    }

    @Test func contentTypesCoverEveryDOCXPart() throws {
        let good: [(String, String, CompressionMethod)] = [
            ("[Content_Types].xml", Self.contentTypes, .deflate), ("_rels/.rels", Self.rels, .deflate),
            ("word/document.xml", "<w/>", .deflate),
        ]
        #expect(PackageRules.structure(try package(good, ext: "docx"), format: .docx).problems == [])
        let extra = good + [("word/styles.xml", "<w/>", .deflate)]
        #expect(PackageRules.structure(try package(extra, ext: "docx"), format: .docx).problems == ["内容类型未覆盖 word/styles.xml"])
        let dangling = [good[0], good[1]]
        #expect(PackageRules.structure(try package(dangling, ext: "docx"), format: .docx).problems
            == ["内容类型中的 /word/document.xml 不在包中", "_rels/.rels 指向不存在的 word/document.xml"])
    }
}

import Foundation
import Testing
import ZIPFoundation

/// Files `wengao import` must refuse: each with a message naming the file, exit 1, no
/// output file, in under a second and 100 MiB.
@Suite struct ImportRefusalTests {
    /// A .docx made from a generated one with one part replaced or added.
    static func docx(in folder: URL, name: String, replacing part: String, with data: Data) throws -> URL {
        let made = try Command.wengao(["speech", Paths.samples.appendingPathComponent("meeting-speech.yaml").path,
                                       "--format", "docx", "-o", folder.appendingPathComponent("base.docx").path])
        #expect(made.status == 0, "\(made.stderr)")
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("base.docx"), to: url)
        let archive = try Archive(url: url, accessMode: .update)
        if let entry = archive[part] { try archive.remove(entry) }
        try archive.addEntry(with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    static func cases(in folder: URL) throws -> [(name: String, url: URL, says: String)] {
        var cases: [(String, URL, String)] = []
        let picture = folder.appendingPathComponent("picture.docx")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 200)).write(to: picture)
        cases.append(("not a document", picture, "不是 zip"))
        let encrypted = folder.appendingPathComponent("encrypted.docx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 500)).write(to: encrypted)
        cases.append(("encrypted", encrypted, "加密"))
        // 200 MiB of one byte deflates to about 200 KiB: a ratio near 1000.
        let bomb = try docx(in: folder, name: "bomb.docx", replacing: "word/document.xml",
                            with: Data(repeating: 0x20, count: 200 << 20))
        cases.append(("zip bomb", bomb, "压缩炸弹"))
        let macros = try docx(in: folder, name: "macros.docx", replacing: "word/vbaProject.bin", with: Data([1, 2, 3]))
        cases.append(("macros", macros, "宏"))
        let entity = try docx(in: folder, name: "entity.docx", replacing: "word/document.xml", with: Data("""
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
            """.utf8))
        cases.append(("external entity", entity, "DTD"))
        let huge = folder.appendingPathComponent("huge.docx")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        cases.append(("100 MB", huge, "太大"))
        let page = folder.appendingPathComponent("saved-page.html")
        try Data("<!DOCTYPE html><html><head><title>讲话</title></head><body><p>同志们：</p></body></html>".utf8).write(to: page)
        cases.append(("web page", page, "网页文件"))
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        cases.append(("empty text", empty, "空的"))
        let emptyBody = try docx(in: folder, name: "empty-body.docx", replacing: "word/document.xml", with: Data("""
            <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>
            """.utf8))
        cases.append(("empty document", emptyBody, "空的"))
        return cases
    }

    @Test func eachBadFileIsRefusedQuicklyAndClearly() throws {
        let time = try Requirement.tool("time", package: "time")
        let folder = try Paths.scratch()
        for (name, url, says) in try Self.cases(in: folder) {
            let output = folder.appendingPathComponent("\(url.lastPathComponent).yaml")
            let started = Date()
            let result = try Command.run(time, ["-f", "%M", Paths.executable.path, "import", url.path, "-o", output.path])
            let seconds = Date().timeIntervalSince(started)
            #expect(result.status == 1, "\(name): \(result.stderr)")
            #expect(result.stderr.contains(url.path), "\(name): the message names the file: \(result.stderr)")
            #expect(result.stderr.contains(says), "\(name): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(name): no output is written")
            #expect(seconds < 1, "\(name): \(seconds) s")
            let kilobytes = result.stderr.split(separator: "\n").last.flatMap { Int($0) } ?? .max
            #expect(kilobytes < 100 * 1024, "\(name): \(kilobytes) KiB")
        }
    }
}

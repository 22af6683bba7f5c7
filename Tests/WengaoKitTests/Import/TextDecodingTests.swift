import Testing
@testable import WengaoKit

@Suite struct TextDecodingTests {
    static let text = "同志们：\n今天召开会议。"

    @Test func eachEncodingIsRecognisedAndNamed() throws {
        let utf8 = Array(Self.text.utf8)
        #expect(TextEncoding.decode(utf8)?.encoding == .utf8)
        #expect(TextEncoding.decode([0xEF, 0xBB, 0xBF] + utf8)?.text == Self.text)
        #expect(TextEncoding.decode([0xEF, 0xBB, 0xBF] + utf8)?.encoding == .utf8WithBOM)
        let little: [UInt8] = [0xFF, 0xFE] + Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + Self.text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextEncoding.decode(little)?.text == Self.text)
        #expect(TextEncoding.decode(little)?.encoding == .utf16LittleEndian)
        #expect(TextEncoding.decode(big)?.text == Self.text)
        // 讲话 in GBK (GB2312 rows 29 and 26): BD B2 BB B0, written down from the code chart.
        let gbk: [UInt8] = [0xBD, 0xB2, 0xBB, 0xB0]
        #expect(TextEncoding.decode(gbk)?.text == "讲话")
        #expect(TextEncoding.decode(gbk)?.encoding == .gb18030)
    }

    @Test func binaryIsNoText() {
        #expect(TextEncoding.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) == nil)
        #expect(TextEncoding.decode([0xFF, 0xFE, 0x41]) == nil, "an odd UTF-16 length")
        #expect(throws: ImportError.self) { try PlainTextReader.read([0x41, 0x01, 0x02], file: "a.txt") }
    }

    @Test func linesAreParagraphsNumberedWithoutTheBlankOnes() throws {
        let document = try PlainTextReader.read(Array("　　标题\r\n\r\n  # 第二行\n\n第三行  ".utf8), file: "a.txt")
        #expect(document.paragraphs.map(\.text) == ["标题", "# 第二行", "第三行"], "a .txt keeps a # as written")
        #expect(document.paragraphs.map(\.number) == [1, 2, 3])
    }

    @Test func markdownParagraphsRunUpToABlankLineAndLoseTheirMarks() throws {
        let markdown = "# 标题\n\n今天召开会议，\n主要是部署工作。\n\n**一是加强领导**区委研究3次。\n\n- 列表里的一条\n"
        let document = try PlainTextReader.read(Array(markdown.utf8), file: "a.md", markdown: true)
        #expect(document.paragraphs.map(\.text) == ["标题", "今天召开会议，主要是部署工作。", "一是加强领导区委研究3次。", "列表里的一条"])
        #expect(document.paragraphs[2].emphasizedHead == "一是加强领导")
        let text = try PlainTextReader.read(Array("今天召开会议，\n主要是部署工作。".utf8), file: "a.txt")
        #expect(text.paragraphs.count == 2, "in a .txt each line is a paragraph")
    }
}

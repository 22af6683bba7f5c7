import Conformance
import Foundation
import Testing

/// No punctuation mark may be lost on the rendered page. LibreOffice dropped a mark it hung
/// past the right edge at a mid-paragraph line end (issue 13, item 1), so this test writes
/// paragraphs whose lines end in each of ，、。；：！？ and counts every mark in the
/// document's XML and in the text pdftotext reads from LibreOffice's PDF.
@Suite(.serialized) struct LineEndPunctuationTests {
    static let marks: [Character] = ["，", "、", "。", "；", "：", "！", "？"]
    /// Hanzi without any punctuation, cycled so that no two lines look alike.
    static let hanzi = Array("统筹推进基层治理现代化建设持续深化党建引领作用全面提升为民服务水平切实加强队伍建设")

    /// A paragraph of `lines` groups of 28 hanzi and one mark (after `lead` hanzi): a line
    /// holds 28 characters, so once a mark falls in the 29th cell, where a hanging layout
    /// hangs it, every later group ends a line with its mark. The lead varies between
    /// paragraphs so that each mark meets a line end from the first lines on.
    static func paragraph(lead: Int, lines: Int, firstMark: Int) -> String {
        var text = "", next = lead * 7
        func take(_ count: Int) {
            for _ in 0..<count { text.append(hanzi[next % hanzi.count]); next += 1 }
        }
        take(lead)
        for group in 0..<lines {
            take(28)
            text.append(marks[(firstMark + group) % marks.count])
        }
        return text
    }

    /// An input whose opening and every detail are long paragraphs of that kind.
    static func input() -> String {
        var yaml = """
        title: 某某街道2026年上半年社区治理工作总结
        organization: 某某区某某街道办事处
        speaker: 孙某某
        occasion: 某某街道2026年上半年社区治理工作推进会
        date: 2026-07-08
        opening: \(paragraph(lead: 0, lines: 12, firstMark: 0))

        """
        var lead = 1
        // Points differ between sections, so that the input reads without duplicate warnings.
        for (section, word) in [("achievements", "成效"), ("problems", "问题"), ("next_steps", "打算")] {
            yaml += "\(section):\n"
            for index in 0..<3 {
                yaml += "  - point: 第\(index + 1)项\(word)\n"
                yaml += "    details: \(paragraph(lead: lead * 3 % 28, lines: 8, firstMark: lead))\n"
                lead += 1
            }
        }
        return yaml
    }

    /// The marks of a text, by mark.
    static func counts(_ text: some StringProtocol) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for mark in marks { counts[mark] = 0 }
        for character in text where counts[character] != nil { counts[character, default: 0] += 1 }
        return counts
    }

    /// The text content of a part: its XML without tags (marks occur only in text).
    static func textContent(_ data: Data) -> String {
        var text = "", inTag = false
        for character in String(decoding: data, as: UTF8.self) {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }

    @Test func everyLineEndMarkIsOnTheRenderedPageInBothFormatsAndThePDF() throws {
        try LibreOffice.require()
        try Poppler.require()
        let folder = try Paths.scratch()
        let input = folder.appendingPathComponent("line-end-marks.yaml")
        try Self.input().write(to: input, atomically: true, encoding: .utf8)
        var documents: [URL] = []
        for genre in ["summary", "speech"] {
            for format in ["docx", "odt"] {
                let output = folder.appendingPathComponent("\(genre).\(format)")
                let result = try Command.wengao([genre, input.path, "-o", output.path], in: folder)
                #expect(result.status == 0, "\(result.stderr)")
                documents.append(output)
            }
        }
        var pdfs = try LibreOffice.convertToPDF(documents, into: folder.appendingPathComponent("pdf"))
        // Wengao's own PDF, in the free faces: compared with the DOCX's XML.
        for genre in ["summary", "speech"] {
            let pdf = folder.appendingPathComponent("wengao-\(genre).pdf")
            let result = try Command.wengao([genre, input.path, "-o", pdf.path], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            documents.append(folder.appendingPathComponent("\(genre).docx"))
            pdfs.append(pdf)
        }
        for (document, pdf) in zip(documents, pdfs) {
            let archive = try PackageArchive(url: document)
            let part = document.pathExtension == "docx" ? "word/document.xml" : "content.xml"
            let written = Self.counts(Self.textContent(try archive.data(at: part)))
            let rendered = Self.counts(try Poppler.text(of: pdf))
            for mark in Self.marks {
                #expect(written[mark]! >= 8, "\(document.lastPathComponent) has lines ending in \(mark)")
                #expect(rendered[mark] == written[mark],
                        "\(pdf.lastPathComponent): \(mark) written \(written[mark]!) times, rendered \(rendered[mark]!)")
            }
        }
    }
}

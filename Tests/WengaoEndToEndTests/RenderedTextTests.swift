import Foundation
import Testing
@testable import WengaoKit

/// The real consumer: LibreOffice converts every output to PDF, and the text read back
/// with pdftotext must show the title and every point, with its generated ordinal, in order.
@Suite(.serialized) struct RenderedTextTests {
    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// What a reader must find, in order, for one genre. Ordinals are spelled out here by
    /// hand, independently of the library's numbering code.
    static func expectedSequence(_ report: Report, genre: Genre) -> [String] {
        func clause(_ item: Item) -> String {
            var text = item.point.value
            while let last = text.last, "。；，".contains(last) { text.removeLast() }
            return text
        }
        var sequence: [String] = []
        switch genre {
        case .speech:
            sequence.append("在\(report.occasion!.value)上的讲话")
            for (index, item) in report.achievements.items.enumerated() { sequence.append(numerals[index] + "是" + clause(item)) }
            for (index, item) in report.problems.items.enumerated() { sequence.append(numerals[index] + "是" + clause(item)) }
            for (index, item) in report.nextSteps.items.enumerated() {
                sequence.append("第" + numerals[index] + "，" + clause(item))
                for (subIndex, sub) in item.subpoints.enumerated() { sequence.append(numerals[subIndex] + "要" + clause(sub)) }
            }
        case .summary:
            sequence.append(report.title!.value)
            let headings = ["主要工作及成效", "存在的问题", "下半年工作打算"]
            for (partIndex, section) in [report.achievements, report.problems, report.nextSteps].enumerated() {
                sequence.append(numerals[partIndex] + "、" + headings[partIndex])
                for (index, item) in section.items.enumerated() {
                    sequence.append("（" + numerals[index] + "）" + clause(item))
                    for (subIndex, sub) in item.subpoints.enumerated() { sequence.append("\(subIndex + 1)." + clause(sub)) }
                }
            }
        }
        return sequence
    }

    /// The page text without white space and without page numbers, which may fall in the
    /// middle of a paragraph that runs over a page break.
    static func flatten(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }
        return compact.replacingOccurrences(of: "—[0-9]+—", with: "", options: .regularExpression)
    }

    static func assertInOrder(_ sequence: [String], in text: String, file: String) {
        var position = text.startIndex
        for expected in sequence {
            let needle = flatten(expected)
            guard let range = text.range(of: needle, range: position..<text.endIndex) else {
                Issue.record("\(file): “\(expected)” not found after position \(text.distance(from: text.startIndex, to: position))")
                return
            }
            position = range.upperBound
        }
    }

    struct Case {
        var input: URL
        var genre: Genre
    }

    @Test func samplesAndAnUnseenInputReadInOrderInBothFormats() throws {
        try LibreOffice.require()
        try Poppler.require()
        let cases = [
            Case(input: Paths.samples.appendingPathComponent("half-year-summary.yaml"), genre: .summary),
            Case(input: Paths.samples.appendingPathComponent("half-year-summary.yaml"), genre: .speech),
            Case(input: Paths.samples.appendingPathComponent("meeting-speech.yaml"), genre: .summary),
            Case(input: Paths.samples.appendingPathComponent("meeting-speech.yaml"), genre: .speech),
            Case(input: Paths.fixtures.appendingPathComponent("four-four-three.yaml"), genre: .speech),
        ]
        let folder = try Paths.scratch()
        var documents: [(URL, Case)] = []
        for (index, testCase) in cases.enumerated() {
            for ext in ["docx", "odt"] {
                let output = folder.appendingPathComponent("\(index)-\(testCase.genre.rawValue)-\(testCase.input.deletingPathExtension().lastPathComponent).\(ext)")
                let result = try Command.wengao([testCase.genre.rawValue, testCase.input.path, "-o", output.path], in: folder)
                #expect(result.status == 0, "\(result.stderr)")
                documents.append((output, testCase))
            }
        }
        let pdfs = try LibreOffice.convertToPDF(documents.map(\.0), into: folder.appendingPathComponent("pdf"))
        for ((document, testCase), pdf) in zip(documents, pdfs) {
            let report = try #require(ReportReader().read(path: testCase.input.path).report)
            let info = try Poppler.info(of: pdf)
            #expect(info.pages >= 2, "\(document.lastPathComponent) runs to several pages")
            #expect(abs(info.width - 595.3) < 1 && abs(info.height - 841.9) < 1, "\(document.lastPathComponent) is A4")
            let text = try Poppler.text(of: pdf)
            Self.assertInOrder(Self.expectedSequence(report, genre: testCase.genre), in: Self.flatten(text), file: document.lastPathComponent)
            // — N — on every page.
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            for (number, page) in pages.enumerated() {
                #expect(page.filter { !$0.isWhitespace }.contains("—\(number + 1)—"), "\(document.lastPathComponent) page \(number + 1) has its number")
            }
        }
    }

    @Test func unseenSpeechCountsEveryOrdinal() throws {
        try LibreOffice.require()
        try Poppler.require()
        let folder = try Paths.scratch()
        let input = Paths.fixtures.appendingPathComponent("four-four-three.yaml")
        #expect(try Command.wengao(["speech", input.path, "--output-dir", folder.path], in: folder).status == 0)
        let pdfs = try LibreOffice.convertToPDF([folder.appendingPathComponent("four-four-three.docx"),
                                                 folder.appendingPathComponent("four-four-three.odt")],
                                                into: folder.appendingPathComponent("pdf"))
        for pdf in pdfs {
            let text = Self.flatten(try Poppler.text(of: pdf))
            func count(_ word: String) -> Int { text.components(separatedBy: word).count - 1 }
            // 一是…四是 twice (achievements, problems); 第一…第三; 一要…五要 (3 + 5 + 3 sub-points).
            for numeral in Self.numerals.prefix(4) { #expect(count(numeral + "是") >= 2, "\(numeral)是 in \(pdf.lastPathComponent)") }
            #expect(count("五是") == 0)
            for numeral in Self.numerals.prefix(3) { #expect(count("第" + numeral + "，") == 1) }
            #expect(count("第四，") == 0)
            #expect(count("一要") == 3 && count("二要") == 3 && count("三要") == 3)
            #expect(count("四要") == 1 && count("五要") == 1 && count("六要") == 0)
        }
    }
}

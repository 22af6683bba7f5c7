import Conformance
import Foundation
import Testing

/// Every output, rendered by LibreOffice and read with poppler, meets GB/T 9704's page:
/// the rules of Docs/geometry.md, for DOCX and ODT alike.
@Suite struct PageGeometryTests {
    @Test(arguments: DocumentCase.all)
    func everyRuleHolds(_ item: DocumentCase) throws {
        let rendering = try RenderedDocuments.measured()
        let report = try #require(rendering.documents.first { $0.file == item.fileName })
        for result in report.results where result.rule != .package && result.rule != .schemas {
            #expect(result.outcome != .fail, "\(result.rule.rawValue): \(result.problems.joined(separator: "; "))")
        }
        // The summary ends with its 成文日期; the speech has its date in parentheses under the title.
        #expect(report[.date]?.outcome == (item.genre == "summary" ? .pass : .notApplicable))
    }

    @Test(arguments: DocumentCase.all.filter { $0.format == "docx" })
    func docxAndOdtPaginateAlike(_ item: DocumentCase) throws {
        let rendering = try RenderedDocuments.measured()
        let name = "\(item.genre)-\(item.input).docx ↔ .odt"
        let pair = try #require(rendering.pairs.first { $0.file == name })
        let result = try #require(pair[.pagination])
        #expect(result.outcome == .pass, "\(result.problems)")
    }

    /// No hanging punctuation (LibreOffice loses a hung mark): no line of either format may
    /// end in a mark past the right edge, and DOCX and ODT break every line in the same place.
    @Test func docxAndOdtBreakEveryLineAlikeAndHangNoPunctuation() throws {
        let rendering = try RenderedDocuments.measured()
        var hanging = 0
        for item in DocumentCase.all where item.format == "docx" {
            let docx = try rendering.pages(of: item), odt = try rendering.pages(of: DocumentCase(input: item.input, genre: item.genre, format: "odt"))
            let docxLines = docx.flatMap(\.lines), odtLines = odt.flatMap(\.lines)
            #expect(docxLines.map(\.text) == odtLines.map(\.text), "\(item.genre)-\(item.input)")
            for (a, b) in zip(docxLines, odtLines) {
                #expect(abs(a.box.xMin - b.box.xMin) < 0.1 && abs(a.box.xMax - b.box.xMax) < 0.1 && abs(a.box.yMin - b.box.yMin) < 0.1,
                        "\(item.genre)-\(item.input): “\(a.text)” at \(a.box) and \(b.box)")
            }
            hanging += (docxLines + odtLines).filter { $0.box.xMax > 184.3 && "，。、；：！？”".contains($0.text.last ?? " ") }.count
        }
        #expect(hanging == 0, "\(hanging) lines hang their punctuation past the right edge")
    }

    /// The measurements read type sizes from box heights; text of known size checks that.
    @Test func boxHeightsGiveTypeSizes() throws {
        let rendering = try RenderedDocuments.measured()
        let pages = try rendering.pages(of: DocumentCase(input: "half-year-summary", genre: "summary", format: "odt"))
        let sizes = pages.flatMap(\.lines).map(\.typeSize).sorted()
        #expect(abs(sizes[sizes.count / 2] - 16) < 0.2)
        #expect(pages.flatMap(\.lines).contains { $0.text.contains("—1—") && abs($0.typeSize - 14) < 0.2 })
    }

    /// The rules can fail on a real rendering: a text block 2 mm right of GB/T 9704's.
    @Test func aShiftedTextBlockFails() throws {
        let rendering = try RenderedDocuments.measured()
        let report = try #require(rendering.documents.first { $0.file == RenderedDocuments.shiftedName })
        #expect(report[.leftEdge]?.outcome == .fail)
        #expect(report[.title]?.outcome == .fail)
        #expect(report[.pageNumber]?.outcome == .fail)
        #expect(report[.linesPerPage]?.outcome == .pass)
    }
}

/// All outputs (and one deliberately shifted document) rendered in one LibreOffice start
/// and measured, once per test run.
enum RenderedDocuments {
    static let shiftedName = "shifted-text-block.docx"

    /// Nil when LibreOffice or poppler is missing (and not in CI).
    static func measured() throws -> DocumentMeasurement.Result {
        try LibreOffice.require()
        try Poppler.require()
        return try result.get()
    }

    private static let result: Result<DocumentMeasurement.Result, GenerationError> = {
        do {
            let folder = try Paths.scratch("rendered-documents")
            let style = folder.appendingPathComponent("shifted.style.yaml")
            try Data("page:\n  margin-left: 30mm\n  margin-right: 24mm\n".utf8).write(to: style)
            let shifted = folder.appendingPathComponent(shiftedName)
            let run = try Command.wengao(["summary", DocumentCase.inputs["half-year-summary"]!.path, "--style", style.path, "-o", shifted.path])
            guard run.status == 0 else { return .failure(GenerationError(message: run.stderr)) }
            let documents = try DocumentCase.all.map(GeneratedDocuments.url) + [shifted]
            let measurement = DocumentMeasurement(renderer: PDFRenderer(soffice: ExternalTool.find("soffice")!),
                                                  reader: BoundingBoxReader(pdftotext: ExternalTool.find("pdftotext")!),
                                                  schemas: nil)
            return .success(try measurement.measure(documents, workingIn: folder))
        } catch {
            return .failure(GenerationError(message: "\(error)"))
        }
    }()
}

extension DocumentMeasurement.Result {
    func pages(of item: DocumentCase) throws -> [RenderedPage] {
        let index = try #require(documents.firstIndex { $0.file == item.fileName })
        return pages[index]
    }
}

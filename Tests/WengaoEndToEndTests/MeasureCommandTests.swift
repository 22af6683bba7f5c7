import Foundation
import Testing

/// `wengao-measure`, the command people run: one table per document, exit 1 on a failure.
@Suite struct MeasureCommandTests {
    static let executable = Paths.executable.deletingLastPathComponent().appendingPathComponent("wengao-measure")

    @Test func printsATablePerDocumentAndFailsOnAShiftedTextBlock() throws {
        try LibreOffice.require()
        try Poppler.require()
        try Requirement.schemas()
        let folder = try Paths.scratch()
        let style = folder.appendingPathComponent("shifted.style.yaml")
        try Data("page:\n  margin-left: 30mm\n  margin-right: 24mm\n".utf8).write(to: style)
        let input = DocumentCase.inputs["meeting-speech"]!.path
        let shifted = folder.appendingPathComponent("shifted.odt")
        #expect(try Command.wengao(["speech", input, "--style", style.path, "-o", shifted.path]).status == 0)
        let good = try ["docx", "odt"].map { try GeneratedDocuments.url(DocumentCase(input: "meeting-speech", genre: "speech", format: $0)) }

        let run = try Command.run(Self.executable, ["--schemas", Paths.schemas.path] + (good + [shifted]).map(\.path))
        #expect(run.status == 1, "\(run.stderr)")
        // The legend of rules, then one table per document, then the pair's.
        let tables = Array(run.stdout.components(separatedBy: "\n\n").dropFirst())
        #expect(tables.count == 4, "\(run.stdout)")
        for table in tables.prefix(2) {
            #expect(table.contains("全部合格"), "\(table)")
            #expect(!table.contains("不合格"), "\(table)")
            for rule in ["package", "schemas", "page-size", "left-edge", "first-line", "bottom-edge", "lines-per-page",
                         "characters-per-line", "page-number", "title", "date"] {
                #expect(table.contains("  \(rule) "), "\(rule) missing from \(table)")
            }
        }
        #expect(tables[2].contains("shifted.odt") && tables[2].contains("✗ left-edge"), "\(tables[2])")
        #expect(tables[3].contains("speech-meeting-speech.docx ↔ .odt") && tables[3].contains("pagination"), "\(tables[3])")
    }
}

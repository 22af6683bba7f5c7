import Conformance
import Foundation
import Testing

/// `-o x.pdf` and `--format …,pdf` through the real binary and the real LibreOffice: the
/// PDF's own pages meet GB/T 9704's geometry, print four distinct faces on a machine
/// without the Windows fonts, and carry every text; no temporary file is left behind.
@Suite(.serialized) struct PDFOutputTests {
    private func require() throws {
        try LibreOffice.require()
        try Poppler.require()
        _ = try Requirement.tool("pdffonts", package: "poppler-utils")
        try Requirement.need(FileManager.default.fileExists(atPath: "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"),
                             "FandolFang (texlive-lang-chinese) prints the 仿宋 role")
        try Requirement.need(FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"),
                             "AR PL KaitiM GB (fonts-arphic-gkai00mp) prints the 楷体 role")
    }

    /// The CJK faces a PDF embeds, without the subset prefix and the Japanese-named
    /// variants of Noto (NotoSansCJKjp is Noto Sans CJK, whatever the region).
    private func faces(_ pdf: URL) throws -> Set<String> {
        let listing = try Command.run(Requirement.which("pdffonts")!, [pdf.path]).stdout
        return Set(listing.split(separator: "\n").dropFirst(2).compactMap { line -> String? in
            guard let name = line.split(separator: " ").first, let plus = name.firstIndex(of: "+") else { return nil }
            let face = String(name[name.index(after: plus)...])
            return face.hasPrefix("Liberation") ? nil : face.replacingOccurrences(of: "-Regular-VKana", with: "")
                .replacingOccurrences(of: "-Bold-VKana", with: "")
        })
    }

    @Test(arguments: ["summary", "speech"])
    func aPDFOnItsOwnMeetsTheStandard(_ genre: String) throws {
        try require()
        let folder = try Paths.scratch()
        let sample = Paths.samples.appendingPathComponent(genre == "summary" ? "half-year-summary.yaml" : "meeting-speech.yaml")
        let pdf = folder.appendingPathComponent("文稿.pdf")
        let result = try Command.wengao([genre, sample.path, "-o", pdf.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("已生成 \(pdf.path)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["文稿.pdf"], "no DOCX beside a PDF asked alone")
        let faces = try faces(pdf)
        for face in ["NotoSerifCJKjp", "NotoSansCJKjp", "FandolFang-Regular", "GBZenKai-Medium"] where genre == "summary" {
            #expect(faces.contains(face), "\(face) missing: \(faces)")
        }
        #expect(faces.count >= (genre == "summary" ? 4 : 3), "\(faces)")
        let reader = BoundingBoxReader(pdftotext: ExternalTool.find("pdftotext")!)
        let pages = try reader.pages(of: pdf)
        // Every rule on the PDF's own pages. The grid check takes each mix of faces at its own
        // place in the grid cell (FaceBaselines: LibreOffice centres FandolFang, Noto Sans and
        // a 楷体 run-in line a few tenths of a millimetre apart), each within 0.5 mm of the body's.
        let pdftohtml = try Requirement.tool("pdftohtml", package: "poppler-utils")
        let baselines = try FaceBaselines.read(pdf, pdftohtml: ExternalTool(url: pdftohtml))
        let aligned = baselines.align(pages, frame: .gbt9704)
        #expect(aligned.outliers.isEmpty, "mixes of faces more than 0.5 mm off the body's place: \(aligned.outliers)")
        #expect(aligned.shifts.count >= 2, "the PDF mixes faces: \(aligned.shifts)")
        for result in GeometryRules().check(pages) where result.rule != .pagination && result.rule != .linesPerPage {
            #expect(result.outcome != .fail, "\(genre) PDF \(result.rule.rawValue): \(result.problems.joined(separator: "; "))")
        }
        for result in GeometryRules().check(aligned.pages) where result.rule == .linesPerPage {
            #expect(result.outcome != .fail, "\(genre) PDF \(result.rule.rawValue) \(aligned.shifts): \(result.problems.joined(separator: "; "))")
        }
        // The same pages, line for line, as LibreOffice's own rendering of the DOCX.
        let docx = folder.appendingPathComponent("对照.docx")
        #expect(try Command.wengao([genre, sample.path, "-o", docx.path]).status == 0)
        let reference = try LibreOffice.convertToPDF([docx], into: folder.appendingPathComponent("reference"))
        let paginated = Pagination.compare(pages, try reader.pages(of: reference[0]))
        #expect(paginated.outcome == .pass, "\(paginated.problems)")
        let text = RenderedTextTests.flatten(try Poppler.text(of: pdf))
        #expect(text.contains(genre == "summary" ? "上半年基层党建工作总结" : "同志们："))
    }

    @Test func aBatchConvertsInOneRunBesideTheDOCX() throws {
        try require()
        let folder = try Paths.scratch()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["东城街道", "西城街道", "南城街道"] {
            try "标题: 某某区\(name)2026年上半年工作总结\n会议: 全街道工作会\n成绩: [党建引领更加有力]\n"
                .write(to: inputs.appendingPathComponent(name + ".yaml"), atomically: true, encoding: .utf8)
        }
        let temporary = try Paths.scratch("tmp")
        let result = try Command.wengao(["speech", inputs.path, "--format", "docx,pdf", "--output-dir", folder.appendingPathComponent("out").path],
                                        environment: ["TMPDIR": temporary.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(written == ["东城街道.docx", "东城街道.pdf", "南城街道.docx", "南城街道.pdf", "西城街道.docx", "西城街道.pdf"])
        #expect(result.stderr.contains("6 个文件"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the private folder is removed")
        let text = try Poppler.text(of: folder.appendingPathComponent("out/西城街道.pdf"))
        // ODT and PDF: the PDF's DOCX is made in the private folder, not beside them.
        let other = folder.appendingPathComponent("odt-pdf")
        #expect(try Command.wengao(["summary", inputs.path, "--format", "odt,pdf", "--output-dir", other.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).sorted()
                == ["东城街道.odt", "东城街道.pdf", "南城街道.odt", "南城街道.pdf", "西城街道.odt", "西城街道.pdf"])
        #expect(RenderedTextTests.flatten(text).contains("一是党建引领更加有力。"))
    }

    @Test func sameInputSameBytes() throws {
        try require()
        let folder = try Paths.scratch()
        let sample = Paths.samples.appendingPathComponent("meeting-speech.yaml")
        var outputs: [Data] = []
        for run in 1...2 {
            let pdf = folder.appendingPathComponent("\(run).pdf")
            #expect(try Command.wengao(["speech", sample.path, "-o", pdf.path]).status == 0)
            outputs.append(try Data(contentsOf: pdf))
        }
        #expect(outputs[0] == outputs[1], "the creation date, /ID and /DocChecksum come from the input, not the run")
        #expect(String(decoding: outputs[0], as: UTF8.self).contains("/CreationDate(D:20260715"), "the input's date")
    }

    @Test func withoutLibreOfficeThePDFIsAClearErrorAndNothingIsLeft() throws {
        let folder = try Paths.scratch()
        let sample = Paths.samples.appendingPathComponent("meeting-speech.yaml")
        let result = try Command.wengao(["speech", sample.path, "-o", folder.appendingPathComponent("x.pdf").path],
                                        environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("找不到 LibreOffice"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func formatWordsAreChecked() throws {
        let sample = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        #expect(try Command.wengao(["speech", sample, "--format", "docx,png"]).status == 64)
        #expect(try Command.wengao(["speech", sample, "-o", "x.pdf", "--format", "docx"]).status == 64)
        #expect(try Command.wengao(["speech", sample, "-o", "x.pdf", "--format", "docx,pdf"]).status == 64)
    }
}

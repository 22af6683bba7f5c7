import Conformance
import Foundation
import Testing

/// 署名 and 成文日期 by GB/T 9704 §7.3.5, measured on LibreOffice's pages of the real
/// binary's DOCX, ODT and PDF: with a seal (the default) the date four characters in and
/// the signature centred over it; without, the signature two in and the date's first
/// character two right of the signature's, or the date two in when it is the longer.
@Suite(.serialized) struct SignatureLayoutTests {
    /// Units shorter than the date, about as long, a little longer, and far longer.
    static let units = ["某某局", "中共某某区委组织部", "某某区人民政府办公室", "某某区某某街道某某社区居民委员会"]
    static let dates = ["2026-07-01", "2026-07-10", "2026-12-31", "2026-11-05"]

    private static func input(unit: String, date: String, seal: String?) -> String {
        """
        title: 某某局2026年上半年工作总结
        organization: \(unit)
        date: \(date)
        \(seal.map { "盖章: \($0)" } ?? "")
        achievements:
          items:
            - point: 坚持高位推动，压紧压实责任，各项工作取得较好成效。
        """
    }

    @Test(arguments: [("是", "盖章式"), ("否", "不盖章式"), (nil, "盖章式")] as [(String?, String)])
    func bothLayoutsInEveryFormat(_ seal: String?, _ layout: String) throws {
        try LibreOffice.require()
        try Poppler.require()
        // The widths Wengao computes are Times New Roman's; Liberation Serif has its metrics.
        let times = try Command.run(Requirement.tool("fc-match", package: "fontconfig"), ["-f", "%{family}", "Times New Roman"]).stdout
        try Requirement.need(times.contains("Liberation Serif"), "fonts-liberation sets the digits in Times New Roman's widths (fc-match gives \(times))")
        let folder = try Paths.scratch()
        var documents: [URL] = []
        var pdfs: [URL] = []
        for (index, unit) in Self.units.enumerated() {
            let name = "单位\(index)"
            let yaml = folder.appendingPathComponent("\(name).yaml")
            try Data(Self.input(unit: unit, date: Self.dates[index], seal: seal).utf8).write(to: yaml)
            let run = try Command.wengao(["summary", yaml.path, "--format", "docx,odt,pdf", "--output-dir", folder.path])
            #expect(run.status == 0, "\(run.stderr)")
            documents += ["docx", "odt"].map { folder.appendingPathComponent("\(name).\($0)") }
            pdfs.append(folder.appendingPathComponent("\(name).pdf"))
        }
        let measurement = DocumentMeasurement(renderer: PDFRenderer(soffice: ExternalTool.find("soffice")!),
                                              reader: BoundingBoxReader(pdftotext: ExternalTool.find("pdftotext")!),
                                              schemas: nil)
        let result = try measurement.measure(documents, workingIn: folder.appendingPathComponent("measured"))
        var measured = result.documents.map { ($0.file, $0[.date]) }
        for pdf in pdfs {
            let pages = try measurement.reader.pages(of: pdf)
            measured.append((pdf.lastPathComponent, GeometryRules().check(pages).first { $0.rule == .date }))
        }
        #expect(measured.count == 12)
        for (file, rule) in measured {
            let rule = try #require(rule, "\(file) has no date rule")
            #expect(rule.outcome == .pass, "\(file): \(rule.problems)")
            #expect(rule.measured.hasPrefix(layout), "\(file): \(rule.measured)")
        }
    }

    @Test func aSealAnswerOtherThanYesOrNoIsAnErrorAtItsLine() throws {
        let folder = try Paths.scratch()
        let yaml = folder.appendingPathComponent("输入.yaml")
        try Data(Self.input(unit: "某某局", date: "2026-07-10", seal: "红章").utf8).write(to: yaml)
        let run = try Command.wengao(["validate", yaml.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("输入.yaml:4:5"), "\(run.stdout)")
        #expect(run.stdout.contains("是或否"), "\(run.stdout)")
    }
}

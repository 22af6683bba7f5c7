import ArgumentParser
import Conformance
import Foundation

/// Prints, for each document, a table of GB/T 9704 measurements taken on LibreOffice's
/// rendering, plus package and schema checks; exits 1 when any rule fails.
@main
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wengao-measure",
        abstract: "用 LibreOffice 排版生成的文稿，逐页量出版面，对照 GB/T 9704 和标准模式列表给出合格与否。",
        discussion: """
        Renders .docx and .odt files with LibreOffice (one start for all), reads the glyph boxes
        with pdftotext -bbox-layout and prints one table per document: each rule, what was measured,
        pass or fail. Files of the same name in both formats are also compared page by page.
        See Docs/geometry.md. Exit codes: 0 every rule passed, 1 a rule failed or a tool is missing.
        """
    )

    @Argument(help: "要测量的 .docx / .odt 文件。Documents to measure.")
    var documents: [String]

    @Option(help: "标准模式文件夹（默认：环境变量 WENGAO_SCHEMAS，或当前文件夹旁的 ../shared/schemas）。")
    var schemas: String?

    @Option(name: .customLong("pdf-dir"), help: "把排出的 PDF 留在这个文件夹（默认用完即删）。")
    var pdfDirectory: String?

    func validate() throws {
        for document in documents where PackageFormat(url: URL(fileURLWithPath: document)) == nil {
            throw ValidationError("“\(document)”不是 .docx 或 .odt 文件")
        }
    }

    func run() throws {
        guard let soffice = ExternalTool.find("soffice") else { fail("找不到 soffice；请安装 libreoffice-writer-nogui") }
        guard let pdftotext = ExternalTool.find("pdftotext") else { fail("找不到 pdftotext；请安装 poppler-utils") }
        let urls = documents.map { URL(fileURLWithPath: $0) }
        for url in urls where !FileManager.default.fileExists(atPath: url.path) { fail("找不到文件 \(url.path)") }

        let standard = StandardSchemas(folder: schemaFolder())
        if !standard.isPresent {
            FileHandle.standardError.write(Data("注意：\(standard.folder.path) 下没有标准模式，跳过模式验证（可用 --schemas 指定）\n".utf8))
        }
        let folder = pdfDirectory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("wengao-measure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if pdfDirectory == nil { try? FileManager.default.removeItem(at: folder) } }

        let measurement = DocumentMeasurement(renderer: PDFRenderer(soffice: soffice), reader: BoundingBoxReader(pdftotext: pdftotext),
                                              schemas: standard.isPresent ? standard : nil)
        let result: DocumentMeasurement.Result
        do {
            result = try measurement.measure(urls, workingIn: folder)
        } catch {
            fail("排版或读取 PDF 失败：\(error)")
        }
        print(MeasurementTable.legend())
        print(MeasurementTable.format(result.documents + result.pairs), terminator: "")
        let failed = (result.documents + result.pairs).filter { !$0.passed }.count
        print(failed == 0 ? "全部 \(result.documents.count) 个文件合格。" : "\(failed) 个文件（或文件对）有不合格项。")
        if failed > 0 { throw ExitCode.failure }
    }

    func schemaFolder() -> URL {
        if let schemas { return URL(fileURLWithPath: schemas) }
        if let custom = ProcessInfo.processInfo.environment["WENGAO_SCHEMAS"] { return URL(fileURLWithPath: custom) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .deletingLastPathComponent().appendingPathComponent("shared/schemas")
    }

    func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("wengao-measure: 错误：\(message)\n".utf8))
        Foundation.exit(1)
    }
}

import Foundation

/// Measures generated documents: package structure and schemas from the file itself,
/// geometry from LibreOffice's rendering, and pagination across each DOCX/ODT pair.
public struct DocumentMeasurement: Sendable {
    public var renderer: PDFRenderer
    public var reader: BoundingBoxReader
    /// Nil when the schemas are not at hand: the package rule still runs, schemas do not.
    public var schemas: StandardSchemas?
    public var rules = GeometryRules()

    public init(renderer: PDFRenderer, reader: BoundingBoxReader, schemas: StandardSchemas?) {
        self.renderer = renderer
        self.reader = reader
        self.schemas = schemas
    }

    /// The measurements of a set of documents.
    public struct Result: Sendable {
        public var documents: [DocumentReport]
        /// One report per DOCX/ODT pair of the same name, holding the pagination rule.
        public var pairs: [DocumentReport]
        /// Every document's pages, in the documents' order.
        public var pages: [[RenderedPage]]

        public var passed: Bool { (documents + pairs).allSatisfy(\.passed) }
    }

    /// Renders every document in one LibreOffice start and measures them all.
    ///
    /// - Parameters:
    ///   - documents: .docx and .odt files.
    ///   - folder: where the PDFs go (and LibreOffice's private profile).
    /// - Throws: `ToolError` when LibreOffice or pdftotext fails.
    public func measure(_ documents: [URL], workingIn folder: URL) throws -> Result {
        let pdfs = try renderer.convert(documents, into: folder)
        let pages = try pdfs.map { try reader.pages(of: $0) }
        var reports: [DocumentReport] = []
        for (document, documentPages) in zip(documents, pages) {
            reports.append(DocumentReport(file: document.lastPathComponent, pages: documentPages.count,
                                          results: packageResults(document) + rules.check(documentPages)))
        }
        var pairs: [DocumentReport] = []
        for (index, document) in documents.enumerated() where PackageFormat(url: document) == .docx {
            let name = document.deletingPathExtension()
            guard let partner = documents.firstIndex(where: { PackageFormat(url: $0) == .odt && $0.deletingPathExtension() == name }) else { continue }
            pairs.append(DocumentReport(file: "\(name.lastPathComponent).docx ↔ .odt", pages: pages[index].count,
                                        results: [Pagination.compare(pages[index], pages[partner], frame: rules.frame)]))
        }
        return Result(documents: reports, pairs: pairs, pages: pages)
    }

    /// The package and schema rules for one file.
    public func packageResults(_ document: URL) -> [RuleResult] {
        guard let format = PackageFormat(url: document) else {
            return [RuleResult(.package, measured: "—", problems: ["不是 .docx 或 .odt 文件"])]
        }
        let archive: PackageArchive
        do {
            archive = try PackageArchive(url: document)
        } catch {
            return [RuleResult(.package, measured: "—", problems: ["\(error)"])]
        }
        var results = [PackageRules.structure(archive, format: format)]
        if let schemas {
            results.append(PackageRules.schemas(archive, format: format, schemas: schemas))
        } else {
            results.append(.notApplicable(.schemas, "未找到标准模式"))
        }
        return results
    }
}

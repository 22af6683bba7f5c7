import Conformance
import Foundation

/// Converts documents to PDF with the real LibreOffice, headless, through the measuring
/// library's renderer: one start for many files, a private profile, unique names.
enum LibreOffice {
    /// - Throws: when LibreOffice is missing (see `Requirement.need`).
    static func require() throws { try Requirement.tool("soffice", package: "libreoffice-writer-nogui") }

    /// Converts every file to a PDF in `folder`; returns the PDFs in order.
    static func convertToPDF(_ files: [URL], into folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try PDFRenderer(soffice: ExternalTool(url: Requirement.which("soffice")!)).convert(files, into: folder)
    }
}

/// Reads PDFs with poppler's command-line tools.
enum Poppler {
    /// - Throws: when poppler is missing (see `Requirement.need`).
    static func require() throws { try Requirement.tool("pdftotext", package: "poppler-utils") }

    /// The text of every page, in reading order, pages separated by form feeds.
    static func text(of pdf: URL) throws -> String {
        try Command.run(Requirement.which("pdftotext")!, ["-enc", "UTF-8", pdf.path, "-"]).stdout
    }

    /// Page count and page size in points, from `pdfinfo`.
    static func info(of pdf: URL) throws -> (pages: Int, width: Double, height: Double) {
        let output = try Command.run(Requirement.which("pdfinfo")!, [pdf.path]).stdout
        var pages = 0, width = 0.0, height = 0.0
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("Pages:"), fields.count > 1 { pages = Int(fields[1]) ?? 0 }
            if line.hasPrefix("Page size:"), fields.count > 4 {
                width = Double(fields[2]) ?? 0
                height = Double(fields[4]) ?? 0
            }
        }
        return (pages, width, height)
    }
}

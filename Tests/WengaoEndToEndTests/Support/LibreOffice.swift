import Foundation

/// Converts documents to PDF with the real LibreOffice, headless.
///
/// One start of `soffice` converts many files (about a second to start, a fifth of a
/// second a document), so tests hand it everything at once. Each run gets a private
/// profile so parallel runs cannot collide.
enum LibreOffice {
    static var isAvailable: Bool { Requirement.available("soffice", package: "libreoffice-writer-nogui") }

    /// Converts every file to a PDF of the same name in `folder`; returns the PDFs in order.
    static func convertToPDF(_ files: [URL], into folder: URL) throws -> [URL] {
        let profile = folder.appendingPathComponent(".lo-profile")
        let result = try Command.run(Requirement.which("soffice")!, [
            "-env:UserInstallation=file://\(profile.path)",
            "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path,
        ] + files.map(\.path))
        let pdfs = files.map { folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf") }
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0.path) }
        if !missing.isEmpty {
            throw ConversionError(message: "LibreOffice did not write \(missing.map(\.lastPathComponent)): \(result.stderr)")
        }
        return pdfs
    }

    struct ConversionError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Reads PDFs with poppler's command-line tools.
enum Poppler {
    static var isAvailable: Bool { Requirement.available("pdftotext", package: "poppler-utils") }

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

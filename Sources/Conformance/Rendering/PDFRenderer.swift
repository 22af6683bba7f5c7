import Foundation

/// Renders documents to PDF with LibreOffice, the consumer whose layout is measured.
public struct PDFRenderer: Sendable {
    public var soffice: ExternalTool

    public init(soffice: ExternalTool) {
        self.soffice = soffice
    }

    /// Converts every document with one start of LibreOffice (a start costs about a
    /// second, a document a fifth of one); returns the PDFs in the documents' order.
    ///
    /// Documents are copied under unique names first, since `a.docx` and `a.odt` would both
    /// become `a.pdf`. LibreOffice gets a private profile inside `folder`, so that parallel
    /// runs and a LibreOffice the user has open do not collide.
    /// - Throws: `ToolError` when LibreOffice fails or leaves a PDF out.
    public func convert(_ documents: [URL], into folder: URL) throws -> [URL] {
        let sources = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        var used = Set<String>()
        var staged: [URL] = []
        for (index, document) in documents.enumerated() {
            var name = document.deletingPathExtension().lastPathComponent + "-" + document.pathExtension.lowercased()
            if !used.insert(name).inserted { name += "-\(index + 1)" }
            let copy = sources.appendingPathComponent(name).appendingPathExtension(document.pathExtension)
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: document, to: copy)
            staged.append(copy)
        }
        let profile = folder.appendingPathComponent(".libreoffice-profile")
        try soffice.run([
            "-env:UserInstallation=\(profile.absoluteURL.absoluteString)",
            "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path,
        ] + staged.map(\.path))
        let pdfs = staged.map { folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf") }
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0.path) }
        if !missing.isEmpty {
            throw ToolError(message: "LibreOffice did not write \(missing.map(\.lastPathComponent).joined(separator: ", "))")
        }
        return pdfs
    }
}

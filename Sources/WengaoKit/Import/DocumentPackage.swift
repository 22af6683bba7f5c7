/// The entries of a zip package, as the importer reads them: `ZipReader` by default, any
/// other reader handed in through `DocumentImporter.Options`.
public protocol DocumentArchive {
    /// The entries' names (not those a password protects).
    var entryNames: [String] { get }
    /// One entry inflated, or nil when there is none of that name; `tooLarge` as soon as it
    /// inflates past `limit` bytes, or past `ratio` times its stored size beyond a mebibyte.
    func read(_ name: String, limit: Int, ratio: Int) throws(DocumentArchiveError) -> [UInt8]?
}

public enum DocumentArchiveError: Error, Sendable {
    case unreadable
    case tooLarge
}

/// Opens a package's bytes.
public typealias DocumentArchiveOpener = @Sendable ([UInt8]) throws(DocumentArchiveError) -> any DocumentArchive


/// A .docx or .odt opened for reading: a zip package whose parts are inflated only up to
/// `ImportLimits`, and whose XML is parsed with no DTD, no entities and no network.
///
/// The limits are checked on the bytes actually inflated, not on the sizes the zip's
/// directory claims: a zip bomb lies in its directory.
struct DocumentPackage {
    let file: String
    private let zip: any DocumentArchive

    /// - Throws: `ImportError` for a file that is not a zip package (an encrypted Office
    ///   file is an OLE compound file, and says so by its first bytes).
    init(bytes: [UInt8], file: String, opener: DocumentArchiveOpener) throws(ImportError) {
        self.file = file
        // D0 CF 11 E0: the compound file of an encrypted .docx and of the old binary .doc.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .encrypted(file) }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .damaged(file, "不是 zip 压缩包") }
        do {
            zip = try opener(bytes)
        } catch {
            throw .damaged(file, "zip 目录无法读取")
        }
    }

    /// The names of all entries (the entries a password protects are not listed).
    var entryNames: [String] { zip.entryNames }

    /// The inflated bytes of one part, or nil when the package has no such part.
    func part(_ path: String) throws(ImportError) -> [UInt8]? {
        do {
            return try zip.read(path, limit: ImportLimits.partBytes, ratio: ImportLimits.compressionRatio)
        } catch .tooLarge {
            throw .bomb(file, part: path)
        } catch {
            throw .damaged(file, "\(path) 无法解压")
        }
    }

    /// A part parsed as XML.
    func xml(_ path: String) throws(ImportError) -> MarkupElement? {
        guard let bytes = try part(path) else { return nil }
        // A document's parts never declare a DTD: one that does is refused before libxml2
        // sees it, so no entity is ever defined, let alone expanded or fetched.
        if Self.declaresDoctype(bytes) { throw .unsafeXML(file, part: path) }
        do {
            return try MarkupParser.parse(bytes: bytes, name: path)
        } catch {
            throw .malformedXML(file, part: path, line: error.line, message: error.message)
        }
    }

    static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
        let marker = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") {
                let rest = bytes[index...]
                if rest.starts(with: marker) || rest.starts(with: entity) { return true }
            }
            index += 1
        }
        return false
    }
}

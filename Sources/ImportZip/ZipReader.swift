import Foundation
import WengaoKit
import ZIPFoundation

/// A zip package read with ZIPFoundation, as the `DocumentArchive` that `wengao import`
/// reads .docx and .odt parts from.
public struct ZipReader: DocumentArchive {
    private let archive: Archive

    /// - Throws: `DocumentArchiveError.unreadable` when the bytes are no zip archive.
    public init(bytes: [UInt8]) throws(DocumentArchiveError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .unreadable
        }
    }

    /// Opens packages for `DocumentImporter`.
    public static let opener: DocumentArchiveOpener = { bytes throws(DocumentArchiveError) in try ZipReader(bytes: bytes) }

    /// The entries' names (ZIPFoundation does not list an entry a password protects).
    public var entryNames: [String] { archive.map(\.path) }

    /// The inflated bytes of one entry, or nil when there is none of that name.
    ///
    /// The limits are checked on the bytes actually inflated, not on the sizes the zip's
    /// directory claims: a zip bomb lies in its directory.
    public func read(_ name: String, limit: Int, ratio: Int) throws(DocumentArchiveError) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        let stored = max(Int(clamping: entry.compressedSize), 1)
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                if bytes.count > limit || (bytes.count > 1 << 20 && bytes.count / stored > ratio) { throw TooLarge() }
            }
        } catch is TooLarge {
            throw .tooLarge
        } catch {
            throw .unreadable
        }
        return bytes
    }

    private struct TooLarge: Error {}
}

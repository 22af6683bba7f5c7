internal import CLibDeflate

/// A zip package read by hand over libdeflate (already linked for writing packages): the
/// end-of-central-directory record, the central directory, each entry's local header, and
/// raw DEFLATE or stored data, every offset and size checked against the file.
///
/// Not ZIPFoundation: it imports all of Foundation, which made the shipped static
/// executable 50 MB → 94.5 MB stripped and cannot share WengaoKit with `CICU` (ICU module
/// clash); Docs/design-notes.md has the measurements. Zip64, encryption and methods other
/// than stored and deflate are not read: a .docx or .odt never needs them.
public struct ZipReader: DocumentArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    private let entries: [Entry]

    /// - Throws: `DocumentArchiveError.unreadable` for bytes that are no zip archive, a
    ///   truncated one, or one whose directory points outside the file.
    public init(bytes: [UInt8]) throws(DocumentArchiveError) {
        self.bytes = bytes
        // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
        let minimum = 22
        guard bytes.count >= minimum else { throw .unreadable }
        var end = -1
        var index = bytes.count - minimum
        let lowest = max(0, bytes.count - minimum - 0xFFFF)
        while index >= lowest {
            if Self.u32(bytes, index) == 0x0605_4B50 { end = index; break }
            index -= 1
        }
        guard end >= 0 else { throw .unreadable }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        // 0xFFFF / 0xFFFFFFFF say the real values are in a Zip64 record: not a document's.
        guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, directorySize != 0xFFFF_FFFF,
              directoryOffset + directorySize <= end else { throw .unreadable }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = directoryOffset
        for _ in 0..<count {
            guard at + 46 <= end, Self.u32(bytes, at) == 0x0201_4B50 else { throw .unreadable }
            let nameLength = Int(Self.u16(bytes, at + 28)), extraLength = Int(Self.u16(bytes, at + 30))
            let commentLength = Int(Self.u16(bytes, at + 32))
            guard at + 46 + nameLength <= end else { throw .unreadable }
            let entry = Entry(name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                              method: Self.u16(bytes, at + 10), flags: Self.u16(bytes, at + 8), crc: Self.u32(bytes, at + 16),
                              compressedSize: Int(Self.u32(bytes, at + 20)), uncompressedSize: Int(Self.u32(bytes, at + 24)),
                              localHeaderOffset: Int(Self.u32(bytes, at + 42)))
            guard entry.compressedSize != 0xFFFF_FFFF, entry.uncompressedSize != 0xFFFF_FFFF,
                  entry.localHeaderOffset != 0xFFFF_FFFF else { throw .unreadable }
            entries.append(entry)
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Opens packages for `DocumentImporter`.
    public static let opener: DocumentArchiveOpener = { bytes throws(DocumentArchiveError) in try ZipReader(bytes: bytes) }

    /// The entries' names; an encrypted entry is not listed, as no reader can give its text.
    public var entryNames: [String] { entries.filter { $0.flags & 1 == 0 }.map(\.name) }

    public func read(_ name: String, limit: Int, ratio: Int) throws(DocumentArchiveError) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name && $0.flags & 1 == 0 }) else { return nil }
        // The sizes the directory declares are checked before anything is allocated, and the
        // data must inflate to exactly that size: a zip bomb that lies fails either way.
        let size = entry.uncompressedSize
        if size > limit || (size > 1 << 20 && size / max(entry.compressedSize, 1) > ratio) { throw .tooLarge }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else { throw .unreadable }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .unreadable }
        var output = [UInt8](repeating: 0, count: size)
        switch entry.method {
        case 8 where size == 0:
            break
        case 0:
            guard entry.compressedSize == size else { throw .unreadable }
            output.replaceSubrange(0..<size, with: bytes[start..<(start + size)])
        case 8:
            guard let decompressor = libdeflate_alloc_decompressor() else { throw .unreadable }
            defer { libdeflate_free_decompressor(decompressor) }
            var produced = 0
            let result = bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    libdeflate_deflate_decompress(decompressor, input.baseAddress! + start, entry.compressedSize,
                                                  out.baseAddress, size, &produced)
                }
            }
            // INSUFFICIENT_SPACE: the data holds more than the directory declared.
            if result == LIBDEFLATE_INSUFFICIENT_SPACE { throw .tooLarge }
            guard result == LIBDEFLATE_SUCCESS, produced == size else { throw .unreadable }
        default:
            throw .unreadable
        }
        let crc = output.withUnsafeBufferPointer { UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }
        guard crc == entry.crc else { throw .unreadable }
        return output
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}

import Foundation
import ZIPFoundation

/// A .docx or .odt file as a zip archive: its entries in stored order, read from the
/// central directory by hand, and each entry's bytes.
///
/// The entry list is read independently of ZIPFoundation (which wrote the file), so that
/// the package rules check the bytes on disk: duplicates, order, compression method and
/// the local header of the first entry.
public struct PackageArchive: Sendable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        /// 0 = stored, 8 = deflated.
        public var compressionMethod: UInt16
        public var localHeaderOffset: Int
        /// Length of the extra field in the entry's local header.
        public var localExtraLength: Int
    }

    public let url: URL
    public let entries: [Entry]
    private let bytes: Data

    /// - Throws: `PackageError` when the file is not a zip archive.
    public init(url: URL) throws {
        self.url = url
        bytes = try Data(contentsOf: url)
        entries = try Self.centralDirectory(bytes, name: url.lastPathComponent)
    }

    /// The uncompressed bytes of the first entry at `path`.
    public func data(at path: String) throws -> Data {
        let archive = try Archive(data: bytes, accessMode: .read)
        guard let entry = archive[path] else { throw PackageError(message: "\(url.lastPathComponent): no part \(path)") }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    private static func centralDirectory(_ bytes: Data, name: String) throws -> [Entry] {
        let reader = LittleEndianReader(bytes)
        // The end-of-central-directory record: 22 bytes plus a comment of at most 64 KiB.
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 22 - 65_535), reader.uint32(end) != 0x0605_4b50 { end -= 1 }
        guard end >= 0, reader.uint32(end) == 0x0605_4b50 else { throw PackageError(message: "\(name): not a zip archive") }
        let count = Int(reader.uint16(end + 10))
        var offset = Int(reader.uint32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, reader.uint32(offset) == 0x0201_4b50 else {
                throw PackageError(message: "\(name): broken central directory")
            }
            let nameLength = Int(reader.uint16(offset + 28))
            let extraLength = Int(reader.uint16(offset + 30)), commentLength = Int(reader.uint16(offset + 32))
            let local = Int(reader.uint32(offset + 42))
            guard offset + 46 + nameLength <= bytes.count, local + 30 <= bytes.count, reader.uint32(local) == 0x0403_4b50 else {
                throw PackageError(message: "\(name): broken entry header")
            }
            let path = String(decoding: bytes[bytes.startIndex + offset + 46 ..< bytes.startIndex + offset + 46 + nameLength], as: UTF8.self)
            entries.append(Entry(path: path, compressionMethod: reader.uint16(offset + 10),
                                 localHeaderOffset: local, localExtraLength: Int(reader.uint16(local + 28))))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}

public struct PackageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

private struct LittleEndianReader {
    let bytes: Data
    init(_ bytes: Data) { self.bytes = bytes }

    func uint16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        let base = bytes.startIndex + offset
        return UInt16(bytes[base]) | UInt16(bytes[base + 1]) << 8
    }

    func uint32(_ offset: Int) -> UInt32 {
        UInt32(uint16(offset)) | UInt32(uint16(offset + 2)) << 16
    }
}

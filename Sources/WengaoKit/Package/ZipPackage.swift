import Foundation
import ZIPFoundation

/// Assembles package parts into zip bytes, the same bytes for the same parts.
///
/// Every entry gets one fixed timestamp and the same permissions; entries keep the
/// writer's order, so ODT's `mimetype` comes first, stored uncompressed.
enum ZipPackage {
    static func data(for parts: [PackagePart], timestamp: Date) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: timestamp, permissions: 0o644,
                                 compressionMethod: part.stored ? .none : .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}

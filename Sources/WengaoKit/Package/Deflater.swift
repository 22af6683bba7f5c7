internal import CZlibDeflate
import Foundation

/// Raw deflate (RFC 1951, as zip entries hold it) through zlib, one stream reused for
/// every entry of a package.
///
/// Level 1 (zlib's fastest): on these XML parts it deflates about twice as fast as the
/// default level 6 for packages about 13% larger (8.5 → 9.6 KB for a 5,000-character
/// speech), 5% of the time of a document. Memory level 8, zlib's own default: the level 9
/// ZIPFoundation asked for has a larger hash table to clear for every small part. Same
/// input, same zlib → same bytes.
final class Deflater {
    private var stream = z_stream()
    private var ready = false

    init() throws {
        guard wengao_deflate_init(&stream, Z_BEST_SPEED, 8) == Z_OK else { throw ZipPackageError.deflate }
        ready = true
    }

    deinit {
        if ready { deflateEnd(&stream) }
        scratch.deallocate()
    }

    /// Output space, kept from part to part: growing `Data` by the worst case would clear
    /// every byte of it first.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    /// The deflated bytes of `data`, appended to `output`; returns their count.
    func deflate(_ data: Data, into output: inout Data) throws -> Int {
        guard deflateReset(&stream) == Z_OK else { throw ZipPackageError.deflate }
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        if scratch.count < bound {
            scratch.deallocate()
            scratch = .allocate(byteCount: max(bound, 64 << 10), alignment: 16)
        }
        let written: Int = try data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            // zlib's next_in is not const; it never writes through it.
            stream.next_in = UnsafeMutablePointer(mutating: source.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(data.count)
            stream.next_out = scratch.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(bound)
            // deflateBound guarantees room for the whole stream, so one call finishes it.
            guard CZlibDeflate.deflate(&stream, Z_FINISH) == Z_STREAM_END else { throw ZipPackageError.deflate }
            return bound - Int(stream.avail_out)
        }
        output.append(scratch.baseAddress!.assumingMemoryBound(to: UInt8.self), count: written)
        return written
    }

    /// The CRC-32 zip stores for each entry.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { bytes in
            UInt32(CZlibDeflate.crc32(0, bytes.bindMemory(to: Bytef.self).baseAddress, uInt(bytes.count)))
        }
    }
}

enum ZipPackageError: Error, CustomStringConvertible {
    case deflate
    case tooLarge

    var description: String {
        switch self {
        case .deflate: "zlib could not compress a package part"
        case .tooLarge: "a package part is larger than a zip without Zip64 can hold"
        }
    }
}

internal import CZlibDeflate
import FoundationEssentials

/// Raw deflate (RFC 1951, as zip entries hold it) through zlib, one stream per memory
/// level reused for every entry of a package.
///
/// Level 1 (zlib's fastest): on these XML parts it deflates about twice as fast as the
/// default level 6 for packages about 13% larger (8.5 → 9.6 KB for a 5,000-character
/// speech), 5% of the time of a document. Same input, same zlib → same bytes.
///
/// The memory level follows the part's size (`memoryLevel(forSize:)`). zlib clears the
/// whole hash table for every entry — 64 KB at its default level 8, for each of the dozen
/// parts of a package, most of them under 1.5 KB — while a smaller level also means
/// smaller blocks, each with Huffman tables to build. Measured with callgrind on the parts
/// of a 5,000-character speech (zlib 1.2.13, level 1), the cheapest levels were 3 for parts
/// under 4 KB, 5 for parts under 16 KB and 6 above (also for a 100 KB part): 20% fewer
/// instructions than level 8 for all parts, packages within 0.3% of the same size. The
/// level depends on the part alone, so a part's compressed bytes are the same whichever
/// package or batch worker compresses it first (`PackageEntryCache` shares them).
final class Deflater {
    /// Streams by memory level (index 0 is level 1), each made when a part first needs it.
    private var streams: [UnsafeMutablePointer<z_stream>?] = Array(repeating: nil, count: 8)

    init() {}

    deinit {
        for case let stream? in streams {
            deflateEnd(stream)
            stream.deallocate()
        }
        scratch.deallocate()
    }

    /// zlib's memory level for a part of `size` bytes: 3 under 4 KB, 4 under 8 KB, 5 under
    /// 16 KB, 6 from there on.
    static func memoryLevel(forSize size: Int) -> Int32 {
        let bits = Int.bitWidth - max(size, 1).leadingZeroBitCount
        return Int32(min(6, max(3, bits - 9)))
    }

    private func stream(forSize size: Int) throws -> UnsafeMutablePointer<z_stream> {
        let level = Self.memoryLevel(forSize: size)
        if let stream = streams[Int(level) - 1] {
            guard deflateReset(stream) == Z_OK else { throw ZipPackageError.deflate }
            return stream
        }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard wengao_deflate_init(stream, Z_BEST_SPEED, level) == Z_OK else {
            stream.deallocate()
            throw ZipPackageError.deflate
        }
        streams[Int(level) - 1] = stream
        return stream
    }

    /// Output space, kept from part to part: growing `Data` by the worst case would clear
    /// every byte of it first.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    /// The deflated bytes of `data`, appended to `output`; returns their count.
    func deflate(_ data: Data, into output: inout [UInt8]) throws -> Int {
        let stream = try stream(forSize: data.count)
        let bound = Int(deflateBound(stream, uLong(data.count)))
        if scratch.count < bound {
            scratch.deallocate()
            scratch = .allocate(byteCount: max(bound, 16 << 10), alignment: 16)
        }
        let written: Int = try data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            // zlib's next_in is not const; it never writes through it.
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.bindMemory(to: Bytef.self).baseAddress)
            stream.pointee.avail_in = uInt(data.count)
            stream.pointee.next_out = scratch.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(bound)
            // deflateBound guarantees room for the whole stream, so one call finishes it.
            guard CZlibDeflate.deflate(stream, Z_FINISH) == Z_STREAM_END else { throw ZipPackageError.deflate }
            return bound - Int(stream.pointee.avail_out)
        }
        output.append(contentsOf: UnsafeRawBufferPointer(start: scratch.baseAddress, count: written))
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

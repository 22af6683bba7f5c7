internal import CLibDeflate
import FoundationEssentials

/// Raw deflate (RFC 1951, as zip entries hold it) and the CRC-32 zip stores, through
/// libdeflate; one compressor reused for every entry of a package.
///
/// libdeflate compresses a whole buffer in one call, which is all a package part ever
/// is. Against zlib (level 1, memory level sized to the part) on the 17 parts of a
/// 5,000-character speech, libdeflate's level 1 took 368 µs instead of 773 µs and made
/// 15.6 KB instead of 16.0 KB; its level 6 would be as slow as zlib's level 1 for 10% less.
/// Compression took a third of writing a document, so the fastest level it is. Same
/// input, same libdeflate → same bytes.
final class Deflater {
    private let compressor: OpaquePointer

    init() throws {
        guard let compressor = libdeflate_alloc_compressor(1) else { throw ZipPackageError.deflate }
        self.compressor = compressor
    }

    deinit {
        libdeflate_free_compressor(compressor)
        scratch.deallocate()
    }

    /// Room for the worst case, kept from part to part (and, through `DeflaterPool`, from
    /// package to package) rather than cleared in the output for every part.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    /// The deflated bytes of `data`, appended to `output`; returns their count.
    func deflate(_ data: Data, into output: inout [UInt8]) throws -> Int {
        let bound = libdeflate_deflate_compress_bound(compressor, data.count)
        if scratch.count < bound {
            scratch.deallocate()
            scratch = .allocate(byteCount: bound, alignment: 16)
        }
        let written = data.withUnsafeBytes { source in
            libdeflate_deflate_compress(compressor, source.baseAddress, source.count, scratch.baseAddress, bound)
        }
        // The bound always suffices, so 0 (no room) cannot happen for data that fits in memory.
        guard written > 0 || data.isEmpty else { throw ZipPackageError.deflate }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<written]))
        return written
    }

    /// The CRC-32 zip stores for each entry.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { bytes in libdeflate_crc32(0, bytes.baseAddress, bytes.count) }
    }
}

/// Compressors kept for the next package: libdeflate's state is about 200 KB, which a fresh
/// compressor touches page by page (a sixth of one speech's page faults, twice over for
/// its two packages). One per worker at most, since each package holds one while it is made.
final class DeflaterPool: @unchecked Sendable {
    private let lock = Lock()
    private var idle: [Deflater] = []

    func take() throws -> Deflater {
        try lock.withLock { idle.popLast() } ?? Deflater()
    }

    func give(_ deflater: Deflater) {
        lock.withLock { idle.append(deflater) }
    }
}

/// Why a package could not be made. Reaches users as `package-write-failed`, naming the
/// file that was not written (`message(writing:)`).
enum ZipPackageError: Error, CustomStringConvertible {
    case deflate
    case tooLarge

    var description: String {
        switch self {
        case .deflate: "libdeflate could not compress a package part"
        case .tooLarge: "a package part is larger than a zip without Zip64 can hold"
        }
    }

    /// The catalog's message for the package of the file at `path`.
    func message(writing path: String) -> DiagnosticMessage {
        switch self {
        case .deflate: .packageCompressionFailed(path)
        case .tooLarge: .packageTooLarge(path)
        }
    }
}

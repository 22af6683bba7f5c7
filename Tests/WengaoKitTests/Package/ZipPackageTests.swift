import Foundation
import Testing
import ZIPFoundation
@testable import WengaoKit

/// The hand-written zip writer, read back by an independent reader (ZIPFoundation).
@Suite struct ZipPackageTests {
    let parts = [
        PackagePart(path: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), stored: true),
        PackagePart(path: "content.xml", data: Data(String(repeating: "<text:p>文稿 wengao</text:p>", count: 400).utf8)),
        PackagePart(path: "META-INF/manifest.xml", data: Data("<manifest/>".utf8)),
        PackagePart(path: "empty.xml", data: Data()),
    ]
    let timestamp = Date(timeIntervalSince1970: 1_783_684_800) // 2026-07-10 12:00 UTC

    func entries(of data: Data) throws -> [(path: String, method: CompressionMethod, bytes: Data, date: Date)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) } // checks each entry's CRC-32
            let method: CompressionMethod = entry.isCompressed ? .deflate : .none
            return (entry.path, method, bytes, entry.fileAttributes[.modificationDate] as? Date ?? .distantPast)
        }
    }

    @Test func aZipReaderFindsEveryPartInOrderWithItsBytes() throws {
        let read = try entries(of: ZipPackage.data(for: parts, timestamp: timestamp))
        #expect(read.map(\.path) == parts.map(\.path))
        #expect(read.map(\.bytes) == parts.map(\.data))
        #expect(read.map(\.method) == [.none, .deflate, .deflate, .deflate])
        #expect(read.allSatisfy { $0.date == timestamp })
    }

    @Test func mimetypeComesFirstStoredWithoutExtraField() throws {
        let data = try ZipPackage.data(for: parts, timestamp: timestamp)
        // ODF: the bytes "mimetype" at offset 30 and the media type right after them.
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(data[28] == 0 && data[29] == 0)
        #expect(String(decoding: data[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: data[38..<77], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func theSamePartsGiveTheSameBytesWithOrWithoutTheCache() throws {
        let cache = PackageEntryCache()
        let plain = try ZipPackage.data(for: parts, timestamp: timestamp)
        let first = try ZipPackage.data(for: parts, timestamp: timestamp, cache: cache)
        let second = try ZipPackage.data(for: parts, timestamp: timestamp, cache: cache)
        #expect(plain == first && first == second)
        var changed = parts
        changed[1].data = Data("<text:p>另一份</text:p>".utf8)
        let other = try entries(of: ZipPackage.data(for: changed, timestamp: timestamp, cache: cache))
        #expect(other[1].bytes == changed[1].data)
    }

    @Test func partsOfEverySizeClassReadBackFromOnePackage() throws {
        // Small, medium and large parts, in an order that switches back and forth, share one
        // compressor; the package reads back whole.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<300_000).map { _ in UInt8.random(in: 0x41...0x5A, using: &generator) }
        let sizes = [12, 300_000, 700, 40_000, 9_000, 300_000, 5]
        let mixed = sizes.enumerated().map { index, size in
            PackagePart(path: "part\(index).xml", data: Data(noise.prefix(size)))
        }
        let read = try entries(of: ZipPackage.data(for: mixed, timestamp: timestamp))
        #expect(read.map(\.bytes) == mixed.map(\.data))
    }

    @Test func incompressibleAndEmptyPartsReadBack() throws {
        // Random bytes deflate to more than they are: the compressor's bound must still hold.
        var generator = SystemRandomNumberGenerator()
        let random = Data((0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let parts = [PackagePart(path: "empty.xml", data: Data()), PackagePart(path: "random.bin", data: random)]
        let read = try entries(of: ZipPackage.data(for: parts, timestamp: timestamp))
        #expect(read.map(\.bytes) == parts.map(\.data))
    }

    @Test func dosTimestampsAreUTCAndClampedToTheFormatsYears() {
        // 2026-07-10 12:00:00 UTC → year 46 since 1980, July, 10th; 12:00:00.
        #expect(ZipPackage.dosDateTime(timestamp) == (UInt16(46 << 9 | 7 << 5 | 10), UInt16(12 << 11)))
        #expect(ZipPackage.dosDateTime(Date(timeIntervalSince1970: 0)).date == UInt16(0 << 9 | 1 << 5 | 1))
        #expect(ZipPackage.dosDateTime(Date(timeIntervalSince1970: 4_102_444_800)).date == UInt16(119 << 9 | 1 << 5 | 1))
        // Odd seconds round down to the two-second step.
        #expect(ZipPackage.dosDateTime(Date(timeIntervalSince1970: 1_783_684_859)).time == UInt16(12 << 11 | 0 << 5 | 29))
    }

    @Test func aPartAboveTheLimitIsTooLarge() throws {
        #expect(throws: ZipPackageError.tooLarge) {
            try ZipPackage.data(for: parts, timestamp: timestamp, sizeLimit: 1000)
        }
        // The stored part alone fits; the directory after it does not.
        #expect(throws: ZipPackageError.tooLarge) {
            try ZipPackage.data(for: [parts[0]], timestamp: timestamp, sizeLimit: 60)
        }
        #expect(throws: Never.self) { try ZipPackage.data(for: parts, timestamp: timestamp, sizeLimit: 100_000) }
    }
}

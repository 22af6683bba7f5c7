import Foundation
import Testing
import ZIPFoundation
@testable import WengaoKit

/// The importer's zip reader against an independent one (ZIPFoundation) on packages written
/// by Word's format as LibreOffice and pandoc write it, by LibreOffice's ODT, and by
/// ZIPFoundation itself; and on damaged and hostile packages, where it must refuse, never
/// crash and never allocate more than its limit.
@Suite struct ZipReaderTests {
    static let fixtures = Scratch.packageRoot.appendingPathComponent("Tests/WengaoEndToEndTests/Fixtures/import")
    static let packages = ["half-year-speech-web.docx", "half-year-speech-web.odt", "separate-items-speech-pandoc.docx",
                           "separate-items-speech-pandoc.odt", "numbered-summary.docx", "numbered-summary.odt"]

    @Test(arguments: packages)
    func everyEntryReadsAsZIPFoundationReadsIt(name: String) throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        let mine = try ZipReader(bytes: [UInt8](data))
        let theirs = try Archive(data: data, accessMode: .read)
        #expect(mine.entryNames == theirs.map(\.path))
        for entry in theirs where entry.type == .file {
            var expected = Data()
            _ = try theirs.extract(entry) { expected.append($0) }
            let read = try mine.read(entry.path, limit: 64 << 20, ratio: 10_000)
            #expect(read == [UInt8](expected), "\(name): \(entry.path)")
        }
        #expect(try mine.read("no/such/part", limit: 1 << 20, ratio: 100) == nil)
    }

    /// Stored and deflated entries, an empty one, as ZIPFoundation writes them.
    @Test func storedDeflatedAndEmptyEntries() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let text = Data(String(repeating: "同志们，", count: 500).utf8)
        for (path, method, data) in [("a.txt", CompressionMethod.none, text), ("b.xml", .deflate, text), ("empty", .deflate, Data())] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let reader = try ZipReader(bytes: [UInt8](try #require(archive.data)))
        #expect(reader.entryNames == ["a.txt", "b.xml", "empty"])
        #expect(try reader.read("a.txt", limit: 1 << 20, ratio: 100) == [UInt8](text))
        #expect(try reader.read("b.xml", limit: 1 << 20, ratio: 1000) == [UInt8](text))
        #expect(try reader.read("empty", limit: 1 << 20, ratio: 100) == [])
        #expect(throws: DocumentArchiveError.tooLarge) { try reader.read("b.xml", limit: 100, ratio: 100) }
    }

    /// Every truncation of a real package, and thousands of bytes changed at random: the
    /// reader refuses or reads, and what it reads has passed the entry's CRC.
    @Test func damagedPackagesAreRefusedNotCrashedOn() throws {
        let original = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("separate-items-speech-pandoc.docx")))
        let reference = try ZipReader(bytes: original)
        for length in stride(from: 0, to: original.count, by: 7) {
            if let reader = try? ZipReader(bytes: Array(original[..<length])) {
                for name in reader.entryNames { _ = try? reader.read(name, limit: 1 << 20, ratio: 1000) }
            }
        }
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var refused = 0
        for _ in 0..<2000 {
            var damaged = original
            for _ in 0..<(1 + next() % 4) { damaged[next() % damaged.count] = UInt8(truncatingIfNeeded: next()) }
            guard let reader = try? ZipReader(bytes: damaged) else {
                refused += 1
                continue
            }
            for name in reader.entryNames {
                guard let bytes = try? reader.read(name, limit: 1 << 20, ratio: 1000) else {
                    refused += 1
                    continue
                }
                // What is read has passed its CRC: an entry of the undamaged package's name
                // reads as the undamaged package's entry, whatever was changed elsewhere.
                if let clean = try reference.read(name, limit: 1 << 20, ratio: 1000) {
                    #expect(bytes == clean, "\(name)")
                }
            }
        }
        #expect(refused > 100, "damage is noticed: \(refused) refusals")
    }

    /// A directory that claims a small size for data that inflates far beyond it, and one that
    /// claims a huge size: both refused, neither read in full.
    @Test func bombsAreRefusedByDeclaredAndActualSize() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let zeros = Data(count: 8 << 20)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(zeros.count), compressionMethod: .deflate) { position, size in
            zeros.subdata(in: Int(position)..<Int(position) + size)
        }
        var bytes = [UInt8](try #require(archive.data))
        let reader = try ZipReader(bytes: bytes)
        #expect(throws: DocumentArchiveError.tooLarge) { try reader.read("word/document.xml", limit: 16 << 20, ratio: 200) }
        // Now let the directory lie: 1 KB declared, in both headers' size fields.
        var central = bytes.count - 4
        while central > 0, Array(bytes[central..<(central + 4)]) != [0x50, 0x4B, 0x01, 0x02] { central -= 1 }
        #expect(central > 0)
        bytes.replaceSubrange((central + 24)..<(central + 28), with: [0x00, 0x04, 0x00, 0x00])
        let lying = try ZipReader(bytes: bytes)
        #expect(throws: DocumentArchiveError.tooLarge) { try lying.read("word/document.xml", limit: 16 << 20, ratio: 1 << 30) }
    }

    /// An entry whose flags say it is encrypted is not listed: a password-protected package
    /// has no parts to read, and the .docx reader then calls it encrypted.
    @Test func encryptedEntriesAreNotListed() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let data = Data("<w:document/>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        var bytes = [UInt8](try #require(archive.data))
        var central = bytes.count - 4
        while central > 0, Array(bytes[central..<(central + 4)]) != [0x50, 0x4B, 0x01, 0x02] { central -= 1 }
        bytes[central + 8] |= 1
        let reader = try ZipReader(bytes: bytes)
        #expect(reader.entryNames.isEmpty)
        #expect(try reader.read("word/document.xml", limit: 1 << 20, ratio: 100) == nil)
        let package = try DocumentPackage(bytes: bytes, file: "locked.docx", opener: ZipReader.opener)
        #expect(throws: ImportError.encrypted("locked.docx")) { try DocxReader.read(package) }
    }
}

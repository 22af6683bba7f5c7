import Foundation

/// Assembles package parts into zip bytes, the same bytes for the same parts.
///
/// Every entry gets one fixed timestamp and the same permissions; entries keep the
/// writer's order, so ODT's `mimetype` comes first, stored uncompressed and without an
/// extra field, as ODF requires.
///
/// Written by hand rather than through ZIPFoundation's `Archive`: an in-memory archive
/// re-reads its central directory for every entry added and opens a new zlib stream for
/// each, which for a dozen small parts cost more than making them. The layout matches
/// what ZIPFoundation wrote (Unix, version 2.1, UTF-8 names, no Zip64), and the parts
/// inside are the same bytes.
enum ZipPackage {
    /// - Parameter cache: where parts that repeat from package to package keep their
    ///   compressed bytes; nil compresses every part.
    static func data(for parts: [PackagePart], timestamp: Date, cache: PackageEntryCache? = nil) throws -> Data {
        let (date, time) = dosDateTime(timestamp)
        let deflater = try Deflater()
        var archive = Data()
        archive.reserveCapacity(parts.reduce(1024) { $0 + $1.data.count / 3 + 128 })
        var central = Data()
        for part in parts {
            let name = Data(part.path.utf8)
            let offset = archive.count
            let headerStart = archive.count
            // The local header is written with empty sizes and filled in once the data is.
            archive.append(localHeader(name: name, method: part.stored ? 0 : 8, date: date, time: time))
            let compressed: Int
            let crc: UInt32
            if part.stored {
                archive.append(part.data)
                compressed = part.data.count
                crc = Deflater.crc32(part.data)
            } else if let cache {
                let entry = try cache.entry(path: part.path, data: part.data) {
                    var bytes = Data()
                    _ = try deflater.deflate(part.data, into: &bytes)
                    return PackageEntryCache.Entry(crc: Deflater.crc32(part.data), compressed: bytes)
                }
                archive.append(entry.compressed)
                compressed = entry.compressed.count
                crc = entry.crc
            } else {
                compressed = try deflater.deflate(part.data, into: &archive)
                crc = Deflater.crc32(part.data)
            }
            guard compressed <= UInt32.max, part.data.count <= UInt32.max, offset <= UInt32.max else {
                throw ZipPackageError.tooLarge
            }
            archive.replaceSubrange(headerStart + 14..<headerStart + 26,
                                    with: littleEndian(UInt32(crc)) + littleEndian(UInt32(compressed)) + littleEndian(UInt32(part.data.count)))
            central.append(centralHeader(name: name, method: part.stored ? 0 : 8, date: date, time: time, crc: crc,
                                         compressed: UInt32(compressed), size: UInt32(part.data.count), offset: UInt32(offset)))
        }
        let centralOffset = archive.count
        archive.append(central)
        var end = Data()
        end += littleEndian(UInt32(0x0605_4B50))
        end += littleEndian(UInt16(0)) + littleEndian(UInt16(0))
        end += littleEndian(UInt16(parts.count)) + littleEndian(UInt16(parts.count))
        end += littleEndian(UInt32(central.count)) + littleEndian(UInt32(centralOffset))
        end += littleEndian(UInt16(0))
        archive.append(end)
        return archive
    }

    /// Version 2.0 to extract; names flagged UTF-8 (general purpose bit 11).
    private static let versionNeeded: UInt16 = 20
    private static let flags: UInt16 = 1 << 11
    /// Made by Unix (3), zip specification 2.1.
    private static let versionMadeBy: UInt16 = 3 << 8 | 21
    /// `-rw-r--r--` regular file, in the high half as Unix zip tools store it.
    private static let externalAttributes: UInt32 = (0o100644 as UInt32) << 16

    private static func localHeader(name: Data, method: UInt16, date: UInt16, time: UInt16) -> Data {
        var header = Data()
        header += littleEndian(UInt32(0x0403_4B50))
        header += littleEndian(versionNeeded) + littleEndian(flags) + littleEndian(method)
        header += littleEndian(time) + littleEndian(date)
        header += Data(count: 12) // CRC-32, compressed size, size
        header += littleEndian(UInt16(name.count)) + littleEndian(UInt16(0))
        header += name
        return header
    }

    private static func centralHeader(name: Data, method: UInt16, date: UInt16, time: UInt16, crc: UInt32,
                                      compressed: UInt32, size: UInt32, offset: UInt32) -> Data {
        var header = Data()
        header += littleEndian(UInt32(0x0201_4B50))
        header += littleEndian(versionMadeBy) + littleEndian(versionNeeded) + littleEndian(flags) + littleEndian(method)
        header += littleEndian(time) + littleEndian(date)
        header += littleEndian(crc) + littleEndian(compressed) + littleEndian(size)
        header += littleEndian(UInt16(name.count)) + littleEndian(UInt16(0)) + littleEndian(UInt16(0))
        header += littleEndian(UInt16(0)) + littleEndian(UInt16(0)) + littleEndian(externalAttributes)
        header += littleEndian(offset)
        header += name
        return header
    }

    /// MS-DOS date and time of `date` in UTC (the zip format has no time zone); seconds in
    /// steps of two. Years outside 1980–2099 are clamped as ZIPFoundation did.
    static func dosDateTime(_ date: Date) -> (date: UInt16, time: UInt16) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = min(max(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 1980), 2099)
        let dosDate = (year - 1980) << 9 | month << 5 | day
        let dosTime = (secondOfDay / 3600) << 11 | (secondOfDay % 3600 / 60) << 5 | (secondOfDay % 60) / 2
        return (UInt16(dosDate), UInt16(dosTime))
    }

    private static func littleEndian<Value: FixedWidthInteger>(_ value: Value) -> Data {
        withUnsafeBytes(of: value.littleEndian) { Data($0) }
    }
}

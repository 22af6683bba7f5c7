import FoundationEssentials

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
    /// - Parameter deflaters: where compressors are kept between packages; nil makes one.
    /// - Parameter sizeLimit: the largest part, compressed part, offset and directory the zip
    ///   may hold: 4 GiB − 1, what a zip without Zip64 can say. Only tests pass a smaller one,
    ///   to reach `ZipPackageError.tooLarge` without gigabytes.
    static func data(for parts: [PackagePart], timestamp: Date, cache: PackageEntryCache? = nil,
                     deflaters: DeflaterPool? = nil, sizeLimit: Int = Int(UInt32.max)) throws -> Data {
        let (date, time) = dosDateTime(timestamp)
        let deflater = try deflaters?.take() ?? Deflater()
        defer { deflaters?.give(deflater) }
        // Bytes in arrays, headers written field by field: `Data` built from a dozen small
        // `Data` values per entry cost more than the headers are worth.
        var archive: [UInt8] = []
        archive.reserveCapacity(parts.reduce(1024) { $0 + $1.data.count / 3 + 128 })
        var central: [UInt8] = []
        central.reserveCapacity(parts.reduce(22) { $0 + $1.path.utf8.count + 46 })
        for part in parts {
            let name = part.path.utf8
            let method: UInt16 = part.stored ? 0 : 8
            let offset = archive.count
            // The local header is written with empty sizes and filled in once the data is.
            appendLocalHeader(name: name, method: method, date: date, time: time, to: &archive)
            let compressed: Int
            let crc: UInt32
            if part.stored {
                part.data.withUnsafeBytes { archive.append(contentsOf: $0) }
                compressed = part.data.count
                crc = Deflater.crc32(part.data)
            } else if let cache {
                let entry = try cache.entry(path: part.path, data: part.data) {
                    var bytes: [UInt8] = []
                    _ = try deflater.deflate(part.data, into: &bytes)
                    return PackageEntryCache.Entry(crc: Deflater.crc32(part.data), compressed: bytes)
                }
                archive.append(contentsOf: entry.compressed)
                compressed = entry.compressed.count
                crc = entry.crc
            } else {
                compressed = try deflater.deflate(part.data, into: &archive)
                crc = Deflater.crc32(part.data)
            }
            guard compressed <= sizeLimit, part.data.count <= sizeLimit, offset <= sizeLimit else {
                throw ZipPackageError.tooLarge
            }
            put(crc, at: offset + 14, in: &archive)
            put(UInt32(compressed), at: offset + 18, in: &archive)
            put(UInt32(part.data.count), at: offset + 22, in: &archive)
            appendCentralHeader(name: name, method: method, date: date, time: time, crc: crc,
                                compressed: UInt32(compressed), size: UInt32(part.data.count), offset: UInt32(offset),
                                to: &central)
        }
        let centralOffset = archive.count
        // The directory's offset and size, and the entry count, must fit their fields too.
        guard centralOffset <= sizeLimit, central.count <= sizeLimit, parts.count <= UInt16.max else {
            throw ZipPackageError.tooLarge
        }
        archive.append(contentsOf: central)
        append(UInt32(0x0605_4B50), to: &archive)
        append(UInt16(0), to: &archive)
        append(UInt16(0), to: &archive)
        append(UInt16(parts.count), to: &archive)
        append(UInt16(parts.count), to: &archive)
        append(UInt32(central.count), to: &archive)
        append(UInt32(centralOffset), to: &archive)
        append(UInt16(0), to: &archive)
        return Data(archive)
    }

    /// Version 2.0 to extract; names flagged UTF-8 (general purpose bit 11).
    private static let versionNeeded: UInt16 = 20
    private static let flags: UInt16 = 1 << 11
    /// Made by Unix (3), zip specification 2.1.
    private static let versionMadeBy: UInt16 = 3 << 8 | 21
    /// `-rw-r--r--` regular file, in the high half as Unix zip tools store it.
    private static let externalAttributes: UInt32 = (0o100644 as UInt32) << 16

    private static func appendLocalHeader(name: String.UTF8View, method: UInt16, date: UInt16, time: UInt16,
                                          to bytes: inout [UInt8]) {
        append(UInt32(0x0403_4B50), to: &bytes)
        append(versionNeeded, to: &bytes)
        append(flags, to: &bytes)
        append(method, to: &bytes)
        append(time, to: &bytes)
        append(date, to: &bytes)
        append(UInt32(0), to: &bytes) // CRC-32
        append(UInt32(0), to: &bytes) // compressed size
        append(UInt32(0), to: &bytes) // size
        append(UInt16(name.count), to: &bytes)
        append(UInt16(0), to: &bytes)
        bytes.append(contentsOf: name)
    }

    private static func appendCentralHeader(name: String.UTF8View, method: UInt16, date: UInt16, time: UInt16,
                                            crc: UInt32, compressed: UInt32, size: UInt32, offset: UInt32,
                                            to bytes: inout [UInt8]) {
        append(UInt32(0x0201_4B50), to: &bytes)
        append(versionMadeBy, to: &bytes)
        append(versionNeeded, to: &bytes)
        append(flags, to: &bytes)
        append(method, to: &bytes)
        append(time, to: &bytes)
        append(date, to: &bytes)
        append(crc, to: &bytes)
        append(compressed, to: &bytes)
        append(size, to: &bytes)
        append(UInt16(name.count), to: &bytes)
        append(UInt16(0), to: &bytes) // extra field
        append(UInt16(0), to: &bytes) // comment
        append(UInt16(0), to: &bytes) // disk
        append(UInt16(0), to: &bytes) // internal attributes
        append(externalAttributes, to: &bytes)
        append(offset, to: &bytes)
        bytes.append(contentsOf: name)
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

    @inline(__always)
    private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    private static func put(_ value: UInt32, at index: Int, in bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { field in
            for offset in 0..<4 { bytes[index + offset] = field[offset] }
        }
    }
}

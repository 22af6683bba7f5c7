/// Fast forms of what the reader and the rules do for every scalar of the input.
enum ScalarText {
    /// The string of `scalars`, encoded straight into UTF-8. Building a
    /// `String.UnicodeScalarView` appends scalar by scalar and was a tenth of reading an input.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var end = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[end] = UInt8(truncatingIfNeeded: value)
                    end += 1
                case ..<0x800:
                    buffer[end] = 0xC0 | UInt8(truncatingIfNeeded: value >> 6)
                    buffer[end + 1] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
                    end += 2
                case ..<0x10000:
                    buffer[end] = 0xE0 | UInt8(truncatingIfNeeded: value >> 12)
                    buffer[end + 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
                    buffer[end + 2] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
                    end += 3
                default:
                    buffer[end] = 0xF0 | UInt8(truncatingIfNeeded: value >> 18)
                    buffer[end + 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F)
                    buffer[end + 2] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
                    buffer[end + 3] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
                    end += 4
                }
            }
            return end
        }
    }

    /// The scalars of `string` in one pass: `Array(string.unicodeScalars)` decodes twice,
    /// once to count them.
    static func scalars(_ string: String) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: string.utf8.count) { buffer, count in
            forEachScalar(of: string) { scalar in
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
        }
    }

    /// Calls `body` with each Unicode scalar of `text`, decoded from its UTF-8 by hand.
    ///
    /// A String's UTF-8 is valid by construction, so no byte needs checking; the standard
    /// library's scalar view checks anyway and cost three times as much, a tenth of
    /// reading a report.
    @inline(__always)
    static func forEachScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decode(at: index, in: bytes)
                body(scalar)
                index += length
            }
        }
        if decoded == nil {
            for scalar in text.unicodeScalars { body(scalar) }
        }
    }

    /// The number of Unicode scalars of `text` when it can be a `Text` just as it stands:
    /// not empty, no white space at either end (nothing to trim), no line feed unless
    /// `lineFeeds` (nothing to split into paragraphs) and no byte that may begin a
    /// character XML cannot carry (nothing to report). nil sends it the long way, decoded
    /// into scalars and checked one by one; most values need none of that.
    static func untouchedCount(_ text: String, lineFeeds: Bool) -> Int? {
        let result: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard !bytes.isEmpty else { return nil }
            var count = 0
            for index in bytes.indices {
                let byte = bytes[index]
                // A continuation byte (most of Chinese text) is neither a scalar's start nor
                // a suspect: one test and on.
                if byte & 0xC0 == 0x80 { continue }
                count += 1
                if byte >= 0x20, byte < 0x7F || (byte > 0xC2 && byte != 0xEF) { continue }
                if byte < 0x20 {
                    if byte == 0x0A ? !lineFeeds : (byte != 0x09 && byte != 0x0D) { return nil }
                } else if byte == 0x7F {
                    return nil
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 {
                    return nil // C1 controls (and NEL, which is white space anyway)
                } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return nil // U+FFFE, U+FFFF
                }
            }
            var last = bytes.count - 1
            while bytes[last] & 0xC0 == 0x80 { last -= 1 }
            if isWhitespace(decode(at: 0, in: bytes).scalar) || isWhitespace(decode(at: last, in: bytes).scalar) { return nil }
            return count
        }
        return result ?? nil
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            value = lead
            length = 1
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value).unsafelyUnwrapped, length)
    }

    /// Unicode's White_Space property — the same answer as `scalar.properties.isWhitespace`,
    /// from a switch over its 25 scalars instead of a lookup in the property tables.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

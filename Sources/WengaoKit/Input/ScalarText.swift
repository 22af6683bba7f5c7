/// Fast forms of two things the reader and the rules do for every scalar of the input.
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
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars { scalars.append(scalar) }
        return scalars
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

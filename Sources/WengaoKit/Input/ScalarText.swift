/// Fast forms of two things the reader and the rules do for every scalar of the input.
enum ScalarText {
    /// The string of `scalars`, encoded straight into UTF-8. Building a
    /// `String.UnicodeScalarView` appends scalar by scalar and was a tenth of reading an input.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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

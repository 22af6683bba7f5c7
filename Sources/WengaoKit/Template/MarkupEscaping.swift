/// Escapes the values a template inserts into Wengao's block markup.
///
/// The same five characters as HTML escaping (`<`, `>`, `&`, `"`, `'`), found by scanning
/// UTF-8 bytes instead of grapheme clusters: most values hold none of them and are copied
/// as they are. Escaping character by character was once the largest single cost of
/// rendering. Working on bytes also escapes a `<` that a combining mark follows, which a
/// character-by-character comparison misses.
struct MarkupEscaping {
    func escapeText(_ text: String) -> String {
        var escaped = ""
        Self.append(text, to: &escaped)
        return escaped
    }

    /// Appends `text` to `output`, escaped.
    static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        let clean = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: needsEscaping) }
            ?? !utf8.contains(where: needsEscaping)
        if clean {
            output += text
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        output += String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

import Mustache

/// Escapes the values a template inserts into Wengao's block markup.
///
/// The same five characters as swift-mustache's HTML escaping (`<`, `>`, `&`, `"`, `'`),
/// so the markup is the same, but found by scanning UTF-8 bytes instead of grapheme
/// clusters: most values hold none of them and are returned as they are. Mustache's
/// own escaping walked every character of every value and was the largest single cost
/// of rendering. Working on bytes also escapes a `<` that a combining mark follows, which
/// a character-by-character comparison misses.
struct MarkupEscaping: MustacheContentType {
    /// The name templates are compiled with (`{{% CONTENT_TYPE: WENGAO_MARKUP}}`).
    static let name = "WENGAO_MARKUP"

    /// Registers the escaping with swift-mustache once, before the first template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(MarkupEscaping(), named: name)
    }()

    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        let clean = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: Self.needsEscaping) }
            ?? !utf8.contains(where: Self.needsEscaping)
        if clean { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

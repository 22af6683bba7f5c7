/// A piece of template text between Mustache tags, read once into markup tokens so that
/// rendering can build paragraphs without writing the markup out and parsing it again.
///
/// Only a plain subset of XML is read: start tags, end tags and empty-element tags of the
/// block markup's elements (`MarkupGrammar.swift`) with at most a `style` attribute in
/// quotes, and character data without `&` or `>`. A template whose text holds anything
/// else — an entity or character reference, a comment, CDATA, a processing instruction, a
/// tag cut by a Mustache tag — is not compiled and renders through libxml2 as before
/// (`DocumentTemplate`).
struct MarkupFragment: Sendable, Equatable {
    /// The text as written in the template.
    var text: String
    var tokens: [MarkupToken]

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }

    /// The template's nodes with every text node read into a fragment, or nil when some
    /// text is outside the subset.
    static func compile(_ nodes: [MustacheNode]) -> [MustacheNode]? {
        var compiled: [MustacheNode] = []
        compiled.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case let .text(text):
                guard let tokens = MarkupTokenizer.tokens(of: text) else { return nil }
                compiled.append(.markup(MarkupFragment(text: text, tokens: tokens)))
            case .markup, .value:
                compiled.append(node)
            case let .section(name, inverted, children):
                guard let children = compile(children) else { return nil }
                compiled.append(.section(name, inverted: inverted, children: children))
            }
        }
        return compiled
    }
}

enum MarkupToken: Sendable, Equatable {
    /// A start tag, or an empty-element tag when `empty`; `style` is its style attribute.
    case start(MarkupElementName, style: String?, empty: Bool)
    case end(MarkupElementName)
    /// Character data; `hasBreak` when it holds a line break (CR or LF), `isBlank` when it
    /// is only XML white space.
    case text(String, hasBreak: Bool, isBlank: Bool)
}

/// Reads template text into `MarkupToken`s, or gives up (nil) on anything outside the
/// subset `MarkupFragment` describes.
enum MarkupTokenizer {
    static func tokens(of text: String) -> [MarkupToken]? {
        let bytes = Array(text.utf8)
        var tokens: [MarkupToken] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                guard let (token, next) = tag(in: bytes, at: index) else { return nil }
                tokens.append(token)
                index = next
                continue
            }
            let start = index
            var hasBreak = false
            var isBlank = true
            while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
                switch bytes[index] {
                case UInt8(ascii: "&"), UInt8(ascii: ">"): return nil
                case 0x0A, 0x0D: hasBreak = true
                case 0x20, 0x09: break
                default: isBlank = false
                }
                index += 1
            }
            tokens.append(.text(String(decoding: bytes[start..<index], as: UTF8.self), hasBreak: hasBreak, isBlank: isBlank))
        }
        return tokens
    }

    /// The tag whose `<` is at `start`, and the index after its `>`.
    private static func tag(in bytes: [UInt8], at start: Int) -> (MarkupToken, Int)? {
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        guard let (name, afterName) = self.name(in: bytes, at: index), let element = MarkupElementName.named(name) else { return nil }
        index = skipSpace(bytes, from: afterName)
        if closing {
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
            return (.end(element), index + 1)
        }
        var style: String?
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ">"):
                return (.start(element, style: style, empty: false), index + 1)
            case UInt8(ascii: "/"):
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return nil }
                return (.start(element, style: style, empty: true), index + 2)
            default:
                // An attribute needs white space before it.
                guard index > afterName, isSpace(bytes[index - 1]) else { return nil }
                guard let (attribute, afterAttribute) = self.name(in: bytes, at: index) else { return nil }
                index = skipSpace(bytes, from: afterAttribute)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
                index = skipSpace(bytes, from: index + 1)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                    return nil
                }
                let quote = bytes[index]
                let valueStart = index + 1
                index = valueStart
                while index < bytes.count, bytes[index] != quote {
                    // References and white space other than a space would be replaced by
                    // an XML parser (attribute-value normalisation): left to libxml2.
                    switch bytes[index] {
                    case UInt8(ascii: "&"), UInt8(ascii: "<"), 0x09, 0x0A, 0x0D: return nil
                    default: index += 1
                    }
                }
                // Only `style`, once: another attribute means nothing to the markup, and
                // whether it is repeated is for libxml2 to say.
                guard index < bytes.count, attribute == "style", style == nil else { return nil }
                style = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                index = skipSpace(bytes, from: index + 1)
            }
        }
        return nil
    }

    /// An ASCII name without a namespace prefix, and the index after it.
    private static func name(in bytes: [UInt8], at start: Int) -> (String, Int)? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            let isOther = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            guard isLetter || (isOther && index > start) else { break }
            index += 1
        }
        guard index > start else { return nil }
        return (String(decoding: bytes[start..<index], as: UTF8.self), index)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func skipSpace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }
}

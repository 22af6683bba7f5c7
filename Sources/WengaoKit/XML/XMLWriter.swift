import Foundation

/// Writes one XML part into a byte buffer: elements nest by construction (each is closed
/// by the call that opened it), and text and attribute values are escaped.
///
/// The bytes are exactly those libxml2's `xmlTextWriter` wrote for the same calls — its
/// declaration, `<a/>` for an element nothing was written into, its escaping of text
/// (`xmlEncodeSpecialChars`) and of attribute values (`xmlBufAttrSerializeTxtContent`) —
/// so every golden part is unchanged. Writing through libxml2 cost more than any other
/// stage after reading the input (see `Docs/design-notes.md`); libxml2 still reads and
/// checks all markup Wengao reads, and the tests read what this writes back with it.
///
/// Elements are written with their qualified names (`w:p`, `text:p`); each part declares
/// its namespaces as attributes of its root element.
final class XMLWriter {
    /// The bytes and the writer's state in one value, changed by one mutating call per
    /// element or text: each access to a class's stored property is checked for
    /// exclusivity at run time, which per byte appended cost more than the appending.
    private var output = Output()

    init(capacity: Int = 1024) {
        output.bytes.reserveCapacity(capacity)
        output.bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        output.bytes.append(UInt8(ascii: "\n"))
    }

    /// Writes `<name attributes…>` … `</name>`, with `content` writing the children.
    /// An element without children is written as an empty-element tag.
    func element(_ name: String, _ attributes: [(String, String)] = [], content: () -> Void = {}) {
        output.start(name, attributes)
        content()
        output.end(name)
    }

    /// Writes an element whose only child is `text`.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        output.start(name, attributes)
        output.text(text)
        output.end(name)
    }

    /// Writes character data, escaped. Even empty text makes its element `<a></a>`, as
    /// libxml2 did.
    func text(_ string: String) {
        output.text(string)
    }

    /// Ends the document and returns its bytes.
    func finish() throws -> Data {
        output.closeStartTag()
        output.bytes.append(UInt8(ascii: "\n"))
        return Data(output.bytes)
    }

    private struct Output {
        var bytes: [UInt8] = []
        /// Whether the last start tag is still open (`<a b="c"`): a child or text closes it
        /// with `>`, the end of its element with `/>`.
        var startTagOpen = false

        mutating func start(_ name: String, _ attributes: [(String, String)]) {
            closeStartTag()
            bytes.append(UInt8(ascii: "<"))
            bytes.append(contentsOf: name.utf8)
            for (key, value) in attributes {
                bytes.append(UInt8(ascii: " "))
                bytes.append(contentsOf: key.utf8)
                bytes.append(UInt8(ascii: "="))
                bytes.append(UInt8(ascii: "\""))
                append(value, escaping: .attribute)
                bytes.append(UInt8(ascii: "\""))
            }
            startTagOpen = true
        }

        mutating func end(_ name: String) {
            if startTagOpen {
                bytes.append(UInt8(ascii: "/"))
                bytes.append(UInt8(ascii: ">"))
                startTagOpen = false
            } else {
                bytes.append(UInt8(ascii: "<"))
                bytes.append(UInt8(ascii: "/"))
                bytes.append(contentsOf: name.utf8)
                bytes.append(UInt8(ascii: ">"))
            }
        }

        mutating func text(_ string: String) {
            closeStartTag()
            append(string, escaping: .text)
        }

        mutating func closeStartTag() {
            if startTagOpen {
                bytes.append(UInt8(ascii: ">"))
                startTagOpen = false
            }
        }

        /// Which bytes are replaced: for text (`xmlEncodeSpecialChars`) `<>&"` and CR; for
        /// attribute values (`xmlBufAttrSerializeTxtContent` in a UTF-8 document) also LF and
        /// tab, which keeps them from being normalised to spaces when read back. NUL ends the
        /// text in both, as it ended libxml2's C strings.
        private enum Escaping {
            case text, attribute

            @inline(__always)
            func replacement(_ byte: UInt8) -> StaticString? {
                switch byte {
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "\""): "&quot;"
                case 0x0D: "&#13;"
                case 0x0A where self == .attribute: "&#10;"
                case 0x09 where self == .attribute: "&#9;"
                default: nil
                }
            }
        }

        /// Appends `string` with the bytes `escaping` names replaced.
        private mutating func append(_ string: String, escaping: Escaping) {
            let copied: Void? = string.utf8.withContiguousStorageIfAvailable { source in
                var start = 0
                for index in source.indices {
                    let byte = source[index]
                    // Most bytes are neither ASCII punctuation nor controls: one comparison.
                    guard byte <= UInt8(ascii: ">") else { continue }
                    let replacement = escaping.replacement(byte)
                    guard byte == 0 || replacement != nil else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                    guard let replacement else { return }
                    bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    start = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
            }
            if copied == nil {
                var string = string
                string.makeContiguousUTF8()
                append(string, escaping: escaping)
            }
        }
    }
}

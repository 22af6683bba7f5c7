internal import CLibXML2
import FoundationEssentials

/// Writes one XML part through libxml2's `xmlTextWriter`, which escapes text and
/// attribute values and produces well-formed output by construction.
///
/// Elements are written with their qualified names (`w:p`, `text:p`); each part declares
/// its namespaces as attributes of its root element.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false

    init() {
        LibXML.initialize()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// Writes `<name attributes…>` … `</name>`, with `content` writing the children.
    /// An element without children is written as an empty-element tag.
    func element(_ name: String, _ attributes: [(String, String)] = [], content: () -> Void = {}) {
        check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
        for (key, value) in attributes {
            check(withXMLChars(key) { key in withXMLChars(value) { xmlTextWriterWriteAttribute(writer, key, $0) } })
        }
        content()
        check(xmlTextWriterEndElement(writer))
    }

    /// Writes an element whose only child is `text`.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        element(name, attributes) { self.text(text) }
    }

    /// Writes character data; libxml2 escapes `&`, `<` and `>`.
    ///
    /// Text with none of the bytes libxml2's escaping replaces (`<` `>` `&` `"` CR, and NUL,
    /// where a C string would end) goes to the writer as it is: escaping it would only copy
    /// it unchanged into a new allocation (0.6 M of one speech's 20 M instructions), and a
    /// document's text is almost never anything but words.
    func text(_ string: String) {
        let unescaped: Int32?? = string.utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
            // (Empty text, too, goes the usual way, byte for byte the same.)
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0D, 0: return nil
                default: continue
                }
            }
            return xmlTextWriterWriteRawLen(writer, start, Int32(bytes.count))
        }
        if let written = unescaped ?? nil {
            check(written)
        } else {
            check(withXMLChars(string) { xmlTextWriterWriteString(writer, $0) })
        }
    }

    /// Ends the document and returns its bytes.
    ///
    /// - Throws: `XMLWriterError` when libxml2 reported a failure on any call.
    func finish() throws -> Data {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else { throw XMLWriterError() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }
}

struct XMLWriterError: Error, CustomStringConvertible {
    var description: String { "libxml2 could not write an XML part" }
}

/// Lends a Swift string to libxml2 as the NUL-terminated UTF-8 `xmlChar *` it expects.
func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
    string.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
    }
}

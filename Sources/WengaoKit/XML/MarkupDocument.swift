internal import CLibXML2
import FoundationEssentials

/// A parsed XML document from libxml2, walked as a small tree of elements and text.
///
/// Used for the block markup that templates produce; errors come back with the line and
/// column libxml2 found them at.
struct MarkupElement {
    var name: String
    var attributes: [String: String]
    var children: [MarkupNode]
    var line: Int
}

enum MarkupNode {
    case element(MarkupElement)
    case text(String)
}

struct MarkupSyntaxError: Error {
    var message: String
    var line: Int
    /// Column in bytes of the line, as libxml2 counts it.
    var byteColumn: Int
}

enum MarkupParser {
    /// Parses `text` as XML, with no network access and no external entities.
    static func parse(_ text: String) throws(MarkupSyntaxError) -> MarkupElement {
        try parse(bytes: Array(text.utf8), name: "template")
    }

    /// Parses XML bytes (a part of an imported .docx or .odt) the same way; `name` is what
    /// libxml2 calls the document in its messages.
    static func parse(bytes: [UInt8], name: String) throws(MarkupSyntaxError) -> MarkupElement {
        LibXML.initialize()
        var bytes = bytes
        let count = Int32(bytes.count)
        guard let context = xmlNewParserCtxt() else {
            throw MarkupSyntaxError(message: "out of memory", line: 1, byteColumn: 1)
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, count, name, "UTF-8", options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let error = xmlCtxtGetLastError(context)
            let message = error?.pointee.message.map { String(cString: $0).trimmingWhitespace }
            throw MarkupSyntaxError(message: message ?? "not well-formed XML",
                                    line: Int(error?.pointee.line ?? 1),
                                    byteColumn: Int(error?.pointee.int2 ?? 1))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw MarkupSyntaxError(message: "no root element", line: 1, byteColumn: 1)
        }
        return convert(root)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func convert(_ node: xmlNodePtr) -> MarkupElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name)
            // An attribute's value is held in its text children (entities already replaced).
            var value = ""
            var text = current.pointee.children
            while let node = text {
                value += string(node.pointee.content)
                text = node.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(convert(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(.text(string(current.pointee.content)))
            default:
                break
            }
            child = current.pointee.next
        }
        return MarkupElement(name: string(node.pointee.name), attributes: attributes,
                             children: children, line: Int(xmlGetLineNo(node)))
    }
}

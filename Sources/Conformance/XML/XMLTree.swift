internal import CLibXML2
import Foundation

/// An element of a parsed XML document: local name, attributes by local name, children.
///
/// Enough to read pdftotext's XHTML, an ODF manifest, OPC content types and relationships;
/// namespace prefixes are dropped because none of those uses one name twice.
struct XMLTreeElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLTreeElement]
    var text: String

    /// Every descendant element (self included) named `name`, in document order.
    func descendants(named name: String) -> [XMLTreeElement] {
        var found: [XMLTreeElement] = self.name == name ? [self] : []
        for child in children { found += child.descendants(named: name) }
        return found
    }
}

struct XMLTreeError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

enum XMLTree {
    /// Parses `data`; no network, no external DTD, no entity expansion from outside.
    static func parse(_ data: Data, name: String) throws -> XMLTreeElement {
        LibXML.initialize()
        guard let context = xmlNewParserCtxt() else { throw XMLTreeError(message: "\(name): out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                              Int32(buffer.count), name, "UTF-8", options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw XMLTreeError(message: "\(name): \(LibXML.lastError(context) ?? "not well-formed XML")")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw XMLTreeError(message: "\(name): no root element") }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> XMLTreeElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attributes[LibXML.string(current.pointee.name)] = LibXML.text(of: current.pointee.children)
            attribute = current.pointee.next
        }
        var children: [XMLTreeElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(convert(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += LibXML.string(current.pointee.content)
            default: break
            }
            child = current.pointee.next
        }
        return XMLTreeElement(name: LibXML.string(node.pointee.name), attributes: attributes, children: children, text: text)
    }
}

/// Small helpers around libxml2's C API, shared by the tree reader and the validators.
enum LibXML {
    /// Initialises libxml2 once, before any thread uses it, and stops it from ever
    /// fetching a schema or DTD over the network.
    static func initialize() { _ = initialized }

    private static let initialized: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The concatenated content of a list of text nodes (an attribute's value).
    static func text(of first: xmlNodePtr?) -> String {
        var value = ""
        var node = first
        while let current = node {
            value += string(current.pointee.content)
            node = current.pointee.next
        }
        return value
    }

    static func lastError(_ context: xmlParserCtxtPtr) -> String? {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else { return nil }
        return "line \(error.pointee.line): " + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

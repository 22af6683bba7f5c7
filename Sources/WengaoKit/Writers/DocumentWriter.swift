import FoundationEssentials

/// Makes a part that depends only on the style sheet and the document's language —
/// styles, settings, relationships, footers — given its path and how to write it. A
/// generator hands in its cache, so a batch writes each such part once; `{ try $1() }`
/// writes it every time.
typealias FixedPart = (_ path: String, _ write: () throws -> Data) throws -> Data

/// Turns a document into the parts of one package format.
protocol DocumentWriter {
    static var format: OutputFormat { get }
    static func parts(for document: Document, styleSheet: StyleSheet, fixed: FixedPart) throws -> [PackagePart]
}

extension DocumentWriter {
    static func parts(for document: Document, styleSheet: StyleSheet) throws -> [PackagePart] {
        try parts(for: document, styleSheet: styleSheet, fixed: { try $1() })
    }
}

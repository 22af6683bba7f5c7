internal import CLibXML2
import Foundation

/// A compiled XML Schema or RelaxNG grammar that validates documents with libxml2.
///
/// Compiling is the slow part (the ODF 1.3 RelaxNG schema takes a noticeable fraction of a
/// second), so a validator is made once and used for every part. Validations through one
/// validator are serialised: libxml2 shares compiled grammars between threads only with
/// care, and validating a part takes milliseconds.
public final class SchemaValidator: @unchecked Sendable {
    private enum Grammar {
        case xsd(xmlSchemaPtr)
        case relaxNG(xmlRelaxNGPtr)
    }

    /// The schema file this validator was compiled from.
    public let url: URL
    private let grammar: Grammar
    private let lock = NSLock()

    /// Compiles a W3C XML Schema (`.xsd`) or a RelaxNG schema (`.rng`, XML syntax).
    ///
    /// - Throws: `SchemaError` with libxml2's messages when the schema does not compile.
    public init(url: URL) throws {
        LibXML.initialize()
        self.url = url
        let errors = ErrorCollector()
        let userData = Unmanaged.passUnretained(errors).toOpaque()
        if url.pathExtension == "rng" {
            guard let parser = xmlRelaxNGNewParserCtxt(url.path) else { throw SchemaError(url: url, messages: ["cannot read"]) }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, collectError, userData)
            guard let compiled = xmlRelaxNGParse(parser) else { throw SchemaError(url: url, messages: errors.messages) }
            grammar = .relaxNG(compiled)
        } else {
            guard let parser = xmlSchemaNewParserCtxt(url.path) else { throw SchemaError(url: url, messages: ["cannot read"]) }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collectError, userData)
            guard let compiled = xmlSchemaParse(parser) else { throw SchemaError(url: url, messages: errors.messages) }
            grammar = .xsd(compiled)
        }
        withExtendedLifetime(errors) {}
    }

    deinit {
        switch grammar {
        case let .xsd(schema): xmlSchemaFree(schema)
        case let .relaxNG(schema): xmlRelaxNGFree(schema)
        }
    }

    /// Validates one XML document; returns libxml2's messages, empty when it is valid.
    public func validate(_ data: Data, name: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let errors = ErrorCollector()
        let userData = Unmanaged.passUnretained(errors).toOpaque()
        guard let context = xmlNewParserCtxt() else { return ["\(name): out of memory"] }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                              Int32(buffer.count), name, nil, options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return ["\(name): not well-formed: \(LibXML.lastError(context) ?? "")"]
        }
        defer { xmlFreeDoc(document) }
        let status: Int32
        switch grammar {
        case let .xsd(schema):
            let validation = xmlSchemaNewValidCtxt(schema)
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, collectError, userData)
            status = xmlSchemaValidateDoc(validation, document)
        case let .relaxNG(schema):
            let validation = xmlRelaxNGNewValidCtxt(schema)
            defer { xmlRelaxNGFreeValidCtxt(validation) }
            xmlRelaxNGSetValidStructuredErrors(validation, collectError, userData)
            status = xmlRelaxNGValidateDoc(validation, document)
        }
        return withExtendedLifetime(errors) {
            if status == 0 { return [] }
            return errors.messages.isEmpty ? ["\(name): invalid (libxml2 status \(status))"] : errors.messages
        }
    }
}

public struct SchemaError: Error, CustomStringConvertible {
    public var url: URL
    public var messages: [String]
    public var description: String { "schema \(url.path) does not compile: " + messages.joined(separator: "; ") }
}

/// Collects libxml2's structured errors (warnings are left out: the OPC driver schema
/// warns about imports it skips on purpose).
private final class ErrorCollector {
    var messages: [String] = []
}

private func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
    // Schema files are named by their file name; parts by their path in the package.
    let file = error.pointee.file.map { String(cString: $0) }.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 } ?? ""
    collector.messages.append("\(file):\(error.pointee.line): \(message)")
}

import Foundation

/// The standard schemas in `shared/schemas`, compiled on first use and kept, and which
/// one validates each part of a package.
public final class StandardSchemas: @unchecked Sendable {
    public let folder: URL
    private var compiled: [String: SchemaValidator] = [:]
    private let lock = NSLock()

    public init(folder: URL) {
        self.folder = folder
    }

    /// True when the folder holds the ODF and OOXML schemas.
    public var isPresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.odf).path)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.wordprocessing).path)
    }

    static let odf = "odf-1.3/OpenDocument-v1.3-schema.rng"
    static let manifest = "odf-1.3/OpenDocument-v1.3-manifest-schema.rng"
    // A local driver: wml.xsd imports the xml: namespace without a location (see SOURCES.txt).
    static let wordprocessing = "ooxml-transitional/wml-validate.xsd"
    static let contentTypes = "ooxml-transitional/opc-xsd/opc-contentTypes.xsd"
    static let relationships = "ooxml-transitional/opc-xsd/opc-relationships.xsd"
    // A local driver that loads the Dublin Core schemas from dublin-core/, never the network.
    static let coreProperties = "ooxml-transitional/opc-coreProperties-validate.xsd"
    static let extendedProperties = "ooxml-transitional/shared-documentPropertiesExtended.xsd"

    /// The schema for the part at `path`, by the package's format; nil for a part no
    /// schema is known for (which the schema rule reports: every part must be checked).
    static func schemaPath(forPart path: String, format: PackageFormat) -> String? {
        switch format {
        case .odt:
            switch path {
            case "content.xml", "styles.xml", "meta.xml", "settings.xml": return odf
            case "META-INF/manifest.xml": return manifest
            default: return nil
            }
        case .docx:
            if path == "[Content_Types].xml" { return contentTypes }
            if path.hasSuffix(".rels") { return relationships }
            if path == "docProps/core.xml" { return coreProperties }
            if path == "docProps/app.xml" { return extendedProperties }
            if path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.dropFirst(5).contains("/") { return wordprocessing }
            return nil
        }
    }

    /// Validates one part of a package against its standard schema.
    ///
    /// - Returns: libxml2's messages; empty when the part is valid.
    /// - Throws: `SchemaError` when no schema is known for the part or it does not compile.
    public func validate(_ data: Data, part path: String, format: PackageFormat) throws -> [String] {
        guard let schema = Self.schemaPath(forPart: path, format: format) else {
            throw SchemaError(url: folder, messages: ["没有对应 \(path) 的标准模式"])
        }
        return try validator(schema).validate(data, name: path)
    }

    /// The compiled schema at `relativePath`, compiling it the first time.
    func validator(_ relativePath: String) throws -> SchemaValidator {
        lock.lock()
        defer { lock.unlock() }
        if let validator = compiled[relativePath] { return validator }
        let validator = try SchemaValidator(url: folder.appendingPathComponent(relativePath))
        compiled[relativePath] = validator
        return validator
    }
}

/// The two package formats Wengao writes.
public enum PackageFormat: String, Sendable {
    case docx, odt

    public init?(url: URL) {
        self.init(rawValue: url.pathExtension.lowercased())
    }
}

import FoundationEssentials

/// The file formats Wengao writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case docx
    case odt

    public var fileExtension: String { rawValue }
}

/// One file inside a zip package: its path and bytes.
struct PackagePart: Sendable {
    var path: String
    var data: Data
    /// ODT's `mimetype` must be stored, not compressed, so that `file` and friends can read
    /// the type at a fixed offset.
    var stored = false
}

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

extension OutputFormat {
    /// The writer registered for this format.
    var writer: any DocumentWriter.Type {
        switch self {
        case .docx: DocxWriter.self
        case .odt: OdtWriter.self
        }
    }
}

/// Number formatting that never depends on the locale: XML wants `12.5`, not `12,5`.
enum XMLNumber {
    /// A point value with at most two decimals and no trailing zeros: `31.5pt`.
    static func points(_ value: Double) -> String { decimal(value) + "pt" }

    static func millimetres(_ points: Double) -> String { decimal(points * 25.4 / 72) + "mm" }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        // Beyond what the style sheet's ranges allow; Swift's own spelling is as good as any.
        guard rounded.isFinite, abs(rounded) < 1e15 else { return String(rounded) }
        // Hundredths as an integer, written out by hand: the same digits as "%.2f" without
        // its trailing zeros, and without String(format:), whose first use costs as much
        // as writing a whole document part.
        let hundredths = Int((value * 100).rounded())
        let whole = String(abs(hundredths) / 100)
        let fraction = abs(hundredths) % 100
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return (hundredths < 0 ? "-" : "") + whole + "." + digits
    }

    /// Twentieths of a point, WordprocessingML's unit for lengths.
    static func twips(_ points: Double) -> String { String(Int((points * 20).rounded())) }

    /// Half-points, WordprocessingML's unit for font sizes.
    static func halfPoints(_ points: Double) -> String { String(Int((points * 2).rounded())) }
}

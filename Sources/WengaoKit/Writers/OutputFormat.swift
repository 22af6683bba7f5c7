/// The file formats Wengao writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case docx
    case odt

    public var fileExtension: String { rawValue }
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

import FoundationEssentials

/// The whole pipeline for one input: read, check, render, write, package.
public struct Generator: Sendable {
    /// The templates and style sheet. Setting new ones starts a new cache of fixed parts,
    /// since those parts (styles.xml above all) are written from the style sheet: a cache
    /// kept across the change would go on writing the old styles.
    public var templates: TemplateSet {
        didSet { fixedParts = FixedPartCache() }
    }
    public var limits: InputLimits
    /// Print half-width punctuation in Chinese full-width (`--keep-punctuation` turns it
    /// off). Typed numbering is taken off points either way: see `TextCorrection`.
    public var correctsPunctuation = true
    /// Shared by copies and by a batch's workers: styles and other parts that do not
    /// change from document to document are compressed once. The entry cache needs no
    /// reset: it reuses compressed bytes only for a part whose bytes are the same.
    let entryCache = PackageEntryCache()
    private(set) var fixedParts = FixedPartCache()
    let deflaters = DeflaterPool()
    /// The zip format's limit (`ZipPackage.data`); tests lower it to reach the error.
    var packageSizeLimit = Int(UInt32.max)

    public init(templates: TemplateSet, limits: InputLimits = .default) {
        self.templates = templates
        self.limits = limits
    }

    /// Reads and checks an input; the report is nil when errors stop generation.
    ///
    /// - Parameter ignoring: warning ids silenced for this run (`--ignore`).
    public func check(path: String, ignoring: Set<String> = []) -> (report: Report?, diagnostics: [Diagnostic]) {
        ReportValidator.check(path: path, limits: limits, ignoring: ignoring)
    }

    /// The layout-free document for one genre.
    public func document(for report: Report, genre: Genre) throws -> Document {
        guard let template = templates.template(for: genre) else {
            throw DiagnosticError(Diagnostic(.templateSyntax("没有加载\(genre.chineseName)模板"), at: nil))
        }
        return try template.render(report.voiced(for: genre), styleSheet: templates.styleSheet)
    }

    /// The package bytes of `document` in `format`.
    ///
    /// - Parameter timestamp: the time stamped on every zip entry. Callers pass
    ///   `SOURCE_DATE_EPOCH` or the document's date, never the clock.
    public func package(_ document: Document, format: OutputFormat, timestamp: Date) throws -> Data {
        let parts = try format.writer.parts(for: document, styleSheet: templates.styleSheet) { path, write in
            try fixedParts.part(path, format: format, language: document.properties.language, write: write)
        }
        return try ZipPackage.data(for: parts, timestamp: timestamp, cache: entryCache, deflaters: deflaters,
                                   sizeLimit: packageSizeLimit)
    }

    /// Makes the parts no input changes — styles, settings, relationships, footers — for
    /// `formats`, and compresses them, so that a document packaged later, on any thread,
    /// finds them ready in the caches. Packaging an empty document does exactly that.
    public func prepare(_ formats: [OutputFormat], language: String = DocumentProperties.defaultLanguage) {
        let empty = Document(properties: DocumentProperties(title: "", language: language), paragraphs: [])
        for format in formats {
            _ = try? package(empty, format: format, timestamp: Date(timeIntervalSince1970: 315_576_000))
        }
    }

    /// The zip timestamp for a document: `SOURCE_DATE_EPOCH` when given, else noon UTC of the
    /// document's date, else 1980-01-01 (the zip format's epoch).
    public static func timestamp(for document: Document, sourceDateEpoch: String?) -> Date {
        if let epoch = sourceDateEpoch.flatMap(Int.init) { return Date(timeIntervalSince1970: TimeInterval(epoch)) }
        if let date = document.properties.date { return Date(timeIntervalSince1970: TimeInterval(date.secondsSince1970AtNoon)) }
        return Date(timeIntervalSince1970: 315_576_000)
    }

    /// Writes package bytes to the file at `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try AtomicFile.write(data, to: path)
    }
}

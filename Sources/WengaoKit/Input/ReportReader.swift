/// Builds a `Report` from an input file, keeping every value's line and column.
///
/// The YAML is composed into nodes (not decoded) so that a wrong type, an unknown key or
/// an impossible date can be reported where it stands. Reading goes on after a problem
/// so that one run shows the clerk every mistake, not only the first.
public struct ReportReader {
    public var limits: InputLimits

    public init(limits: InputLimits = .default) {
        self.limits = limits
    }

    /// The report and every diagnostic found while reading it; `report` is nil when the
    /// file could not be understood at all.
    public struct Result: Sendable {
        public var report: Report?
        public var diagnostics: [Diagnostic]
        /// The text that was read, when it could be: diagnostics are shown under its lines
        /// without reading and checking the file a second time.
        public var source: SourceText? = nil
    }

    /// Reads and checks the file at `path`.
    public func read(path: String) -> Result {
        read(named: path) { try SourceText.read(path: path, limits: limits, substitutingControlCharacters: true) }
    }

    /// Reads and checks bytes that did not come from a file (a request's body), with the
    /// same checks a file's bytes get: size, UTF-8, NUL and control characters.
    ///
    /// - Parameter name: what diagnostics call the input; never opened.
    public func read(bytes: [UInt8], name: String) -> Result {
        read(named: name) { try SourceText.decode(bytes, path: name, limits: limits, substitutingControlCharacters: true) }
    }

    private func read(named path: String, loading load: () throws -> SourceText) -> Result {
        do {
            let source = try load()
            var result = read(source)
            result.diagnostics = source.controlCharacterDiagnostics + result.diagnostics
            result.source = source
            return result
        } catch let error as DiagnosticError {
            return Result(report: nil, diagnostics: error.diagnostics)
        } catch {
            let location = SourceLocation(file: path, line: 1, column: 1)
            return Result(report: nil, diagnostics: [Diagnostic(.fileUnreadable("\(error)"), at: location)])
        }
    }

    /// Reads text already loaded.
    public func read(_ source: SourceText) -> Result {
        let preflight = YAMLPreflight.diagnostics(for: source, limits: limits)
        if !preflight.isEmpty { return Result(report: nil, diagnostics: preflight) }
        let composed: YAMLComposer.Result
        do {
            composed = try YAMLComposer.compose(source.text)
        } catch {
            return Result(report: nil, diagnostics: [YAMLErrorTranslation.diagnostic(for: error, source: source)])
        }
        // A repeated key is reported where it is repeated; the first one is read.
        let repeated = composed.repeatedKeys.map { $0.diagnostic(file: source.path) }
        guard let root = composed.root else {
            return Result(report: nil, diagnostics: repeated + [Diagnostic(.fileEmpty(), at: SourceLocation(file: source.path, line: 1, column: 1))])
        }
        var walker = NodeWalker(source: source, limits: limits, hasAliases: source.scalars.contains("*"))
        let report = walker.report(from: root)
        return Result(report: report, diagnostics: repeated + walker.diagnostics)
    }
}

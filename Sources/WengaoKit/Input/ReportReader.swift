import Yams

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
        do {
            let source = try SourceText.read(path: path, limits: limits, substitutingControlCharacters: true)
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
        var diagnostics: [Diagnostic] = []
        var text = source
        // Each round reports one mapping's repeated keys and renames them away; the bound
        // keeps a file full of repetitions from being composed without end.
        for round in 0..<Self.duplicateRounds {
            let root: Node?
            do {
                // The encoding named: its default reads the whole environment on every call.
                root = try Yams.compose(yaml: text.text, Resolver.basic, .default, .utf8)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) where round + 1 < Self.duplicateRounds {
                let hits = DuplicateKeys.repetitions(of: duplicates, firstAt: context.mark.line, column: context.mark.column, in: text)
                diagnostics += hits.map { hit in
                    let (line, column) = text.lineAndColumn(of: hit.offset)
                    return Diagnostic(.duplicateKey(hit.key), at: SourceLocation(file: source.path, line: line, column: column),
                                      notes: ["第一次出现在第 \(context.mark.line) 行"])
                }
                guard !hits.isEmpty else {
                    diagnostics.append(YAMLErrorTranslation.diagnostic(for: YamlError.duplicatedKeysInMapping(duplicates: duplicates, context: context), source: text))
                    return Result(report: nil, diagnostics: diagnostics)
                }
                text = DuplicateKeys.neutralize(hits, in: text)
                continue
            } catch {
                diagnostics.append(YAMLErrorTranslation.diagnostic(for: error, source: text))
                return Result(report: nil, diagnostics: diagnostics)
            }
            var walker = NodeWalker(source: text, limits: limits, hasAliases: text.scalars.contains("*"))
            guard let root else {
                diagnostics.append(Diagnostic(.fileEmpty(), at: SourceLocation(file: source.path, line: 1, column: 1)))
                return Result(report: nil, diagnostics: diagnostics)
            }
            let report = walker.report(from: root)
            return Result(report: report, diagnostics: diagnostics + walker.diagnostics)
        }
        return Result(report: nil, diagnostics: diagnostics)
    }

    /// How many times one file is composed while repeated keys are being reported.
    static let duplicateRounds = 8
}

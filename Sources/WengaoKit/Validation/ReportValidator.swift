/// Checks a report for what makes a document impossible or wrong before it is written.
///
/// Errors stop generation; warnings are shown and generation goes on. Each family of
/// rules lives in its own file beside this one; this type runs them all, in one order, and
/// applies the warnings the user chose to silence.
public enum ReportValidator {
    /// Reads and checks the input at `path`: every diagnostic, sorted by position, and the
    /// report when nothing stops generation.
    ///
    /// - Parameter ignoring: warning ids silenced for this run (`--ignore`), on top of the
    ///   ones the file silences itself (`ignore:` / `忽略:`).
    public static func check(path: String, limits: InputLimits = .default, ignoring: Set<String> = []) -> (report: Report?, diagnostics: [Diagnostic]) {
        finish(ReportReader(limits: limits).read(path: path), file: path, ignoring: ignoring)
    }

    /// The same checks over bytes that are no file (`wengao serve`'s request bodies).
    ///
    /// - Parameter name: what the diagnostics call the input; never opened.
    public static func check(bytes: [UInt8], name: String, limits: InputLimits = .default,
                             ignoring: Set<String> = []) -> (report: Report?, diagnostics: [Diagnostic]) {
        finish(ReportReader(limits: limits).read(bytes: bytes, name: name), file: name, ignoring: ignoring)
    }

    /// The same checks over text already loaded (standard input, tests, the fuzzer).
    public static func check(source: SourceText, limits: InputLimits = .default, ignoring: Set<String> = []) -> (report: Report?, diagnostics: [Diagnostic]) {
        finish(ReportReader(limits: limits).read(source), file: source.path, ignoring: ignoring)
    }

    static func finish(_ result: ReportReader.Result, file path: String, ignoring: Set<String>) -> (report: Report?, diagnostics: [Diagnostic]) {
        var diagnostics = result.diagnostics
        if let report = result.report {
            diagnostics += self.diagnostics(for: report, file: path)
            diagnostics = Silencing.apply(to: diagnostics, fileIgnores: report.ignoredRules, runIgnores: ignoring)
        } else {
            diagnostics = Silencing.apply(to: diagnostics, fileIgnores: [], runIgnores: ignoring)
        }
        diagnostics = sorted(diagnostics)
        return (diagnostics.hasErrors ? nil : result.report, diagnostics)
    }

    /// The warnings of one genre's rules (checked when that genre is written, not by
    /// `validate`), without the ones the file or the run silences.
    public static func diagnostics(for report: Report, genre: Genre, ignoring: Set<String> = []) -> [Diagnostic] {
        let silenced = ignoring.union(report.ignoredRules.map(\.value))
        return ContentRules.diagnostics(for: report, genre: genre).filter { !silenced.contains($0.id) }
    }

    /// Every rule over a report that has been read.
    public static func diagnostics(for report: Report, file: String) -> [Diagnostic] {
        var result = StructureRules.diagnostics(for: report, file: file)
        for item in report.allItems {
            // Decoded once for the three rules that walk the point's scalars.
            let scalars = ScalarText.scalars(item.point.value)
            let numbering = NumberingRule.diagnostic(for: item.point, scalars: scalars)
            if let numbering { result.append(numbering.diagnostic) }
            result += LeadRules.diagnostics(for: item.point)
            result += PunctuationRules.diagnostics(for: item.point, scalars: scalars, skippingPrefix: numbering?.length ?? 0)
            result += PlaceholderRule.diagnostics(for: item.point, scalars: scalars)
            for detail in item.details { result += contentDiagnostics(for: detail) }
        }
        result += LeadRules.duplicatePoints(in: report)
        result += ContentRules.diagnostics(for: report)
        for text in report.framingTexts { result += contentDiagnostics(for: text) }
        return result
    }

    private static func contentDiagnostics(for text: Text) -> [Diagnostic] {
        let scalars = ScalarText.scalars(text.value)
        return PlaceholderRule.diagnostics(for: text, scalars: scalars)
            + PunctuationRules.diagnostics(for: text, scalars: scalars, skippingPrefix: 0)
    }

    /// By file, line and column; diagnostics at one place keep the order they were found in.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location, b = rhs.element.location
            let keyA = (a?.line ?? 0, a?.column ?? 0), keyB = (b?.line ?? 0, b?.column ?? 0)
            return keyA != keyB ? keyA < keyB : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension Report {
    /// Every point in file order, sub-points after their parent.
    var allItems: [Item] {
        // Appended into one array: joining a small array per item copied every item again
        // at each level.
        var result: [Item] = []
        func append(_ items: [Item]) {
            for item in items {
                result.append(item)
                append(item.subpoints)
            }
        }
        for part in parts { append(part.section.items) }
        return result
    }

    /// The texts around the points: metadata, opening and closing, section headings and leads.
    var framingTexts: [Text] {
        var texts = [title, organization, speaker, occasion, audience].compactMap { $0 } + opening + closing
        for genre in Genre.allCases {
            texts += (voicedOpening[genre] ?? []) + (voicedClosing[genre] ?? [])
        }
        for (_, section) in parts {
            texts += [section.heading, section.lead].compactMap { $0 }
            texts += Genre.allCases.compactMap { section.voicedLead[$0] }
        }
        return texts
    }
}

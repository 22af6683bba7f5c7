import FoundationEssentials

/// Time spent in each stage of the pipeline, for the benchmark's per-stage table.
public struct StageTimings: Sendable {
    public var parse: Duration = .zero
    public var validate: Duration = .zero
    public var template: Duration = .zero
    public var write: Duration = .zero
    public var zip: Duration = .zero
    public var save: Duration = .zero

    public init() {}

    /// The stages in pipeline order, with the names the benchmark prints.
    public var stages: [(name: String, time: Duration)] {
        [("parse", parse), ("validate", validate), ("template", template), ("write", write), ("zip", zip), ("save", save)]
    }

    public var total: Duration { stages.reduce(.zero) { $0 + $1.time } }

    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.parse += rhs.parse
        sum.validate += rhs.validate
        sum.template += rhs.template
        sum.write += rhs.write
        sum.zip += rhs.zip
        sum.save += rhs.save
        return sum
    }
}

extension Generator {
    /// Runs the same stages as `generate(_:genre:)` for one input, timing each: parse
    /// (read the file and build the report), validate, template (render the document),
    /// write (the XML parts), zip (the package) and save (the file on disk).
    ///
    /// Used by the benchmark to see which stage grows with the input; it measures the
    /// library's own calls, not a copy of them.
    ///
    /// - Parameter outputDirectory: where to save the packages; nil skips saving.
    /// - Throws: `DiagnosticError` when the input has errors.
    public func profile(path: String, genre: Genre, formats: [OutputFormat],
                        outputDirectory: String? = nil) throws -> StageTimings {
        let clock = ContinuousClock()
        var timings = StageTimings()
        var start = clock.now
        func lap(_ stage: WritableKeyPath<StageTimings, Duration>) {
            let now = clock.now
            timings[keyPath: stage] += now - start
            start = now
        }
        let read = ReportReader(limits: limits).read(path: path)
        lap(\.parse)
        guard let report = read.report, !read.diagnostics.hasErrors else { throw DiagnosticError(read.diagnostics) }
        let problems = ReportValidator.diagnostics(for: report, file: path)
        lap(\.validate)
        if problems.hasErrors { throw DiagnosticError(problems) }
        let document = try self.document(for: TextCorrection.corrected(report, punctuation: correctsPunctuation).report,
                                          genre: genre)
        lap(\.template)
        let timestamp = Self.timestamp(for: document, sourceDateEpoch: nil)
        // A cache of its own, so that repeating the same input does not measure the cache:
        // every part is compressed, as in a run of one document.
        let cache = PackageEntryCache()
        for format in formats {
            let parts = try format.writer.parts(for: document, styleSheet: templates.styleSheet)
            lap(\.write)
            let data = try ZipPackage.data(for: parts, timestamp: timestamp, cache: cache, deflaters: deflaters)
            lap(\.zip)
            if let outputDirectory {
                let name = Path.documentName(path, workingFolder: WorkingFolder())
                try Self.write(data, to: Path.appending(name + "." + format.fileExtension, to: outputDirectory))
                lap(\.save)
            }
        }
        return timings
    }
}

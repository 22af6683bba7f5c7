import FoundationEssentials

/// What one run of `summary` or `speech` will do: the input files, in a fixed order, and
/// the files each one writes.
///
/// A plan is made before anything is generated, so that the mistakes that would cost a
/// user a document — two inputs writing the same file, an output written over an input —
/// stop the run while nothing has been written yet.
public struct BatchPlan: Sendable {
    /// One file a job writes.
    public struct Target: Sendable, Hashable {
        public var format: OutputFormat
        public var url: URL

        public init(format: OutputFormat, url: URL) {
            self.format = format
            self.url = url
        }
    }

    /// One input and the files made from it.
    public struct Job: Sendable {
        public var input: String
        public var targets: [Target]

        public init(input: String, targets: [Target]) {
            self.input = input
            self.targets = targets
        }
    }

    public private(set) var jobs: [Job]

    /// A plan for several inputs, each writing one file per format into `outputDirectory`,
    /// named after the input (`东城街道.yaml` → `东城街道.docx`).
    ///
    /// - Throws: `DiagnosticError` when two inputs would write the same file, or an
    ///   output would overwrite an input.
    public init(inputs: [String], formats: [OutputFormat], outputDirectory: URL) throws(DiagnosticError) {
        let jobs = inputs.map { input in
            let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            let base = outputDirectory.appendingPathComponent(name)
            return Job(input: input, targets: formats.map { Target(format: $0, url: base.appendingPathExtension($0.fileExtension)) })
        }
        try self.init(checking: jobs)
    }

    /// A plan for one input written to one named file (`-o`).
    public init(input: String, output: URL, format: OutputFormat) throws(DiagnosticError) {
        try self.init(checking: [Job(input: input, targets: [Target(format: format, url: output)])])
    }

    private init(checking jobs: [Job]) throws(DiagnosticError) {
        self.jobs = jobs
        let problems = Self.overwrittenInputs(jobs) + Self.collisions(jobs)
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    /// The path a file is known by once `..`, `.` and symbolic links are resolved, so that
    /// two spellings of one file compare equal.
    static func canonicalPath(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func overwrittenInputs(_ jobs: [Job]) -> [Diagnostic] {
        // Resolving a path asks the file system about every folder in it; only an output
        // named like some input can be that input, so only those are resolved.
        let names = Set(jobs.map { URL(fileURLWithPath: $0.input).lastPathComponent })
        let suspects = jobs.flatMap(\.targets).filter { names.contains($0.url.lastPathComponent) }
        guard !suspects.isEmpty else { return [] }
        let inputs = Set(jobs.map { canonicalPath(URL(fileURLWithPath: $0.input)) })
        return suspects.filter { inputs.contains(canonicalPath($0.url)) }.map {
            Diagnostic(.outputIsInput($0.url.path), at: nil)
        }
    }

    /// One diagnostic for each group of inputs that would write the same files, naming
    /// every input of the group, in the order the inputs were given.
    ///
    /// Paths are compared as written, `.` and `..` resolved: every output of a plan goes
    /// into one folder (or is the single `-o` file), so two names for one file can only
    /// differ there, not through a symbolic link.
    static func collisions(_ jobs: [Job]) -> [Diagnostic] {
        var writers: [String: [Int]] = [:]
        var order: [String] = []
        for (index, job) in jobs.enumerated() {
            for target in job.targets {
                let key = target.url.standardizedFileURL.path
                if writers[key] == nil { order.append(key) }
                writers[key, default: []].append(index)
            }
        }
        var reported = Set<[Int]>()
        var diagnostics: [Diagnostic] = []
        for key in order {
            guard let indices = writers[key], indices.count > 1, reported.insert(indices).inserted else { continue }
            let outputs = order.filter { writers[$0] == indices }
            diagnostics.append(Diagnostic(.outputCollision(inputs: indices.map { jobs[$0].input }, outputs: outputs), at: nil))
        }
        return diagnostics
    }
}

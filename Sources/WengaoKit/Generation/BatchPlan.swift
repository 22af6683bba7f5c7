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
        /// The absolute path the file is written to and that messages name it by, as
        /// `URL(fileURLWithPath:).path` gave it: a relative path joined to the working folder.
        public var path: String
        /// The path as the user put it (`--output-dir` joined with the name, or `-o`), for
        /// saying what was written in the user's own words.
        public var displayPath: String

        public init(format: OutputFormat, path: String, displayPath: String) {
            self.format = format
            self.path = path
            self.displayPath = displayPath
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

    /// Writes every target of `format` into `folder` instead, under the same file name: a
    /// PDF's DOCX, when the user asked for the PDF alone, goes to the conversion's private
    /// folder. The plan's checks were made on the paths the user chose.
    public mutating func moveTargets(of format: OutputFormat, into folder: String) {
        for job in jobs.indices {
            for target in jobs[job].targets.indices where jobs[job].targets[target].format == format {
                let moved = folder + "/" + Path.lastComponent(jobs[job].targets[target].path)
                jobs[job].targets[target].path = moved
                jobs[job].targets[target].displayPath = moved
            }
        }
    }

    /// A plan for several inputs, each writing one file per format into `outputDirectory`,
    /// named after the input (`东城街道.yaml` → `东城街道.docx`).
    ///
    /// - Throws: `DiagnosticError` when two inputs would write the same file, or an
    ///   output would overwrite an input.
    public init(inputs: [String], formats: [OutputFormat], outputDirectory: String) throws(DiagnosticError) {
        let workingFolder = WorkingFolder()
        // An empty folder is the working folder, shown as `.`, as a URL made of it shows it.
        let folder = outputDirectory.isEmpty ? "." : Path.expandingTilde(outputDirectory)
        let jobs = inputs.map { input in
            let name = Path.documentName(input, workingFolder: workingFolder)
            return Job(input: input, targets: formats.map { format in
                let shown = Path.appending(name + "." + format.fileExtension, to: folder)
                return Target(format: format, path: workingFolder.absolute(shown), displayPath: shown)
            })
        }
        try self.init(checking: jobs, workingFolder: workingFolder)
    }

    /// A plan for one input written to one named file (`-o`).
    public init(input: String, output: String, format: OutputFormat) throws(DiagnosticError) {
        let workingFolder = WorkingFolder()
        let target = Target(format: format, path: workingFolder.absolute(output),
                            displayPath: Path.droppingTrailingSlashes(Path.expandingTilde(output)))
        try self.init(checking: [Job(input: input, targets: [target])], workingFolder: workingFolder)
    }

    private init(checking jobs: [Job], workingFolder: WorkingFolder) throws(DiagnosticError) {
        self.jobs = jobs
        let problems = Self.overwrittenInputs(jobs, workingFolder: workingFolder) + Self.collisions(jobs)
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    static func overwrittenInputs(_ jobs: [Job], workingFolder: WorkingFolder) -> [Diagnostic] {
        // Resolving a path asks the file system about every folder in it; only an output
        // named like some input can be that input, so only those are resolved.
        // Compared by bytes, as the file system compares names (PathKey).
        let names = Set(jobs.map { PathKey(Path.fileName($0.input, workingFolder: workingFolder)) })
        let suspects = jobs.flatMap(\.targets).filter { names.contains(PathKey(Path.lastComponent($0.path))) }
        guard !suspects.isEmpty else { return [] }
        let inputs = Set(jobs.map { PathKey(Path.canonical(workingFolder.absolute($0.input))) })
        return suspects.filter { inputs.contains(PathKey(Path.canonical($0.path))) }.map {
            Diagnostic(.outputIsInput($0.path), at: nil)
        }
    }

    /// One diagnostic for each group of inputs that would write the same files, naming
    /// every input of the group, in the order the inputs were given.
    ///
    /// Paths are compared as written, `.` and `..` resolved: every output of a plan goes
    /// into one folder (or is the single `-o` file), so two names for one file can only
    /// differ there, not through a symbolic link. They are compared as bytes (`PathKey`):
    /// 金.docx (U+91D1) and 金.docx (U+F90A) are two files, not a collision.
    static func collisions(_ jobs: [Job]) -> [Diagnostic] {
        var writers: [PathKey: [Int]] = [:]
        var order: [(key: PathKey, path: String)] = []
        for (index, job) in jobs.enumerated() {
            for target in job.targets {
                let path = Path.standardized(target.path)
                let key = PathKey(path)
                if writers[key] == nil { order.append((key, path)) }
                writers[key, default: []].append(index)
            }
        }
        var reported = Set<[Int]>()
        var diagnostics: [Diagnostic] = []
        for (key, _) in order {
            guard let indices = writers[key], indices.count > 1, reported.insert(indices).inserted else { continue }
            let outputs = order.filter { writers[$0.key] == indices }.map(\.path)
            diagnostics.append(Diagnostic(.outputCollision(inputs: indices.map { jobs[$0].input }, outputs: outputs), at: nil))
        }
        return diagnostics
    }
}

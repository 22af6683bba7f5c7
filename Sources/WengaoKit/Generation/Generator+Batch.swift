import Dispatch
import FoundationEssentials

/// What became of one input of a batch.
public struct BatchOutcome: Sendable {
    /// The input's place in the plan.
    public var index: Int
    public var input: String
    /// Everything found on the way, warnings of a successful input included.
    public var diagnostics: [Diagnostic]
    /// The input's text when it was read and something is to be shown under its lines, so
    /// that showing diagnostics need not read the file again.
    public var source: SourceText? = nil
    /// The files written; empty when the input failed.
    public var written: [BatchPlan.Target]
    public var succeeded: Bool
    /// What the documents print differently from the input (half-width marks, typed
    /// numbering): the command line says so in one line per file.
    public var corrections = TextCorrection.Count()
}

extension Generator {
    /// Generates one job: checks the input, renders every format, and only then writes
    /// them, so that a failure writes nothing.
    ///
    /// - Parameters:
    ///   - strict: treat warnings as errors.
    ///   - ignoring: warning ids silenced for this run (`--ignore`).
    ///   - sourceDateEpoch: `SOURCE_DATE_EPOCH`, when the caller's environment has it.
    public func generate(_ job: BatchPlan.Job, genre: Genre, strict: Bool = false, ignoring: Set<String> = [],
                         sourceDateEpoch: String? = nil, index: Int = 0) -> BatchOutcome {
        generate(job, checked: Self.check(job, limits: limits, ignoring: ignoring), genre: genre, strict: strict,
                 ignoring: ignoring, sourceDateEpoch: sourceDateEpoch, index: index)
    }

    /// An input read and checked: what `generate` does before it needs the templates.
    public struct CheckedInput: Sendable {
        /// Nil when errors stop generation.
        public var report: Report?
        public var diagnostics: [Diagnostic]
        /// The input's text when there are diagnostics to show under its lines.
        public var source: SourceText?
    }

    /// Reads and checks a job's input. It needs no templates, so one input's run can do it
    /// while the templates load on another thread (`wengao`'s single-input path).
    public static func check(_ job: BatchPlan.Job, limits: InputLimits = .default, ignoring: Set<String> = []) -> CheckedInput {
        let read = ReportReader(limits: limits).read(path: job.input)
        let (report, diagnostics) = ReportValidator.finish(read, file: job.input, ignoring: ignoring)
        return CheckedInput(report: report, diagnostics: diagnostics, source: diagnostics.isEmpty ? nil : read.source)
    }

    /// Reads and checks input bytes that are no file (a request's body), as `check(_:)`
    /// reads a job's file.
    ///
    /// - Parameter name: what the diagnostics call the input; never opened.
    public static func check(bytes: [UInt8], name: String, limits: InputLimits = .default,
                             ignoring: Set<String> = []) -> CheckedInput {
        let read = ReportReader(limits: limits).read(bytes: bytes, name: name)
        let (report, diagnostics) = ReportValidator.finish(read, file: name, ignoring: ignoring)
        return CheckedInput(report: report, diagnostics: diagnostics, source: diagnostics.isEmpty ? nil : read.source)
    }

    /// One input's documents in memory, before anything is written.
    public struct Packages: Sendable {
        /// The input's, the genre's and the packaging's diagnostics.
        public var diagnostics: [Diagnostic]
        /// One package per target, in the targets' order; empty when the input failed.
        public var packages: [Data]
        /// What the documents print differently from the input (see `BatchOutcome`).
        public var corrections = TextCorrection.Count()
        /// Every target was packaged.
        public var succeeded = false
    }

    /// Renders a checked input in one genre and packages it for every target, in memory:
    /// the genre's own rules, the corrections, the document, its timestamp, the packages.
    /// `generate` writes what this makes; `wengao serve` sends it.
    ///
    /// - Parameters:
    ///   - targets: the formats, and the names a packaging failure calls them by.
    ///   - formatsConcurrently: make two targets' packages on two threads. For a lone
    ///     document, when nothing else wants the second core; a batch's workers already keep
    ///     every core busy.
    public func packages(_ checked: CheckedInput, targets: [BatchPlan.Target], genre: Genre, strict: Bool = false,
                         ignoring: Set<String> = [], sourceDateEpoch: String? = nil,
                         formatsConcurrently: Bool = false) -> Packages {
        var diagnostics = checked.diagnostics
        if let report = checked.report {
            diagnostics = ReportValidator.sorted(diagnostics + ReportValidator.diagnostics(for: report, genre: genre, ignoring: ignoring))
        }
        var result = Packages(diagnostics: diagnostics, packages: [])
        guard let input = checked.report, !diagnostics.hasErrors, !(strict && !diagnostics.isEmpty) else { return result }
        do {
            let (report, corrections) = TextCorrection.corrected(input, punctuation: correctsPunctuation)
            let document = try self.document(for: report, genre: genre)
            let timestamp = Self.timestamp(for: document, sourceDateEpoch: sourceDateEpoch)
            if formatsConcurrently, targets.count == 2 {
                // The second format on a thread of its own, the first on this one.
                let (first, second, generator) = (targets[0], targets[1], self)
                let other = BackgroundWork { Swift.Result { try generator.package(document, for: second, timestamp: timestamp) } }
                let made = try package(document, for: first, timestamp: timestamp)
                result.packages = [made, try other.join().get()]
            } else {
                result.packages = try targets.map { try package(document, for: $0, timestamp: timestamp) }
            }
            result.corrections = corrections
            result.succeeded = true
        } catch let error as DiagnosticError {
            result.diagnostics += error.diagnostics
        } catch {
            result.diagnostics.append(Diagnostic(DiagnosticRule.internalError, message: "\(error)", at: nil))
        }
        return result
    }

    /// Generates one job whose input is already read and checked.
    ///
    /// - Parameter formatsConcurrently: see `packages(_:targets:genre:…)`.
    public func generate(_ job: BatchPlan.Job, checked: CheckedInput, genre: Genre, strict: Bool = false,
                         ignoring: Set<String> = [],
                         sourceDateEpoch: String? = nil, index: Int = 0, formatsConcurrently: Bool = false) -> BatchOutcome {
        let made = packages(checked, targets: job.targets, genre: genre, strict: strict, ignoring: ignoring,
                            sourceDateEpoch: sourceDateEpoch, formatsConcurrently: formatsConcurrently)
        var outcome = BatchOutcome(index: index, input: job.input, diagnostics: made.diagnostics, written: [], succeeded: false)
        outcome.source = checked.source
        guard made.succeeded else { return outcome }
        var folderMade: String? = nil
        for (data, target) in zip(made.packages, job.targets) {
            // Made only when there is something to put in it: a run whose inputs all
            // fail leaves no empty folder behind. A folder that cannot be made shows
            // up as its file failing to write. The formats of one input share a folder,
            // made once.
            let folder = Path.deletingLastComponent(target.path)
            if folder != folderMade {
                FileSystem.makeFolders(folder)
                folderMade = folder
            }
            do {
                try Self.write(data, to: target.path)
            } catch {
                outcome.diagnostics.append(Diagnostic(.outputUnwritable(target.path, error: error), at: nil))
                return outcome
            }
            outcome.written.append(target)
        }
        outcome.succeeded = true
        outcome.corrections = made.corrections
        return outcome
    }

    /// The package bytes of `document` for `target`; a package the zip writer cannot make is
    /// that target's `package-write-failed`, naming its file.
    func package(_ document: Document, for target: BatchPlan.Target, timestamp: Date) throws -> Data {
        do {
            return try package(document, format: target.format, timestamp: timestamp)
        } catch let error as ZipPackageError {
            throw DiagnosticError(Diagnostic(error.message(writing: target.path), at: nil))
        }
    }

    /// Generates every job of `plan` on up to `workers` threads, handing each outcome to
    /// `consumer` in the plan's order as soon as it and every job before it are done.
    ///
    /// Documents are written the moment they are made and only the outcomes travel back,
    /// so memory holds at most one document per worker, however long the batch.
    /// `consumer` is called on one thread at a time.
    public func generate(_ plan: BatchPlan, genre: Genre, strict: Bool = false, ignoring: Set<String> = [],
                         sourceDateEpoch: String? = nil,
                         workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                         consumer: (BatchOutcome) -> Void) {
        let jobs = plan.jobs
        let workers = max(1, min(workers, jobs.count))
        if workers == 1 {
            for (index, job) in jobs.enumerated() {
                consumer(generate(job, genre: genre, strict: strict, ignoring: ignoring,
                                  sourceDateEpoch: sourceDateEpoch, index: index))
            }
            return
        }
        let queue = BatchQueue(count: jobs.count)
        withoutActuallyEscaping(consumer) { consumer in
            let deliver = UncheckedSendable(consumer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = queue.take() {
                    let outcome = generate(jobs[index], genre: genre, strict: strict, ignoring: ignoring,
                                           sourceDateEpoch: sourceDateEpoch, index: index)
                    queue.finish(outcome, deliver: deliver.value)
                }
            }
        }
    }
}

/// Hands out job numbers and puts outcomes back in plan order.
private final class BatchQueue: @unchecked Sendable {
    private let lock = Lock()
    private let count: Int
    private var next = 0
    private var delivered = 0
    /// Outcomes that finished before an earlier job; at most about one per worker.
    private var waiting: [Int: BatchOutcome] = [:]

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Delivers `outcome` and any that were waiting for it, holding the lock so that the
    /// consumer runs on one thread at a time and in order.
    func finish(_ outcome: BatchOutcome, deliver: (BatchOutcome) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        waiting[outcome.index] = outcome
        while let ready = waiting.removeValue(forKey: delivered) {
            deliver(ready)
            delivered += 1
        }
    }
}

/// Lets a non-escaping closure be used from the batch's worker threads; `BatchQueue`
/// guarantees it never runs on two of them at once.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

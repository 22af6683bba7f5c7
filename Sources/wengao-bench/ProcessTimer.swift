import Foundation

/// Runs a command to completion and measures it from the outside: wall time from spawn
/// to exit, and the child's peak resident set from `wait4`'s resource usage (the same
/// number `/usr/bin/time -v` prints as "Maximum resident set size").
struct ProcessTimer {
    struct Measurement {
        var seconds: Double
        /// User plus system CPU time: what the run costs whatever else the machine is doing.
        var cpuSeconds: Double
        var peakKiB: Int
        var status: Int32
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments[0]` (a path) with the rest as its arguments; output goes to
    /// /dev/null unless `output` names a file.
    static func run(_ arguments: [String], output: String = "/dev/null") throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(seconds: elapsed.seconds, cpuSeconds: cpu, peakKiB: usage.ru_maxrss, status: exit)
    }

    /// Runs every command, `workers` at a time; returns the total wall time and the
    /// largest peak of any one command.
    static func runAll(_ commands: [[String]], workers: Int) throws -> (seconds: Double, peakKiB: Int) {
        let state = SharedState()
        let clock = ContinuousClock()
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.take(below: commands.count) {
                do {
                    let result = try run(commands[index])
                    if result.status != 0 { throw SpawnError(description: "\(commands[index].joined(separator: " ")) exited \(result.status)") }
                    state.record(peak: result.peakKiB)
                } catch {
                    state.record(failure: error)
                }
            }
        }
        if let failure = state.failure { throw failure }
        return ((clock.now - start).seconds, state.peak)
    }

    /// The workers' shared counters, behind one lock.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var peak = 0
        private(set) var failure: Error?

        func take(below count: Int) -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                next += 1
                return next - 1
            }
        }

        func record(peak value: Int) { lock.withLock { peak = max(peak, value) } }
        func record(failure error: Error) { lock.withLock { failure = error } }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Array where Element == Double {
    var median: Double {
        guard !isEmpty else { return .nan }
        let sorted = self.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

import Foundation

/// CPU time spent by the calling thread, for bounds that must not depend on how busy the
/// machine is: `swift test` runs suites side by side with LibreOffice on two cores, and a
/// wall-clock bound would fail whenever the work merely waited.
enum ThreadCPUTime {
    static func now() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(Int64(spec.tv_sec)) + .nanoseconds(Int64(spec.tv_nsec))
    }

    /// The CPU time `work` took on this thread.
    static func measure(_ work: () throws -> Void) rethrows -> Duration {
        let start = now()
        try work()
        return now() - start
    }
}

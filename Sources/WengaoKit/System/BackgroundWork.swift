#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One piece of work on a thread of its own, its result handed over when joined.
///
/// A plain pthread rather than Dispatch: one document's run is a few milliseconds, and
/// setting up Dispatch's worker pool costs a good part of what the second thread saves.
/// When no thread can be made, the work runs at once on the caller's thread.
public final class BackgroundWork<Result>: @unchecked Sendable {
    /// Written by the work's thread before it ends, read only after `join` has waited for
    /// that end (or written and read on the caller's thread when none was made).
    private var result: Result?
    private var thread: pthread_t?

    public init(_ work: @escaping @Sendable () -> Result) {
        let body = ThreadBody { [unowned(unsafe) self] in self.result = work() }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(body).toOpaque()
        if pthread_create(&thread, nil, runThreadBody, context) == 0 {
            self.thread = thread
        } else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            result = work()
        }
    }

    /// A work never outlives its object: one dropped without `join` (an error thrown past
    /// it) is waited for here, before the result it writes goes away.
    deinit {
        if let thread { pthread_join(thread, nil) }
    }

    /// Waits for the work to end and returns its result.
    public func join() -> Result {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return result!
    }
}

/// What a new thread runs; not generic, so that one C entry point serves every result type.
private final class ThreadBody {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

private func runThreadBody(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
    return nil
}

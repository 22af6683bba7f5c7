#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One piece of work offered to a thread of its own: whoever gets to it first runs it —
/// the thread, or the caller when it asks for the result (`join`) before the thread has
/// started.
///
/// A new thread can take a while to get a processor (on this virtual machine an idle
/// second CPU took up to 1.5 ms to wake), and a document's run is a few milliseconds: a
/// caller that waited for the thread could lose more than the thread saves. So the work
/// is never waited for unless it is already running. A plain pthread rather than Dispatch,
/// whose worker pool costs a good part of what the thread saves to set up.
public final class BackgroundWork<Result>: @unchecked Sendable {
    private let shared: Shared

    public init(_ work: @escaping @Sendable () -> Result) {
        shared = Shared(work)
        // Nobody waits for the thread to end, only for the work: a thread that finds the
        // work taken ends on its own.
        BackgroundThread.detach { [shared] in shared.runIfUnclaimed() }
    }

    /// Work nobody asked for is not started; work already running is waited for, so that
    /// it never outlives its object.
    deinit {
        shared.cancel()
        shared.waitUntilDone()
    }

    /// The work's result: run here if no thread has started it, else waited for.
    public func join() -> Result {
        if let work = shared.claim() { shared.finish(work()) }
        return shared.waitUntilDone()!
    }

    /// What the thread and the caller share; the thread holds it too, so a late thread
    /// finds it alive after the object is gone.
    private final class Shared: @unchecked Sendable {
        private let lock: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
        private let done: UnsafeMutablePointer<pthread_cond_t> = .allocate(capacity: 1)
        // Guarded by `lock`.
        private var work: (() -> Result)?
        private var running = false
        private var result: Result?

        init(_ work: @escaping () -> Result) {
            self.work = work
            lock.initialize(to: pthread_mutex_t())
            done.initialize(to: pthread_cond_t())
            pthread_mutex_init(lock, nil)
            pthread_cond_init(done, nil)
        }

        deinit {
            pthread_cond_destroy(done)
            pthread_mutex_destroy(lock)
            done.deallocate()
            lock.deallocate()
        }

        /// The work, to whoever asks first; nil to everyone after.
        func claim() -> (() -> Result)? {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            guard let work else { return nil }
            self.work = nil
            running = true
            return work
        }

        /// Takes the work away unrun, if nobody has it yet.
        func cancel() {
            pthread_mutex_lock(lock)
            work = nil
            pthread_mutex_unlock(lock)
        }

        func finish(_ value: Result) {
            pthread_mutex_lock(lock)
            result = value
            running = false
            pthread_cond_broadcast(done)
            pthread_mutex_unlock(lock)
        }

        func runIfUnclaimed() {
            if let work = claim() { finish(work()) }
        }

        /// Waits while the work runs; its result, or nil when it never ran.
        @discardableResult
        func waitUntilDone() -> Result? {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            while running { pthread_cond_wait(done, lock) }
            return result
        }
    }
}

/// A thread nobody joins: it runs `body` and ends.
enum BackgroundThread {
    /// Returns false when no thread could be made (`body` is then not run).
    @discardableResult
    static func detach(_ body: @escaping @Sendable () -> Void) -> Bool {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var thread = pthread_t()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        guard pthread_create(&thread, &attributes, runThreadBody, context) == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return false
        }
        return true
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a run has begun on disk and not finished — temporary files beside documents, the PDF
/// conversion's private folder, a LibreOffice process group — so that Ctrl-C, `kill` or a
/// closed terminal leaves none of it behind.
///
/// The signals are not handled in a signal handler: `watch` blocks SIGINT, SIGTERM and SIGHUP
/// in every thread and takes them on a thread of its own with `sigwait`, where removing a
/// folder tree or taking a lock is ordinary code, not something async-signal-safe code may
/// not do. The library only keeps the list; whether a process watches is the command line's
/// choice (`wengao` does for every subcommand).
///
/// Every change to the list and every creation it guards happen under one lock, and the
/// watcher keeps that lock until the process ends: a file is either made before the clean-up
/// (and removed by it) or never made at all.
public enum Interruption {
    private static let lock = Lock()
    nonisolated(unsafe) private static var temporaries: Set<String> = []
    nonisolated(unsafe) private static var folders: Set<String> = []
    nonisolated(unsafe) private static var processGroups: Set<pid_t> = []

    /// The signals that end a run with a clean-up: Ctrl-C, `kill`'s default, a closed terminal.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Runs `create`, which makes the temporary file at `path`, with `path` on the list.
    static func creatingTemporary<Result>(_ path: String, _ create: () -> Result) -> Result {
        lock.withLock {
            temporaries.insert(path)
            return create()
        }
    }

    /// The temporary at `path` is gone: renamed to its final name, or removed.
    static func finishedTemporary(_ path: String) {
        lock.withLock { _ = temporaries.remove(path) }
    }

    /// Runs `create`, which makes the private folder it returns, with that folder on the list.
    static func creatingFolder(_ create: () -> String?) -> String? {
        lock.withLock {
            let folder = create()
            if let folder { folders.insert(folder) }
            return folder
        }
    }

    /// The folder at `path` has been removed by its owner.
    static func finishedFolder(_ path: String) {
        lock.withLock { _ = folders.remove(path) }
    }

    /// Runs `start`, which starts a process leading a group of its own and returns its id (or
    /// nil), with that group on the list.
    static func startingProcessGroup(_ start: () -> pid_t?) -> pid_t? {
        lock.withLock {
            let leader = start()
            if let leader { processGroups.insert(leader) }
            return leader
        }
    }

    /// The group led by `leader` has ended.
    static func finishedProcessGroup(_ leader: pid_t) {
        lock.withLock { _ = processGroups.remove(leader) }
    }

    /// Blocks `signals` in this thread and every thread it starts from now on, and starts the
    /// thread that waits for them. On one, everything on the list is undone — process groups
    /// killed, temporary files and private folders removed — and `then` is called with the
    /// signal's number, still holding the lock, so that nothing new is begun; it must end the
    /// process (`wengao` exits with 128 + the number: 130, 143, 129).
    ///
    /// Call it first thing in `main`, before any other thread exists: a thread started
    /// earlier would keep the signals unblocked and die of them without the clean-up.
    public static func watch(then finish: @escaping @Sendable (_ signal: Int32, _ removed: Int) -> Void) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let waiting = set
        BackgroundThread.detach {
            var set = waiting
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            lock.lock()
            // Never unlocked: the process ends in `finish`.
            for leader in processGroups { kill(-leader, SIGKILL) }
            for leader in processGroups { var status: Int32 = 0; _ = waitpid(leader, &status, 0) }
            var removed = 0
            for path in temporaries where unlink(path) == 0 { removed += 1 }
            for folder in folders { FileSystem.removeTree(folder) }
            finish(received, removed)
        }
    }

    /// The signal mask a child process should start with: none blocked, as a program expects.
    static func resetSignals(in attributes: inout posix_spawnattr_t) {
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in signals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
    }
}

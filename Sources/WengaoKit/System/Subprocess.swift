#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program to completion with `posix_spawn`, with a time limit: the part of
/// Foundation that has `Process` also brings ICU into the binary.
enum Subprocess {
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed after the time limit.
        case timedOut
        /// The program could not be started (errno).
        case notStarted(Int32)
    }

    /// The program's path: `name` itself when it holds a slash, else the first executable
    /// of that name on `PATH`.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, with standard input from /dev/null and both
    /// outputs into `log` (or /dev/null), and `environment` added to this process's.
    /// Kills the program's whole process group past `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    log: String? = nil, timeout: Double) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, so that a time-out kills what it started too.
        // The signals `Interruption.watch` blocks in this process are unblocked in the child.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        Interruption.resetSignals(in: &attributes)

        var variables: [String: String] = [:]
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { variables[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            index += 1
        }
        for (key, value) in environment { variables[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        // On Interruption's list while it runs, so that Ctrl-C kills its whole group too.
        var started: Int32 = 0
        guard let pid = Interruption.startingProcessGroup({
            var pid: pid_t = 0
            started = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            return started == 0 ? pid : nil
        }) else { return .notStarted(started) }
        defer { Interruption.finishedProcessGroup(pid) }
        var status: Int32 = 0
        var waited = 0.0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return .notStarted(errno) }
            if waited >= timeout {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(20_000)
            waited += 0.02
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, spelt out: the C macros are not imported.
        if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
        return .signalled(status & 0x7F)
    }
}

import CSystemCalls
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one.
///
/// The bytes go to a temporary file beside the target, named `.NAME.wengao-PID-N.tmp`, which
/// is flushed to the disk (`fsync`) and then renamed over the target: neither a failure nor a
/// power cut can leave a half-written or empty document under the final name (ext4 commits a
/// rename before the data of a file it has not yet allocated). Plain `open`/`write`/`rename`:
/// `FileManager.createFile` would itself write to a temporary file and rename it, a second
/// round of file-system work for every document of a batch.
///
/// The temporary is on `Interruption`'s list while it exists, so Ctrl-C or `kill` removes it;
/// the temporaries of a run that died anyway (`kill -9`, a crash, a power cut) are removed by
/// the next run that writes into the same folder.
enum AtomicFile {
    static func write(_ data: Data, to target: String) throws {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        StaleTemporaries.removeOnce(in: directory)
        let temporary = "\(directory).\(name).wengao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        // 0o666 less the umask, as for any new file the user makes.
        let descriptor = Interruption.creatingTemporary(temporary) {
            Path.withFileSystemPath(temporary) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
        }
        defer { Interruption.finishedTemporary(temporary) }
        guard descriptor >= 0 else { throw FileSystem.error(errno) }
        var failure = data.withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) }
        if failure == 0 { failure = flushBeforeRename(descriptor) }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 {
            let renamed = Path.withFileSystemPath(temporary) { from in Path.withFileSystemPath(target) { rename(from, $0) } }
            if renamed != 0 { failure = errno }
        }
        if failure != 0 {
            Path.withFileSystemPath(temporary) { _ = unlink($0) }
            throw FileSystem.error(failure)
        }
    }

    /// Sees that the temporary's bytes reach the disk no later than its rename does, so that a
    /// power cut cannot leave an empty file under the final name; 0 or the `errno`.
    ///
    /// On ext4 (mounted, as by default, with `data=ordered`) starting the write-back is
    /// enough, and costs 0.08 ms a file where `fsync`, which waits for the disk, costs 2.7–3.9
    /// ms (measured on this machine's disk, 200 files of 20 KB): write-back allocates the
    /// file's blocks, which puts its data on the journal's ordered list, and the journal never
    /// commits the rename before the data of that list is written. That is the mechanism
    /// ext4's own `auto_da_alloc` uses when a rename replaces a file; here it also covers a new
    /// one. Every other file system gets `fsync`.
    static func flushBeforeRename(_ descriptor: Int32) -> Int32 {
        if wengao_file_system_type(descriptor) == ext4Magic, wengao_start_write_back(descriptor) == 0 { return 0 }
        return fsync(descriptor) == 0 ? 0 : errno
    }

    /// `EXT4_SUPER_MAGIC`. ext3 reports it too and orders data the same way; so does ext2,
    /// which has no journal and no such order — not a file system documents are kept on today.
    static let ext4Magic = 0xEF53

    /// The process that made the temporary named `name`, when it is a name `write` gives
    /// (`.NAME.wengao-PID-N.tmp`); nil for any other name.
    static func processOfTemporary(named name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 3].hasSuffix(".wengao"),
              let pid = pid_t(parts[parts.count - 2]), pid > 0, UInt32(parts[parts.count - 1]) != nil else { return nil }
        return pid
    }
}

/// Temporaries left by runs that did not end normally: each output folder is looked through
/// once a process, the first time a file is written into it, and a temporary of Wengao's
/// naming whose process no longer exists is removed. One whose process still runs — another
/// `wengao` writing into the same folder — is left alone.
enum StaleTemporaries {
    private static let lock = Lock()
    nonisolated(unsafe) private static var looked: Set<String> = []

    static func removeOnce(in directory: String) {
        let isNew = lock.withLock { looked.insert(directory).inserted }
        guard isNew else { return }
        remove(in: directory)
    }

    /// Removes the stale temporaries in `directory` ("" for the working folder, else ending
    /// in "/"); returns how many.
    @discardableResult
    static func remove(in directory: String) -> Int {
        guard let entries = FileSystem.entries(of: directory.isEmpty ? "." : directory) else { return 0 }
        var removed = 0
        for entry in entries where entry.isFolder != true {
            guard let pid = AtomicFile.processOfTemporary(named: entry.name), pid != getpid() else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            if Path.withFileSystemPath(directory + entry.name, { unlink($0) }) == 0 { removed += 1 }
        }
        return removed
    }
}

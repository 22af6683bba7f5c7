import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one.
///
/// The bytes go to a temporary file beside the target, which is then renamed over it; a
/// failure leaves no half-written document behind. Plain `open`/`write`/`rename`:
/// `FileManager.createFile` would itself write to a temporary file and rename it, a
/// second round of file-system work for every document of a batch.
enum AtomicFile {
    static func write(_ data: Data, to target: String) throws {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let temporary = "\(directory).\(name).wengao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        // 0o666 less the umask, as for any new file the user makes.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileSystem.error(errno) }
        var failure = data.withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileSystem.error(failure)
        }
    }
}


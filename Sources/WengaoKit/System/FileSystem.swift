import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions WengaoKit asks, answered with POSIX calls.
///
/// `FileHandle` and `ObjCBool`-style checks belong to the part of Foundation that brings
/// ICU into the binary; these are what the library (and the console of `wengao`) need of them.
public enum FileSystem {
    enum Kind {
        /// `other` is a regular file; `special` a named pipe (FIFO), socket or device, which
        /// Wengao never reads: opening a FIFO waits for a writer that may never come.
        case missing, directory, other, special
    }

    /// What is at `path`, following a symbolic link.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard Path.withFileSystemPath(path, { stat($0, &status) }) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .other
        default: return .special
        }
    }

    static func isDirectory(_ path: String) -> Bool { kind(of: path) == .directory }

    /// The size of the file itself (of the link, for a symbolic link).
    static func size(of path: String) -> Int? {
        var status = stat()
        guard Path.withFileSystemPath(path, { lstat($0, &status) }) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// At most `limit` bytes from the start of the file; nil when it cannot be opened or read,
    /// or is not a regular file.
    ///
    /// Opened without blocking and asked what it is before anything is read: a FIFO put in
    /// place of a file after `kind(of:)` looked at it gives nil here rather than a hang.
    static func contents(of path: String, upTo limit: Int) -> [UInt8]? {
        let descriptor = Path.withFileSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        // Room for the whole file and one byte more, to see one that grew.
        let size = max(Int(status.st_size), 0)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, min(size + 1, limit, 1 << 20)), alignment: 1)
        defer { chunk.deallocate() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size + 1, limit))
        while bytes.count < limit {
            let count = read(descriptor, chunk.baseAddress, min(chunk.count, limit - bytes.count))
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
        return bytes
    }

    /// Writes all of `bytes` to `descriptor`, going on after an interrupted call; returns 0,
    /// or the `errno` of the write that failed.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// `errno` as the error Foundation's file APIs throw.
    static func error(_ code: Int32) -> POSIXError {
        POSIXError(POSIXError.Code(rawValue: code) ?? .EIO)
    }
}

/// POSIX `write`, named apart from `FileSystem.writeAll`'s callers' own `write` methods.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}


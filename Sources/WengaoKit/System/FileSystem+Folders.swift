#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folders, the working folder and symbolic links, with POSIX calls instead of
/// `FileManager` and `URL`, whose set-up alone cost more than these calls.
extension FileSystem {
    /// The working folder (`getcwd`); `/` when it cannot be had, as for a deleted folder.
    static func workingFolder() -> String {
        guard let path = getcwd(nil, 0) else { return "/" }
        defer { free(path) }
        return Path.decoding(cString: path)
    }

    /// The home folder of `user` (nil: the one running) as FoundationEssentials finds it
    /// for a leading `~`: `CFFIXED_USER_HOME`, the password database, then `HOME`; nil for
    /// a user it does not know, whose `~name` then stays as written.
    static func homeFolder(of user: String?) -> String? {
        if let fixed = getenv("CFFIXED_USER_HOME") { return Path.standardized(String(cString: fixed)) }
        let entry = if let user { getpwnam(user) } else { getpwuid(getuid()) }
        if let folder = entry?.pointee.pw_dir { return Path.standardized(String(cString: folder)) }
        if user == nil, let home = getenv("HOME") { return Path.standardized(String(cString: home)) }
        return nil
    }

    /// `path` with every symbolic link resolved (`realpath(3)`); nil when some part of it
    /// does not exist or cannot be searched.
    static func realPath(_ path: String) -> String? {
        guard let resolved = Path.withFileSystemPath(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Path.decoding(cString: resolved)
    }

    /// Makes `path` and any missing folders above it, each `0o777` less the umask as
    /// `FileManager.createDirectory(withIntermediateDirectories:)` made them. One `mkdir` when
    /// the folder is already there; a failure is left for the file written into it to report.
    static func makeFolders(_ path: String) {
        guard !path.isEmpty, Path.withFileSystemPath(path, { mkdir($0, 0o777) }) != 0, errno == ENOENT else { return }
        let parent = Path.deletingLastComponent(path)
        guard !parent.isEmpty, parent != path else { return }
        makeFolders(parent)
        Path.withFileSystemPath(path) { _ = mkdir($0, 0o777) }
    }

    /// The names in a folder, `.` and `..` left out, in no particular order; nil when the
    /// folder cannot be read. Each says whether it is a folder, and whether it is a regular
    /// file, when the folder's own listing tells (files, folders, FIFOs, sockets, devices),
    /// and nil for a symbolic link or a file system that does not say, left for
    /// `isDirectory` or `kind(of:)` to ask only of the names that matter.
    static func entries(of folder: String) -> [(name: String, isFolder: Bool?, isRegular: Bool?)]? {
        guard let stream = Path.withFileSystemPath(folder, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, isFolder: Bool?, isRegular: Bool?)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Path.decoding(raw.prefix { $0 != 0 }) }
            guard name != "." && name != ".." else { continue }
            let (isFolder, isRegular): (Bool?, Bool?) = switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): (true, false)
            case Int32(DT_REG): (false, true)
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): (false, false)
            default: (nil, nil)
            }
            entries.append((name, isFolder, isRegular))
        }
        return entries
    }

    /// Removes `path` and, for a folder, everything in it.
    static func removeTree(_ path: String) {
        if let entries = entries(of: path) {
            for entry in entries {
                let child = path + "/" + entry.name
                if entry.isFolder == true { removeTree(child) } else { Path.withFileSystemPath(child) { _ = unlink($0) } }
            }
            Path.withFileSystemPath(path) { _ = rmdir($0) }
        } else {
            Path.withFileSystemPath(path) { _ = unlink($0) }
        }
    }
}

/// Makes paths absolute against the working folder, asked of the kernel at most once and
/// only when a relative path needs it (`URL(fileURLWithPath:)` asked it for every one).
/// Made for one plan or one listing, so that a library user's `chdir` between them counts.
final class WorkingFolder {
    private var cached: String?

    var path: String {
        if let cached { return cached }
        let folder = FileSystem.workingFolder()
        cached = folder
        return folder
    }

    func absolute(_ relativeOrAbsolute: String) -> String {
        Path.absolute(relativeOrAbsolute) { path }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path strings taken apart and put together as FoundationEssentials' file `URL` does,
/// without making one.
///
/// A `URL` costs more than the work it is asked for: its first relative path asks for the
/// working folder and builds sets of allowed bytes, and every `.path` percent-decodes and
/// builds one again. Wengao only ever needs a file's path, so it keeps plain strings and
/// gives them the meaning `URL(fileURLWithPath:)` gave them before: the same names, the
/// same absolute paths in messages, the same files compared equal.
public enum Path {
    /// The last component, trailing slashes ignored: `in/a.yaml` → `a.yaml`, `out/` → `out`,
    /// `/` → `/` (`URL.lastPathComponent`, `NSString.lastPathComponent`).
    static func lastComponent(_ path: String) -> String {
        let bytes = path.utf8
        guard let end = bytes.lastIndex(where: { $0 != slash }) else { return path.isEmpty ? "" : "/" }
        let start = bytes[..<end].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
        return String(path[start...end])
    }

    /// The name of what a path leads to, as `URL(fileURLWithPath:).lastPathComponent` gives
    /// it: the last component, except that a relative path ending in `.` or `..` names the
    /// folder it reaches (`..` in `/a/b` is `a`), the only case that needs the working folder.
    public static func fileName(_ path: String) -> String {
        fileName(path, workingFolder: WorkingFolder())
    }

    static func fileName(_ path: String, workingFolder: WorkingFolder) -> String {
        let path = expandingTilde(path)
        let last = lastComponent(path)
        guard path.utf8.first != slash, last.isEmpty || last == "." || last == ".." else { return last }
        return lastComponent(workingFolder.absolute(path))
    }

    /// The name of an input without its extension, which its documents are named after
    /// (`in/东城街道.yaml` → `东城街道`), as `URL.deletingPathExtension().lastPathComponent`
    /// gives it: the extension goes before `.` and `..` are resolved, and goes even when
    /// `pathExtension` would not call it one (`a b.ya ml` → `a b`).
    static func documentName(_ path: String, workingFolder: WorkingFolder) -> String {
        let path = expandingTilde(path)
        let bytes = path.utf8
        guard let end = bytes.lastIndex(where: { $0 != slash }) else {
            return fileName(path, workingFolder: workingFolder)
        }
        let start = bytes[..<end].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
        let name = bytes[start...end]
        guard name.last != dot, !name.starts(with: [dot, dot]),
              let lastDot = name.lastIndex(of: dot), lastDot != name.startIndex else {
            return fileName(path, workingFolder: workingFolder)
        }
        return fileName(String(path[..<lastDot]), workingFolder: workingFolder)
    }

    /// Everything before the last component, without the slash between: `a/b.yaml` → `a`,
    /// `/b` → `/`, `b` → `` (`NSString.deletingLastPathComponent`).
    static func deletingLastComponent(_ path: String) -> String {
        let bytes = path.utf8
        guard let end = bytes.lastIndex(where: { $0 != slash }) else { return path.isEmpty ? "" : "/" }
        guard let cut = bytes[..<end].lastIndex(of: slash) else { return "" }
        guard let before = bytes[..<cut].lastIndex(where: { $0 != slash }) else { return "/" }
        return String(path[...before])
    }

    /// What follows the last dot of the last component, as `URL.pathExtension` gives it: none
    /// for a name that starts with its only dot (`.hidden`), ends in a dot or starts with
    /// two, or whose would-be extension holds a space or a direction mark.
    public static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        let bytes = name.utf8
        guard bytes.last != dot, !bytes.starts(with: [dot, dot]),
              let lastDot = bytes.lastIndex(of: dot), lastDot != bytes.startIndex else { return "" }
        let result = name[bytes.index(after: lastDot)...]
        return result.unicodeScalars.contains(where: invalidInExtension) ? "" : String(result)
    }

    /// `component` inside `folder`, with one slash between (`out/` and `out` both give
    /// `out/x`; a doubled slash inside `folder` stays, as `URL.appendingPathComponent` keeps it;
    /// no folder is the working folder).
    static func appending(_ component: String, to folder: String) -> String {
        if folder.isEmpty { return component }
        return folder.utf8.last == slash ? folder + component : folder + "/" + component
    }

    /// The path as `URL(fileURLWithPath:).path` gives it: `~` expanded, then an absolute
    /// path as written, trailing slashes dropped; a relative one joined to the working folder,
    /// `.` and `..` removed (`a/../b` → `/cwd/b`; `..` may climb out of the working folder).
    ///
    /// - Parameter workingFolder: asked only for a relative path.
    static func absolute(_ path: String, workingFolder: () -> String) -> String {
        let path = expandingTilde(path)
        if path.utf8.first == slash { return droppingTrailingSlashes(path) }
        return droppingTrailingSlashes(removingDotSegments(appending(path, to: workingFolder())))
    }

    /// The path `URL.standardizedFileURL` stands for: slashes not doubled, none trailing,
    /// `.` and `..` removed. A path with `..` that exists has its symbolic links resolved
    /// first, so that `..` climbs out of the folder a link points to, as the kernel would.
    static func standardized(_ absolute: String) -> String {
        let compressed = droppingTrailingSlashes(compressingSlashes(absolute))
        if hasDotDotComponent(compressed), let resolved = FileSystem.realPath(compressed) { return resolved }
        return droppingTrailingSlashes(removingDotSegments(compressed))
    }

    /// The path one file is known by however it was reached — standardized, then symbolic
    /// links resolved — so that two spellings of one file compare equal. A path that does
    /// not exist stays standardized: it still equals another spelling of the same missing
    /// path, or an existing file reached through a folder that does not exist (`new/../a`).
    static func canonical(_ absolute: String) -> String {
        let standard = standardized(absolute)
        return FileSystem.realPath(standard) ?? standard
    }

    /// A path that starts with `~` or `~user` in the home folder it names, as
    /// `URL(fileURLWithPath:)` takes it; any other path, or an unknown user's, as it is.
    static func expandingTilde(_ path: String) -> String {
        guard path.utf8.first == UInt8(ascii: "~") else { return path }
        let slashIndex = path.utf8.firstIndex(of: slash) ?? path.endIndex
        let user = path[path.index(after: path.startIndex)..<slashIndex]
        guard let home = FileSystem.homeFolder(of: user.isEmpty ? nil : String(user)) else { return path }
        return home + path[slashIndex...]
    }

    /// RFC 3986's removal of dot segments on a path that starts with a slash, as
    /// FoundationEssentials does it: an empty segment counts (`a//../b` → `a/b`), and a path
    /// ending in `.` or `..` keeps its final slash.
    ///
    /// Byte by byte into one array: splitting into substrings and joining them made the
    /// generic types' metadata on first use, dearer than everything else a plan does.
    static func removingDotSegments(_ path: String) -> String {
        guard hasDotSegment(path) else { return path }
        let bytes = Array(path.utf8)
        var output: [UInt8] = []  // "/segment/segment…", each segment with the slash before it
        output.reserveCapacity(bytes.count)
        var start = 1
        while true {
            var end = start
            while end < bytes.count && bytes[end] != slash { end += 1 }
            let last = end >= bytes.count
            switch end - start {
            case 1 where bytes[start] == dot:
                break
            case 2 where bytes[start] == dot && bytes[start + 1] == dot:
                if let cut = output.lastIndex(of: slash) { output.removeSubrange(cut...) }
            default:
                output.append(slash)
                output.append(contentsOf: bytes[start..<end])
            }
            if last { break }
            start = end + 1
        }
        // A final `.` or `..` leaves the path naming a folder: it ends in a slash.
        if lastSegmentIsDots(bytes) || output.isEmpty { output.append(slash) }
        return String(decoding: output, as: UTF8.self)
    }

    static func droppingTrailingSlashes(_ path: String) -> String {
        guard path.utf8.last == slash else { return path }
        guard let end = path.utf8.lastIndex(where: { $0 != slash }) else { return "/" }
        return String(path[...end])
    }

    static func compressingSlashes(_ path: String) -> String {
        guard hasDoubledSlash(path) else { return path }
        var previous: UInt8 = 0
        let bytes = path.utf8.filter { byte in
            defer { previous = byte }
            return !(byte == slash && previous == slash)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a path has a `.` or `..` segment.
    private static func hasDotSegment(_ path: String) -> Bool { hasSegmentOfDots(path, counts: 1...2) }

    static func hasDotDotComponent(_ path: String) -> Bool { hasSegmentOfDots(path, counts: 2...2) }

    /// Whether some segment of `path` is nothing but dots, as many as `counts` allows.
    private static func hasSegmentOfDots(_ path: String, counts: ClosedRange<Int>) -> Bool {
        var run = 0  // dots since the last slash, or -1 once the segment holds anything else
        for byte in path.utf8 {
            switch byte {
            case slash:
                if counts.contains(run) { return true }
                run = 0
            case dot: if run >= 0 { run += 1 }
            default: run = -1
            }
        }
        return counts.contains(run)
    }

    private static func lastSegmentIsDots(_ bytes: [UInt8]) -> Bool {
        let start = (bytes.lastIndex(of: slash) ?? -1) + 1
        let count = bytes.count - start
        return (count == 1 || count == 2) && bytes[start...].allSatisfy { $0 == dot }
    }

    private static func hasDoubledSlash(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if byte == slash && previous == slash { return true }
            previous = byte
        }
        return false
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// A space or a bidirectional control makes a would-be extension no extension
    /// (FoundationEssentials' `invalidExtensionScalars`, `/` aside: a name holds none).
    private static func invalidInExtension(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// A path as the file system knows it: its bytes. Swift's `String` equality is canonical
/// equivalence, under which 金 (U+91D1) equals 金 (U+F90A) and an NFC `café` its NFD
/// spelling — two different files on Linux. Wherever paths are told apart (inputs made
/// one, outputs checked for collision, a cache by file), they are compared as this.
public struct PathKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ path: String) { bytes = Array(path.utf8) }

    /// The two paths are the same bytes.
    public static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): a.utf8.elementsEqual(b.utf8)
        default: false
        }
    }
}

/// File names that are not UTF-8 — a GBK `东城.yaml` unpacked from a zip made on Chinese
/// Windows — kept byte for byte in a `String`.
///
/// Swift decodes such bytes to U+FFFD, after which the file cannot be opened again. Here each
/// byte of an ill-formed sequence becomes a private-use scalar of its own (U+10FE80 + the
/// byte − 0x80, never in a real name), and every system call given a path turns those back
/// into the bytes: the file opens, its documents are named after the same bytes, and a
/// printed name shows each as `<0xB6>` (`DiagnosticFormatter.visible`).
extension Path {
    /// The first of the 128 scalars that stand for the bytes 0x80–0xFF.
    public static let rawByteBase: UInt32 = 0x10FE80

    /// The byte `scalar` stands for, when it is one of the stand-ins.
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        (rawByteBase...(rawByteBase + 0x7F)).contains(scalar.value) ? UInt8(scalar.value - rawByteBase + 0x80) : nil
    }

    /// A path or name as the system gave it: its UTF-8, with stand-ins for bytes that are not.
    public static func decoding<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        // The parser reads ahead; the bytes of an ill-formed sequence are found again by count.
        var position = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.append(Unicode.UTF8.decode(encoded))
                position = bytes.index(position, offsetBy: encoded.count)
            case .error(let length):
                for byte in bytes[position...].prefix(length) {
                    result.append(Unicode.Scalar(rawByteBase + UInt32(byte & 0x7F))!)
                }
                position = bytes.index(position, offsetBy: length)
            case .emptyInput:
                return String(result)
            }
        }
    }

    /// A NUL-terminated C string as `decoding` reads it.
    public static func decoding(cString: UnsafePointer<CChar>) -> String {
        decoding(UnsafeRawBufferPointer(start: cString, count: strlen(cString)))
    }

    /// Calls `body` with the path's bytes as the file system knows them: the stand-ins turned
    /// back into their bytes. Most paths hold none and are passed as they are.
    public static func withFileSystemPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        // A stand-in's UTF-8 starts F4 8F BA or F4 8F BB; a path without an F4 holds none.
        guard path.utf8.contains(0xF4) else { return try path.withCString(body) }
        var bytes: [CChar] = []
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) {
                bytes.append(CChar(bitPattern: byte))
            } else {
                bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
            }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// An output that cannot be written says why, from the real errno (issue 12, item 12): a
/// full disk was reported as “没有写入权限或路径不存在”.
@Suite struct WriteFailureTests {
    /// /dev/full fails every write with ENOSPC, as a full disk does.
    @Test func aFullDeviceIsAFullDisk() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0, "/dev/full cannot be opened")
        defer { close(descriptor) }
        let code = Array("文稿".utf8).withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) }
        #expect(code == ENOSPC)
        let message = DiagnosticMessage.outputUnwritable("/mnt/u/a.docx", error: FileSystem.error(code))
        #expect(message.text == "无法写入 /mnt/u/a.docx：磁盘已满，没有空间写入；请换一个输出路径（-o）或文件夹（--output-dir）")
    }

    @Test func eachErrnoHasItsOwnReason() throws {
        let folder = try Scratch.folder()
        let file = folder.appendingPathComponent("f.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(WriteFailure.reason(errno: ENOTDIR, path: "/dev/null/a.docx") == "/dev/null 不是文件夹（是文件或设备）")
        #expect(WriteFailure.reason(errno: ENOTDIR, path: file + "/sub/a.docx") == "\(file) 不是文件夹（是文件或设备）")
        #expect(WriteFailure.reason(errno: EACCES, path: "/a") == "没有写入权限")
        #expect(WriteFailure.reason(errno: EPERM, path: "/a") == "没有写入权限")
        #expect(WriteFailure.reason(errno: ENOENT, path: "/a") == "路径不存在")
        #expect(WriteFailure.reason(errno: EROFS, path: "/a") == "只读文件系统")
        #expect(WriteFailure.reason(errno: EDQUOT, path: "/a") == "超出磁盘配额，没有空间写入")
        #expect(WriteFailure.reason(errno: EXDEV, path: "/a").hasPrefix("系统错误 \(EXDEV)（"))
        // An output that is a folder keeps its message.
        #expect(DiagnosticMessage.outputUnwritable(folder.path, error: FileSystem.error(EISDIR)).text
            == "无法写入 \(folder.path)：这是一个文件夹；请换一个输出路径（-o）或文件夹（--output-dir）")
    }

    /// The errno really comes through AtomicFile: a write under a file, and one under a
    /// missing folder.
    @Test func atomicFileThrowsTheErrno() throws {
        let folder = try Scratch.folder()
        let file = folder.appendingPathComponent("f.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: FileSystem.error(ENOTDIR)) { try AtomicFile.write(Data("y".utf8), to: file + "/a.docx") }
        #expect(throws: FileSystem.error(ENOENT)) { try AtomicFile.write(Data("y".utf8), to: folder.path + "/missing/a.docx") }
    }
}

import Foundation
import Testing

/// An output that cannot be written is reported with what happened (issue 12, item 12),
/// through the real binary.
@Suite(.serialized) struct OutputFailureTests {
    let input = """
    title: 2026年上半年工作总结
    organization: 某某局
    occasion: 全局工作会
    date: 2026-07-10
    achievements:
      - point: 完成任务
        details: 全年任务完成过半。
    """

    func folderWithInput(test: String = #function) throws -> URL {
        let folder = try Paths.scratch(test)
        try Data(input.utf8).write(to: folder.appendingPathComponent("a.yaml"))
        return folder
    }

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func aDeviceAsOutputFolderIsNotAFolder() throws {
        let folder = try folderWithInput()
        let result = try Command.wengao(["summary", "a.yaml", "--output-dir", "/dev/null"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "错误: 无法写入 /dev/null/a.docx：/dev/null 不是文件夹（是文件或设备）；请换一个输出路径（-o）或文件夹（--output-dir） [output-unwritable]"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("没有写入权限"))
    }

    @Test func aFileAsOutputFolderIsNotAFolder() throws {
        let folder = try folderWithInput()
        try Data("我的笔记".utf8).write(to: folder.appendingPathComponent("out"))
        let result = try Command.wengao(["summary", "a.yaml", "--output-dir", "out"], in: folder)
        #expect(result.status == 1)
        let path = folder.appendingPathComponent("out").path
        #expect(result.stderr.contains("无法写入 \(path)/a.docx：\(path) 不是文件夹（是文件或设备）"), "\(result.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("out"), encoding: .utf8) == "我的笔记")
    }

    @Test func aFolderWithoutWritePermissionSaysSo() throws {
        let folder = try folderWithInput()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        chmod(out.path, 0o555)
        defer { chmod(out.path, 0o755) }
        let arguments = ["summary", "a.yaml", "--output-dir", "out"]
        // root writes into any folder: as root the run is made as nobody, whom the mode stops.
        let result = if getuid() == 0 {
            try Command.run(try Requirement.tool("setpriv", package: "util-linux"),
                            ["--reuid=65534", "--regid=65534", "--clear-groups", Paths.executable.path] + arguments, in: folder)
        } else {
            try Command.wengao(arguments, in: folder)
        }
        #expect(result.status == 1)
        #expect(result.stderr.contains("无法写入 \(out.path)/a.docx：没有写入权限；") || result.stderr.contains("out/a.docx：没有写入权限；"),
                "\(result.stderr)")
    }

    /// A small tmpfs mounted over `out` (we run as root in CI), filled, then written to:
    /// ENOSPC. Then the same mounted read-only: EROFS.
    @Test func aFullDiskAndAReadOnlyOneSayWhatHappened() throws {
        let folder = try folderWithInput()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mount = try Requirement.tool("mount", package: "mount")
        let mounted = try Command.run(mount, ["-t", "tmpfs", "-o", "size=64k", "tmpfs", out.path])
        try Requirement.need(mounted.status == 0, "cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): \(mounted.stderr)")
        defer { _ = try? Command.run(Requirement.which("umount")!, [out.path]) }
        // Fill it: write until the disk refuses.
        let filler = open(out.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while block.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
        close(filler)

        let full = try Command.wengao(["summary", "a.yaml", "--output-dir", "out"], in: folder)
        #expect(full.status == 1)
        #expect(full.stderr.contains("无法写入 out/a.docx：磁盘已满，没有空间写入；") || full.stderr.contains("/out/a.docx：磁盘已满，没有空间写入；"),
                "\(full.stderr)")
        #expect(!full.stderr.contains("没有写入权限"))
        #expect(files(in: out) == ["filler"], "no document and no temporary left on the full disk")

        try FileManager.default.removeItem(at: out.appendingPathComponent("filler"))
        let remount = try Command.run(mount, ["-o", "remount,ro", out.path])
        try #require(remount.status == 0, "\(remount.stderr)")
        let readOnly = try Command.wengao(["summary", "a.yaml", "--output-dir", "out"], in: folder)
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("a.docx：只读文件系统；"), "\(readOnly.stderr)")
    }
}

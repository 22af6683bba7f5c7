import Foundation
import Testing

/// Which files a batch takes, through the real binary (issue 12): regular files only, and
/// every distinct file by its bytes.
@Suite struct BatchInputKindTests {
    let input = """
    title: 2026年上半年工作总结
    organization: 某某局
    occasion: 全局工作会
    date: 2026-07-10
    achievements:
      - point: 完成任务
        details: 全年任务完成过半。
    """

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// `wengao` under timeout(1): a run that would hang fails the test (exit 124) instead.
    func wengao(_ arguments: [String], in folder: URL) throws -> CommandResult {
        let timeout = try Requirement.tool("timeout", package: "coreutils")
        return try Command.run(timeout, ["-s", "KILL", "30", Paths.executable.path] + arguments, in: folder)
    }

    /// Item 11: a FIFO named `*.yaml` in a batch folder (and a link to one) hung the batch
    /// forever, waiting for a writer; it is left out like a subfolder.
    @Test func aFIFOInABatchFolderIsLeftOut() throws {
        let folder = try Paths.scratch()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data(input.utf8).write(to: inputs.appendingPathComponent("a.yaml"))
        #expect(mkfifo(inputs.appendingPathComponent("b.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("c.yaml").path, withDestinationPath: "b.yaml")
        let result = try wengao(["summary", "in", "--output-dir", "out"], in: folder)
        #expect(result.status == 0, "exit \(result.status) (124 or 137: it hung): \(result.stderr)")
        #expect(files(in: folder.appendingPathComponent("out")) == ["a.docx", "a.odt"])
        #expect(result.stderr == "已生成 out/a.docx\n已生成 out/a.odt\n", "one input left, reported as one")
    }

    /// A FIFO named as an argument is an error at the file, not a wait.
    @Test func aFIFOGivenByNameIsAClearError() throws {
        let folder = try Paths.scratch()
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let message = "pipe.yaml:1:1: 错误: 这不是普通文件（是命名管道、设备或套接字）；Wengao 只读取普通的 .yaml 文件 [file-unreadable]"
        let summary = try wengao(["summary", "pipe.yaml", "-o", "x.docx"], in: folder)
        #expect(summary.status == 1, "exit \(summary.status) (124 or 137: it hung)")
        #expect(summary.stderr.contains(message), "\(summary.stderr)")
        let validate = try wengao(["validate", "pipe.yaml"], in: folder)
        #expect(validate.status == 1, "exit \(validate.status) (124 or 137: it hung)")
        #expect(validate.stdout.contains(message), "\(validate.stdout)")
        let fix = try wengao(["fix", "pipe.yaml"], in: folder)
        #expect(fix.status == 1, "exit \(fix.status) (124 or 137: it hung)")
        #expect(fix.stderr.contains(message), "\(fix.stderr)")
        #expect(files(in: folder) == ["pipe.yaml"])
    }

    /// Item 7: 金.yaml (U+91D1) and 金.yaml (U+F90A), or NFC and NFD café.yaml, are two files;
    /// a batch took each pair for one and skipped an input without a word.
    @Test func canonicallyEquivalentNamesAreTwoInputsWithTwoOutputs() throws {
        let folder = try Paths.scratch()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let stems = ["\u{91D1}", "\u{F90A}", "caf\u{E9}", "cafe\u{301}"]
        for (index, stem) in stems.enumerated() {
            // POSIX calls, byte for byte: nothing on the way may normalize the name.
            let descriptor = open(inputs.path + "/" + stem + ".yaml", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(descriptor >= 0)
            let text = input.replacingOccurrences(of: "完成任务", with: "完成第\(index + 1)项任务")
            _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let result = try wengao(["summary", "in", "--output-dir", "out", "--format", "docx"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("已生成 4 份半年工作总结（4 个文件，在 out）\n"), "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let written = Set(files(in: out).map { Array($0.utf8) })
        #expect(written == Set(stems.map { Array(($0 + ".docx").utf8) }), "\(files(in: out))")
        // Four different documents, each from its own input.
        let documents = try files(in: out).map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(Set(documents).count == 4)
    }
}

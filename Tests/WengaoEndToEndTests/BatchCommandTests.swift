import Foundation
import Testing

/// `wengao summary|speech` with many inputs, through the real binary.
@Suite struct BatchCommandTests {
    func input(_ marker: String) -> String {
        """
        title: \(marker)2026年上半年工作总结
        organization: 某某局
        occasion: 全局工作会
        date: 2026-07-10
        achievements:
          - point: 完成\(marker)任务
            details: 全年任务完成过半。
        """
    }

    /// A scratch folder with `in/` holding one input per name (broken ones unparseable).
    func inputs(_ names: [String], broken: Set<String> = [], test: String = #function) throws -> URL {
        let folder = try Paths.scratch(test)
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in names {
            let text = broken.contains(name) ? "title: [unclosed\n" : input(name)
            try Data(text.utf8).write(to: inputs.appendingPathComponent("\(name).yaml"))
        }
        return folder
    }

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func foldersAndFilesTogetherWriteEveryDocument() throws {
        let folder = try inputs(["东城", "西城", "南城"])
        let extra = folder.appendingPathComponent("extra.yml")
        try Data(input("额外").utf8).write(to: extra)
        let result = try Command.wengao(["summary", "in", "extra.yml", "--output-dir", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files(in: folder.appendingPathComponent("out")) == [
            "东城.docx", "东城.odt", "南城.docx", "南城.odt", "西城.docx", "西城.odt", "extra.docx", "extra.odt",
        ].sorted())
        #expect(result.stderr.contains("已生成 4 份半年工作总结（8 个文件，在 out）"))
    }

    @Test func aFailingInputIsReportedTheOthersWrittenAndTheRunExitsOne() throws {
        let folder = try inputs(["a", "b", "c", "d"], broken: ["b"])
        let result = try Command.wengao(["speech", "in", "--output-dir", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("in/b.yaml:1:8: 错误: 这里的“[”没有闭合；请补上与之配对的“]” [yaml-unclosed]"))
        #expect(result.stderr.contains("未能生成：in/b.yaml"))
        #expect(result.stderr.contains("已生成 3 份会议讲话稿（6 个文件，在 out），1 份失败"))
        #expect(files(in: folder.appendingPathComponent("out")) == ["a.docx", "a.odt", "c.docx", "c.odt", "d.docx", "d.odt"])
    }

    @Test func twoInputsForOneOutputStopTheRunBeforeAnythingIsWritten() throws {
        let folder = try inputs(["a", "report"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        try Data(input("again").utf8).write(to: folder.appendingPathComponent("more/report.yml"))
        let result = try Command.wengao(["summary", "in", "more", "--output-dir", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("in/report.yaml、more/report.yml 会写入同一个输出文件"))
        #expect(result.stderr.contains("[output-collision]"))
        #expect(files(in: folder.appendingPathComponent("out")).isEmpty)
    }

    @Test func outputFileWithSeveralInputsIsAUsageError() throws {
        let folder = try inputs(["a", "b"])
        let many = try Command.wengao(["summary", "in/a.yaml", "in/b.yaml", "-o", "x.docx"], in: folder)
        #expect(many.status == 64)
        #expect(many.stderr.contains("-o 只能用于一个输入文件"))
        let folderInput = try Command.wengao(["summary", "in", "-o", "x.docx"], in: folder)
        #expect(folderInput.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.docx").path))
    }

    @Test func noProgressBarWhenStandardErrorIsNotATerminal() throws {
        let folder = try inputs((1...12).map { "单位\($0)" })
        let result = try Command.wengao(["speech", "in", "--output-dir", "out"], in: folder)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("生成中"))
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"))
        #expect(result.stderr == "已生成 12 份会议讲话稿（24 个文件，在 out）\n")
    }

    @Test func aProgressBarOnATerminal() throws {
        try Requirement.tool("script", package: "bsdutils")
        let folder = try inputs((1...12).map { "单位\($0)" })
        // script(1) gives the command a pseudo-terminal and copies what it shows.
        let command = "\(Paths.executable.path) speech in --output-dir out"
        let result = try Command.run(Requirement.which("script")!, ["-qec", command, "/dev/null"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("生成中 ["))
        #expect(result.stdout.contains("12/12"))
        #expect(result.stdout.contains("份/秒") && result.stdout.contains("剩余"))
        #expect(result.stdout.contains("已生成 12 份会议讲话稿"))
    }

    @Test func batchesAreDeterministicWhateverTheNumberOfWorkers() throws {
        let folder = try inputs((1...8).map { "dept\($0)" })
        var outputs: [[Data]] = []
        for jobs in ["1", "2", "3"] {
            let out = folder.appendingPathComponent("out\(jobs)")
            let result = try Command.wengao(["summary", "in", "--output-dir", out.path, "--jobs", jobs], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try files(in: out).map { try Data(contentsOf: out.appendingPathComponent($0)) })
        }
        #expect(outputs[0].count == 16)
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    }

    @Test func oneInputReportsLikeBefore() throws {
        let folder = try inputs(["one"])
        let result = try Command.wengao(["summary", "in/one.yaml", "--output-dir", "out"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "已生成 out/one.docx\n已生成 out/one.odt\n")
        let named = try Command.wengao(["summary", "in/one.yaml", "-o", "named.odt"], in: folder)
        #expect(named.status == 0)
        #expect(named.stderr == "已生成 named.odt\n")
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// The real `wengao` binary: exit codes, files written, determinism, safety.
@Suite struct CommandLineTests {
    @Test func helpAndVersion() throws {
        let help = try Command.wengao(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("summary"))
        #expect(help.stdout.contains("speech"))
        let version = try Command.wengao(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(arguments: [
        ["summary"],
        ["frobnicate"],
        ["speech", "a.yaml", "--format", "png"],
        ["speech", "a.yaml", "-o", "out.txt"],
        ["speech", "a.yaml", "-o", "out.docx", "--format", "odt"],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try Command.wengao(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [("summary", "half-year-summary"), ("speech", "meeting-speech")])
    func writesBothFormatsIntoOutputNamedAfterTheInput(command: String, sample: String) throws {
        let folder = try Paths.scratch()
        let input = Paths.samples.appendingPathComponent("\(sample).yaml")
        let result = try Command.wengao([command, input.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for ext in ["docx", "odt"] {
            let url = folder.appendingPathComponent("Output/\(sample).\(ext)")
            let data = try Data(contentsOf: url)
            #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(url.lastPathComponent) is a zip")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(leftovers.sorted() == ["\(sample).docx", "\(sample).odt"], "no temporary files left behind")
    }

    @Test func outputOptionPicksTheFileAndFormat() throws {
        let folder = try Paths.scratch()
        let input = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        #expect(try Command.wengao(["speech", input, "-o", "nested/讲话.odt"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nested/讲话.odt").path))
        #expect(try Command.wengao(["summary", input, "--format", "docx"], in: folder).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(written == ["meeting-speech.docx"])
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let input = Paths.samples.appendingPathComponent("half-year-summary.yaml").path
        var outputs: [[Data]] = []
        for _ in 0..<2 {
            let folder = try Paths.scratch()
            #expect(try Command.wengao(["summary", input], in: folder).status == 0)
            outputs.append(try ["docx", "odt"].map { try Data(contentsOf: folder.appendingPathComponent("Output/half-year-summary.\($0)")) })
            // A second later, with another zone and locale: still the same bytes.
            Thread.sleep(forTimeInterval: 1.1)
        }
        #expect(outputs[0] == outputs[1])
        let folder = try Paths.scratch()
        _ = try Command.wengao(["summary", input], in: folder, environment: ["TZ": "America/New_York", "LANG": "de_DE.UTF-8"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("Output/half-year-summary.odt")) == outputs[0][1])
    }

    @Test func sourceDateEpochSetsTheZipTimestamps() throws {
        let input = Paths.samples.appendingPathComponent("half-year-summary.yaml").path
        let a = try Paths.scratch(), b = try Paths.scratch()
        _ = try Command.wengao(["summary", input, "--format", "odt"], in: a, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        _ = try Command.wengao(["summary", input, "--format", "odt"], in: b)
        let first = try Data(contentsOf: a.appendingPathComponent("Output/half-year-summary.odt"))
        let second = try Data(contentsOf: b.appendingPathComponent("Output/half-year-summary.odt"))
        #expect(first != second)
        #expect(first.count == second.count)
    }

    @Test func refusesToOverwriteTheInput() throws {
        let folder = try Paths.scratch()
        let input = folder.appendingPathComponent("input.docx")
        try FileManager.default.copyItem(at: Paths.samples.appendingPathComponent("meeting-speech.yaml"), to: input)
        let before = try Data(contentsOf: input)
        let result = try Command.wengao(["speech", input.path, "-o", input.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("不会覆盖输入"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func unwritableTargetIsAClearErrorAndWritesNothing() throws {
        let folder = try Paths.scratch()
        let input = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        // A directory where the file should go: no permission trick needed, fails for root too.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output/meeting-speech.docx"),
                                                withIntermediateDirectories: true)
        let result = try Command.wengao(["speech", input], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("无法写入"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(entries == ["meeting-speech.docx"], "no stray temporary file: \(entries)")
    }

    @Test func brokenInputIsReportedWithItsLine() throws {
        let folder = try Paths.scratch()
        let input = folder.appendingPathComponent("bad.yaml")
        try "title: 总结\nachievements:\n  - point: 一\n   details: 错位\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try Command.wengao(["summary", input.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:4:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test func brokenTemplateNamesItsLine() throws {
        let folder = try Paths.scratch()
        let template = folder.appendingPathComponent("mine.mustache")
        try "<document>\n<p style=\"body\">{{title}}</p>\n<p style=\"nope\">x</p>\n<p style=\"body\">{{#a}}</p>\n</document>\n"
            .write(to: template, atomically: true, encoding: .utf8)
        let input = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        let result = try Command.wengao(["speech", input, "--template", template.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("mine.mustache:4:"), "\(result.stderr)")
        try "<document>\n<p style=\"body\">{{title}}</p>\n<p style=\"nope\">x</p>\n</document>\n"
            .write(to: template, atomically: true, encoding: .utf8)
        let unknownStyle = try Command.wengao(["speech", input, "--template", template.path], in: folder)
        #expect(unknownStyle.status == 1)
        #expect(unknownStyle.stderr.contains("mine.mustache:3:"), "\(unknownStyle.stderr)")
        #expect(unknownStyle.stderr.contains("nope"))
        let missing = try Command.wengao(["speech", input, "--template", folder.appendingPathComponent("none.mustache").path], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.mustache"))
    }

    @Test func userStyleFileOverridesOnlyWhatItNames() throws {
        let folder = try Paths.scratch()
        let style = folder.appendingPathComponent("house.style.yaml")
        try "paragraph-styles:\n  title:\n    font: 黑体\n".write(to: style, atomically: true, encoding: .utf8)
        let input = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        #expect(try Command.wengao(["speech", input, "--style", style.path, "--format", "odt"], in: folder).status == 0)
        try "paragraph-styles:\n  title:\n    size: huge\n".write(to: style, atomically: true, encoding: .utf8)
        let bad = try Command.wengao(["speech", input, "--style", style.path], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("house.style.yaml:3:11"), "\(bad.stderr)")
    }
}

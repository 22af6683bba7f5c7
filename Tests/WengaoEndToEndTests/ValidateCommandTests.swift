import Foundation
import Testing

/// `wengao validate` and the checks before `summary` / `speech`, through the real binary:
/// output formats against golden files (Support/Golden.swift), exit codes, many files, silencing.
@Suite struct ValidateCommandTests {
    static let folder = Paths.fixtures.appendingPathComponent("validate")

    @Test func textOutput() throws {
        let result = try Command.wengao(["validate", "report.yaml"], in: Self.folder)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when the output is not a terminal")
        try assertGolden(result.stdout, "validate-report.txt")
    }

    @Test func jsonOutput() throws {
        let result = try Command.wengao(["validate", "--format", "json", "report.yaml"], in: Self.folder)
        #expect(result.status == 1)
        try assertGolden(result.stdout, "validate-report.json")
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 6)
        for entry in array ?? [] {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "id", "message"])
        }
    }

    @Test func samplesAreClean() throws {
        let samples = ["half-year-summary.yaml", "meeting-speech.yaml"].map { Paths.samples.appendingPathComponent($0).path }
        let result = try Command.wengao(["validate", "--strict"] + samples)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "0 个错误，0 个警告\n")
    }

    @Test func exitCodes() throws {
        #expect(try Command.wengao(["validate", "warnings.yaml"], in: Self.folder).status == 0)
        #expect(try Command.wengao(["validate", "--strict", "warnings.yaml"], in: Self.folder).status == 1)
        #expect(try Command.wengao(["validate", "report.yaml"], in: Self.folder).status == 1)
        // Usage errors: no file, an unknown format, an unknown or unsilenceable rule.
        #expect(try Command.wengao(["validate"]).status == 64)
        #expect(try Command.wengao(["validate", "--format", "xml", "warnings.yaml"], in: Self.folder).status == 64)
        let unknown = try Command.wengao(["validate", "--ignore", "placeholdr", "warnings.yaml"], in: Self.folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("placeholder"), "did-you-mean for a rule id")
        #expect(try Command.wengao(["validate", "--ignore", "yaml-tab", "warnings.yaml"], in: Self.folder).status == 64)
    }

    @Test func manyFilesAreEachReported() throws {
        let result = try Command.wengao(["validate", "warnings.yaml", "report.yaml", "missing.yaml", "."], in: Self.folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("warnings.yaml:6:15: 警告:"))
        #expect(result.stdout.contains("report.yaml:3:5: 错误:"))
        #expect(result.stdout.contains("missing.yaml:1:1: 错误: 文件不存在"))
        #expect(result.stdout.contains(".:1:1: 错误: 这是一个文件夹"))
        #expect(result.stdout.hasSuffix("4 个错误，5 个警告\n"), "\(result.stdout)")
    }

    @Test func silencing() throws {
        let perRun = try Command.wengao(["validate", "--ignore", "placeholder", "warnings.yaml"], in: Self.folder)
        #expect(perRun.stdout == "0 个错误，0 个警告\n")
        let perFile = try Command.wengao(["validate", "--strict", "silenced.yaml"], in: Self.folder)
        #expect(perFile.status == 0, "\(perFile.stdout)")
    }

    @Test func generationPrintsWarningsAndGoesOn() throws {
        let scratch = try Paths.scratch()
        let result = try Command.wengao(["summary", Self.folder.appendingPathComponent("warnings.yaml").path,
                                         "--output-dir", scratch.path, "--format", "docx"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("警告: “xx人次”像是没有填写的占位符"))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("warnings.docx").path))

        let quiet = try Command.wengao(["speech", Self.folder.appendingPathComponent("warnings.yaml").path,
                                        "--output-dir", scratch.path, "--format", "odt", "--ignore", "placeholder"])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("警告"))

        let strict = try Command.wengao(["summary", Self.folder.appendingPathComponent("warnings.yaml").path,
                                         "-o", scratch.appendingPathComponent("strict.docx").path, "--strict"])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("strict.docx").path))
    }

    @Test func errorsStopGeneration() throws {
        let scratch = try Paths.scratch()
        let result = try Command.wengao(["summary", Self.folder.appendingPathComponent("report.yaml").path,
                                         "--output-dir", scratch.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("report.yaml:3:5: 错误: 日期“2026-06-31”无效"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        #expect(try Command.wengao(["summary", "--ignore", "nonsense", "x.yaml"]).status == 64)
    }

    /// The bound for hostile input: a clear error within one second and 100 MiB,
    /// measured on the real binary by /usr/bin/time.
    ///
    /// Time is CPU time (user + system), not wall-clock, so a busy machine cannot fail the
    /// test; the binary here is the debug build, so the bound is twice the one
    /// second, which the release build meets with a wide margin (Docs/validation.md). An
    /// exponential blow-up overshoots either bound by orders of magnitude.
    @Test(arguments: ["laughs", "key-bomb", "deep", "dense"])
    func hostileInputIsCheapToRefuse(_ kind: String) throws {
        try Requirement.tool("time", package: "time")
        let scratch = try Paths.scratch()
        let file = scratch.appendingPathComponent("\(kind).yaml")
        try Data(Self.hostile(kind).utf8).write(to: file)
        let result = try Command.run(URL(fileURLWithPath: "/usr/bin/time"),
                                     ["-f", "%U %S %M", Paths.executable.path, "validate", file.path])
        #expect(result.status == 1)
        let measured = result.stderr.split(separator: "\n").last?.split(separator: " ") ?? []
        let seconds = measured.count == 3 ? (Double(measured[0]) ?? .infinity) + (Double(measured[1]) ?? .infinity) : .infinity
        let kilobytes = Int(measured.last ?? "") ?? .max
        #expect(seconds < 2.0, "\(kind): \(seconds) s of CPU")
        #expect(kilobytes < 100 * 1024, "\(kind): \(kilobytes) KiB")
        let expected = ["laughs": "[alias-limit]", "key-bomb": "[complex-key]", "deep": "[nesting-too-deep]", "dense": "[too-many-nodes]"][kind]!
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }

    /// A billion laughs: ten levels of ten aliases inside a field the reader walks.
    static func hostile(_ kind: String) -> String {
        var laughs = "title: t\nachievements:\n  - &l0 {point: lol}\n"
        for level in 1..<10 {
            laughs += "  - &l\(level) {point: lol, subpoints: [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]}\n"
        }
        switch kind {
        case "laughs": return laughs
        case "key-bomb": return laughs + "? *l9\n: boom\n"
        case "deep": return "title: " + String(repeating: "[", count: 1_000_000 - 20) + "\n"
        default: return "title: t\nachievements:\n" + String(repeating: "- a\n", count: 200_000)
        }
    }
}

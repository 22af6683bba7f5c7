import Foundation
import Testing

/// How the real `wengao` reads its command line: the spellings it accepts, the usage
/// errors it refuses with (exit 64, the argument named, the spelling meant), its help.
@Suite struct CommandLineParsingTests {
    /// A command line that must be refused, and what the message must name.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        /// Words the message must contain: the offending argument, the suggestion, the choices.
        var names: [String]
        /// The subcommand whose usage follows the message; nil for `wengao` itself.
        var command: String?

        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let mistakes: [Mistake] = [
        // Unknown subcommand: the list, or the one meant.
        Mistake(arguments: ["frobnicate"], names: ["“frobnicate”", "summary、speech、validate、fix、schema"]),
        Mistake(arguments: ["speach", "a.yaml"], names: ["“speach”", "是否想写“speech”"]),
        Mistake(arguments: ["help", "sumary"], names: ["“sumary”", "是否想写“summary”"]),
        Mistake(arguments: ["--verison"], names: ["“--verison”", "是否想写“--version”"]),
        // Unknown option.
        Mistake(arguments: ["speech", "a.yaml", "--formt", "docx"], names: ["“--formt”", "是否想写“--format”"], command: "speech"),
        Mistake(arguments: ["summary", "a.yaml", "--output-dri=out"], names: ["“--output-dri”", "是否想写“--output-dir”"], command: "summary"),
        Mistake(arguments: ["speech", "a.yaml", "-output", "x.docx"], names: ["“-output”", "是否想写“--output”"], command: "speech"),
        Mistake(arguments: ["speech", "a.yaml", "-format=odt"], names: ["“-format”", "是否想写“--format”"], command: "speech"),
        Mistake(arguments: ["validate", "-o", "x.docx", "a.yaml"], names: ["“-o”"], command: "validate"),
        // Missing value, missing input.
        Mistake(arguments: ["speech", "a.yaml", "-o"], names: ["-o", "<output>"], command: "speech"),
        Mistake(arguments: ["speech", "a.yaml", "--template", "--strict"], names: ["--template", "<template>"], command: "speech"),
        Mistake(arguments: ["speech", "--format", "odt"], names: ["<inputs>"], command: "speech"),
        Mistake(arguments: ["validate", "--strict"], names: ["<files>"], command: "validate"),
        // Bad number, number out of range.
        Mistake(arguments: ["summary", "a.yaml", "-j", "x"], names: ["-j", "“x”", "整数"], command: "summary"),
        Mistake(arguments: ["summary", "a.yaml", "--jobs=2.5"], names: ["--jobs", "“2.5”"], command: "summary"),
        Mistake(arguments: ["summary", "a.yaml", "-j0"], names: ["--jobs 至少为 1"], command: "summary"),
        // Unknown choice: the valid values, and the likeliest.
        Mistake(arguments: ["speech", "a.yaml", "--format", "png"], names: ["--format", "“png”", "docx、odt、pdf、both"], command: "speech"),
        Mistake(arguments: ["validate", "--format=jsn", "a.yaml"], names: ["“jsn”", "text、json", "是否想写“json”"], command: "validate"),
        // A flag given a value; an argument nothing takes.
        Mistake(arguments: ["validate", "--strict=yes", "a.yaml"], names: ["--strict", "“yes”"], command: "validate"),
        Mistake(arguments: ["schema", "extra"], names: ["“extra”"], command: "schema"),
        Mistake(arguments: ["--version", "extra"], names: ["“extra”"]),
        Mistake(arguments: ["help", "speech", "extra"], names: ["“extra”"], command: "speech"),
        // Options that contradict each other; rule ids.
        Mistake(arguments: ["speech", "a.yaml", "-o", "x.docx", "--format", "odt"], names: ["--format odt", ".docx"], command: "speech"),
        Mistake(arguments: ["validate", "--ignore", "empty-section,placeholdr", "a.yaml"], names: ["“placeholdr”", "是否想写“placeholder”"],
                command: "validate"),
    ]

    @Test(arguments: mistakes)
    func usageErrorNamesTheArgumentAndShowsTheUsage(_ mistake: Mistake) throws {
        let result = try Command.wengao(mistake.arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("错误: ") == true, "\(result.stderr)")
        for name in mistake.names {
            #expect(lines.first?.contains(name) == true, "“\(name)” not in: \(result.stderr)")
        }
        let command = mistake.command.map { "wengao " + $0 } ?? "wengao"
        #expect(lines.dropFirst().first?.hasPrefix("用法：\(command) ") == true, "\(result.stderr)")
        #expect(lines.last == "详见 \(command) --help")
    }

    @Test func attachedValuesAndTheLastOfTwoValues() throws {
        let folder = try Paths.scratch()
        let input = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        let result = try Command.wengao(["speech", input, "--output-dir=out", "--format", "docx", "--format=odt", "-j2"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) == ["meeting-speech.odt"])
        let short = try Command.wengao(["speech", "-onamed.docx", input, "--jobs=1"], in: folder)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stderr == "已生成 named.docx\n")
        // `-o=x` as `--output=x` would have it, not a file named "=x".
        let equals = try Command.wengao(["speech", "-o=equals.odt", input, "-j=1"], in: folder)
        #expect(equals.status == 0, "\(equals.stderr)")
        #expect(equals.stderr == "已生成 equals.odt\n")
    }

    @Test func doubleDashEndsTheOptions() throws {
        let folder = try Paths.scratch()
        try FileManager.default.copyItem(at: Paths.samples.appendingPathComponent("meeting-speech.yaml"),
                                         to: folder.appendingPathComponent("-x.yaml"))
        let refused = try Command.wengao(["speech", "-x.yaml"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("“-x.yaml”"))
        let result = try Command.wengao(["speech", "--output-dir", "out", "--", "-x.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
            == ["-x.docx", "-x.odt"])
    }

    @Test func ignoreIsRepeatableAndCommaSeparated() throws {
        let folder = Paths.fixtures.appendingPathComponent("validate")
        for ignoring in [["--ignore", "empty-section,placeholder"], ["--ignore", "empty-section", "--ignore=placeholder"]] {
            let result = try Command.wengao(["validate", "--strict"] + ignoring + ["warnings.yaml"], in: folder)
            #expect(result.status == 0, "\(ignoring): \(result.stdout)")
            #expect(result.stdout == "0 个错误，0 个警告\n")
        }
    }

    static let optionsOf: [String: [String]] = [
        "summary": ["<inputs>", "-o, --output", "--format <docx|odt|pdf|both>", "--keep-punctuation", "--all", "--output-dir", "--template ", "--style",
                    "--templates", "--strict", "--ignore <rule-id>", "-j, --jobs", "-h, --help"],
        "validate": ["<files>", "--format <text|json>", "--strict", "--ignore <rule-id>", "-h, --help"],
        "schema": ["-h, --help"],
    ]

    @Test(arguments: ["summary", "speech", "validate", "schema"])
    func helpForEachSubcommandListsItsOptions(_ subcommand: String) throws {
        let help = try Command.wengao([subcommand, "--help"])
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
        #expect(help.stdout.contains("用法：wengao \(subcommand)"))
        for option in Self.optionsOf[subcommand] ?? Self.optionsOf["summary"]! {
            #expect(help.stdout.contains(option), "\(subcommand) --help lacks \(option)")
        }
        // Every way of asking gives the same text, even with other mistakes on the line.
        for asking in [["help", subcommand], [subcommand, "-h"], [subcommand, "--formt", "--help"]] {
            #expect(try Command.wengao(asking).stdout == help.stdout, "\(asking)")
        }
    }

    @Test func helpGoldenFiles() throws {
        let help = try Command.wengao(["--help"])
        #expect(help.status == 0)
        try assertGolden(help.stdout, "help.txt")
        for same in [[], ["-h"], ["help"]] {
            #expect(try Command.wengao(same).stdout == help.stdout, "wengao \(same)")
        }
        try assertGolden(try Command.wengao(["speech", "--help"]).stdout, "help-speech.txt")
    }

    @Test func usageErrorIsColouredOnlyOnATerminal() throws {
        try Requirement.tool("script", package: "bsdutils")
        let command = "\(Paths.executable.path) speech --formt"
        let coloured = try Command.run(Requirement.which("script")!, ["-qec", "env -u NO_COLOR " + command, "/dev/null"])
        #expect(coloured.stdout.contains("\u{1B}[1;31m错误:\u{1B}[0m"), "\(coloured.stdout)")
        let plain = try Command.run(Requirement.which("script")!, ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(plain.stdout.contains("错误: 没有选项“--formt”"))
        #expect(!plain.stdout.contains("\u{1B}["))
        // no-color.org: an empty NO_COLOR does not turn colour off.
        let empty = try Command.run(Requirement.which("script")!, ["-qec", command, "/dev/null"], environment: ["NO_COLOR": ""])
        #expect(empty.stdout.contains("\u{1B}[1;31m错误:\u{1B}[0m"), "\(empty.stdout)")
    }
}

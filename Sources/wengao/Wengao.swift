#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WengaoKit

/// `wengao`: reads the subcommand and hands the rest of the arguments to it.
///
/// The command line is parsed by hand (CommandLine/), not by swift-argument-parser, whose
/// start-up reflection was a quarter of a whole run (Docs/design-notes.md).
@main
enum Wengao {
    static let abstract = "把成绩、问题、意见写成符合 GB/T 9704 的半年工作总结和会议讲话稿（.docx / .odt）。"
    static let discussion = """
        Turns a YAML account of a unit's half year into a 半年工作总结 or a 会议讲话稿,
        laid out per GB/T 9704-2012, as .docx and .odt files.

        Exit codes: 0 success, 1 an input or output problem, 64 a usage error.
        """

    static func main() {
        // First, before any thread exists (Interruption.watch says why). Not for `serve`,
        // whose server ends gracefully on SIGINT and SIGTERM itself: it finishes the requests
        // under way, and their private folders are removed as each request ends.
        let servesPage = CommandLine.argc > 1 && CommandLine.unsafeArgv[1].map { strcmp($0, "serve") == 0 } == true
        if !servesPage {
            Interruption.watch { signal, removed in
                let console = Console()
                // A progress bar may hold the line: the message starts on a new one.
                if console.isTerminal { console.stream.write("\n") }
                console.status(BatchText.interrupted(signal: signal, removedTemporaries: removed))
                _exit(128 + signal)
            }
        }
        let status: ExitStatus
        do {
            // By their bytes: `CommandLine.arguments` turns a name that is not UTF-8 (a GBK
            // file name) into U+FFFD, after which the file cannot be opened.
            let arguments = (1..<Int(CommandLine.argc)).map { Path.decoding(cString: CommandLine.unsafeArgv[$0]!) }
            status = try run(arguments)
        } catch {
            error.report()
            status = .usage
        }
        exit(status.rawValue)
    }

    static func run(_ arguments: [String]) throws(UsageError) -> ExitStatus {
        let rest = Array(arguments.dropFirst())
        switch arguments.first {
        case nil, "-h", "--help":
            return printHelp(nil)
        case "--version":
            if let extra = rest.first { throw UsageError(UsageText.unexpectedArgument(extra), command: nil) }
            Console(output: .standardOutput).write(WengaoVersion.current)
            return .success
        case "help":
            if rest.count > 1 {
                // `wengao help speech extra`: the usage shown is the subcommand's, when it is one.
                throw UsageError(UsageText.unexpectedArgument(rest[1]), command: Subcommand(rawValue: rest[0])?.command)
            }
            guard let name = rest.first, !ArgumentScanner.asksForHelp(rest) else { return printHelp(nil) }
            return printHelp(try Subcommand.named(name))
        case let word?:
            let subcommand = try Subcommand.named(word)
            if ArgumentScanner.asksForHelp(rest) { return printHelp(subcommand) }
            return try subcommand.run(rest)
        }
    }

    /// The tool's help, or a subcommand's, on standard output.
    static func printHelp(_ subcommand: Subcommand?) -> ExitStatus {
        let text = subcommand.map { HelpText.command($0.command) }
            ?? HelpText.overview(abstract: abstract, discussion: discussion, commands: Subcommand.all.map { $0.command })
        Console(output: .standardOutput).write(text)
        return .success
    }
}

/// The word after `wengao`.
enum Subcommand: String {
    case summary, speech, validate, fix, schema, fonts, `import`, serve

    static let all: [Subcommand] = [.summary, .speech, .validate, .fix, .schema, .fonts, .import, .serve]

    /// - Throws: `UsageError` for a word that is no subcommand, with the likeliest one meant.
    static func named(_ word: String) throws(UsageError) -> Subcommand {
        if let subcommand = Subcommand(rawValue: word) { return subcommand }
        let names = all.map { $0.rawValue }
        if word.hasPrefix("-") {
            let options = ["--help", "--version"]
            throw UsageError(UsageText.unknownOption(word, suggestion: SpellingSuggestion.closest(to: word, among: options)),
                             command: nil)
        }
        throw UsageError(UsageText.unknownSubcommand(word, suggestion: SpellingSuggestion.closest(to: word, among: names),
                                                     available: names), command: nil)
    }

    var command: CommandSpec {
        switch self {
        case .summary: GenerateOptions.command(.summary)
        case .speech: GenerateOptions.command(.speech)
        case .validate: ValidateCommand.command
        case .fix: FixCommand.command
        case .import: ImportCommand.command
        case .schema: SchemaCommand.command
        case .fonts: FontsCommand.command
        case .serve: ServeCommand.command
        }
    }

    /// Reads the subcommand's arguments, then runs it.
    func run(_ arguments: [String]) throws(UsageError) -> ExitStatus {
        switch self {
        case .summary: try GenerateCommand(.summary, parsing: arguments).run()
        case .speech: try GenerateCommand(.speech, parsing: arguments).run()
        case .validate: try ValidateCommand(parsing: arguments).run()
        case .fix: try FixCommand(parsing: arguments).run()
        case .import: try ImportCommand(parsing: arguments).run()
        case .schema: try SchemaCommand(parsing: arguments).run()
        case .fonts: try FontsCommand(parsing: arguments).run()
        case .serve: try ServeCommand(parsing: arguments).run()
        }
    }
}

/// How `wengao` ends: 0 done, 1 an input or output problem, 64 a usage error.
enum ExitStatus: Int32 {
    case success = 0
    case failure = 1
    case usage = 64
}

enum WengaoVersion {
    static let current = "0.1.0"
}

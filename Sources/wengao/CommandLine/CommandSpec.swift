/// What a subcommand accepts, declared once: the scanner reads arguments by it, the help
/// text is laid out from it, and a misspelt option is suggested from it.
///
/// Plain values, no property wrappers and no reflection: swift-argument-parser's
/// reflection cost a quarter of a whole run in start-up (Docs/design-notes.md).
struct CommandSpec: Sendable {
    /// The word after `wengao`: `speech`.
    var name: String
    /// One line for the list of subcommands and the top of the help.
    var abstract: String
    /// More paragraphs for the help, when there is more to say.
    var discussion: String? = nil
    /// The files the command works on, if it takes any.
    var arguments: ArgumentSpec? = nil
    /// Its options, in the order the help lists them (`-h, --help` is added to every command).
    var options: [OptionSpec] = []

    /// The option spelled `--long`.
    func option(long: String) -> OptionSpec? {
        long == OptionSpec.help.long ? OptionSpec.help : options.first { $0.long == long }
    }

    /// The option spelled `-s`.
    func option(short: String) -> OptionSpec? {
        short == OptionSpec.help.short ? OptionSpec.help : options.first { $0.short == short }
    }
}

/// A command's positional arguments: any number of them, all alike (input files).
struct ArgumentSpec: Sendable {
    /// The placeholder in usage lines and messages: `inputs` shows as `<inputs>`.
    var name: String
    var help: String
    /// At least one must be given.
    var required: Bool
}

/// One option: how it is spelled, what value it takes, what the help says of it.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        /// Present or not; `--strict=yes` is an error.
        case flag
        /// Any text: a path, a rule id.
        case text
        /// A whole number.
        case integer
        /// One of a fixed list of words, which the help shows in place of the value name.
        case choice([String])
    }

    /// Without its dashes: `output` for `--output`.
    var long: String
    /// One letter, without its dash: `o` for `-o`.
    var short: String? = nil
    var kind: Kind = .text
    /// The placeholder in help and messages; the long name unless given.
    var valueName: String? = nil
    var help: String

    var isFlag: Bool {
        if case .flag = kind { return true }
        return false
    }

    /// `--output`.
    var spelling: String { "--" + long }

    /// `<output>`, or `<docx|odt|both>` for a choice.
    var placeholder: String {
        if case .choice(let words) = kind { return "<" + words.joined(separator: "|") + ">" }
        return "<" + (valueName ?? long) + ">"
    }

    /// Every command's `-h, --help`, handled before its other arguments are read.
    static let help = OptionSpec(long: "help", short: "h", kind: .flag, help: "显示这份说明。Show help information.")
    /// `wengao --version`.
    static let version = OptionSpec(long: "version", kind: .flag, help: "显示版本号。Show the version.")
}

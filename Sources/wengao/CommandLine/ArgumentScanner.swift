import WengaoKit

/// Reads a subcommand's arguments by its `CommandSpec`: options and their values, and the
/// positional arguments around them.
///
/// Accepts what people type from other tools: `--output x.docx`, `--output=x.docx`,
/// `-o x.docx`, `-ox.docx`, `-j2`, options before or after the files, and `--` to end the
/// options (so that a file may be called `-x.yaml`). A value is checked as it is read (a
/// whole number, one of the choices), so a mistake names the argument that made it.
struct ArgumentScanner {
    let command: CommandSpec
    private let arguments: [String]
    private var next = 0
    private var parsed = ParsedArguments()

    /// The options and files in `arguments` (the words after the subcommand).
    ///
    /// - Throws: `UsageError` naming the first argument that does not fit.
    static func scan(_ arguments: [String], for command: CommandSpec) throws(UsageError) -> ParsedArguments {
        var scanner = ArgumentScanner(command: command, arguments: arguments)
        return try scanner.scan()
    }

    private init(command: CommandSpec, arguments: [String]) {
        self.command = command
        self.arguments = arguments
    }

    /// Whether `-h` or `--help` is among the options: then the help is shown and nothing
    /// else is checked, the way people expect `wengao speech --formt --help` to answer.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "-h" || argument == "--help" { return true }
        }
        return false
    }

    private mutating func scan() throws(UsageError) -> ParsedArguments {
        var optionsEnded = false
        while next < arguments.count {
            let argument = arguments[next]
            next += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                try readLong(argument.dropFirst(2))
            } else {
                try readShort(argument.dropFirst())
            }
        }
        try checkPositionals()
        return parsed
    }

    /// `--name`, `--name value` or `--name=value`.
    private mutating func readLong(_ body: Substring) throws(UsageError) {
        let name = String(body.prefix { $0 != "=" })
        let attached = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard let option = command.option(long: name) else {
            let suggestion = SpellingSuggestion.closest(to: name, among: command.options.map { $0.long } + ["help"])
            throw UsageError(UsageText.unknownOption("--" + name, suggestion: suggestion.map { "--" + $0 }), command: command)
        }
        try read(option, spelled: "--" + name, attached: attached)
    }

    /// `-o value`, `-ovalue`, `-j2`.
    private mutating func readShort(_ body: Substring) throws(UsageError) {
        // `-output` is `--output` with a dash missing more often than `-o utput`.
        let word = String(body.prefix { $0 != "=" })
        if word.count > 1, let option = command.option(long: word) {
            throw UsageError(UsageText.unknownOption("-" + word, suggestion: option.spelling), command: command)
        }
        let letter = String(body.prefix(1))
        let rest = body.dropFirst()
        guard let option = command.option(short: letter), !(option.isFlag && !rest.isEmpty) else {
            let suggestion = body.count > 1
                ? SpellingSuggestion.closest(to: String(body), among: command.options.map { $0.long }).map { "--" + $0 } : nil
            throw UsageError(UsageText.unknownOption("-" + body, suggestion: suggestion), command: command)
        }
        // `-o=x.docx` means x.docx, as `--output=x.docx` does; a value that starts with "="
        // can still be given as `-o==x` or `-o =x`.
        let value = rest.first == "=" ? rest.dropFirst() : rest
        try read(option, spelled: "-" + letter, attached: rest.isEmpty ? nil : String(value))
    }

    /// Takes the option's value (attached, or the next argument) and checks it.
    private mutating func read(_ option: OptionSpec, spelled: String, attached: String?) throws(UsageError) {
        if option.isFlag {
            if let attached { throw UsageError(UsageText.flagTakesNoValue(spelled, value: attached), command: command) }
            parsed.record(option, value: "")
            return
        }
        var value = attached ?? ""
        if attached == nil, next < arguments.count, !looksLikeOption(arguments[next], for: option) {
            value = arguments[next]
            next += 1
        }
        if value.isEmpty {
            throw UsageError(UsageText.missingValue(spelled, valueName: option.valueName ?? option.long), command: command)
        }
        switch option.kind {
        case .flag, .text:
            break
        case .integer:
            if Int(value) == nil { throw UsageError(UsageText.notAnInteger(value, option: spelled), command: command) }
        case .choice(let words):
            if !words.contains(value) {
                let message = UsageText.unknownChoice(value, option: spelled, choices: words,
                                                      suggestion: SpellingSuggestion.closest(to: value, among: words))
                throw UsageError(message, command: command)
            }
        }
        parsed.record(option, value: value)
    }

    /// The next argument is another option, not this one's value: `-o --strict` lacks the
    /// file. A negative number is a value for a number (`-j -1` says "at least 1").
    private func looksLikeOption(_ argument: String, for option: OptionSpec) -> Bool {
        guard argument.hasPrefix("-"), argument != "-" else { return false }
        if case .integer = option.kind, Int(argument) != nil { return false }
        return true
    }

    private func checkPositionals() throws(UsageError) {
        guard let spec = command.arguments else {
            if let first = parsed.positionals.first {
                throw UsageError(UsageText.unexpectedArgument(first), command: command)
            }
            return
        }
        if spec.required && parsed.positionals.isEmpty {
            throw UsageError(UsageText.missingArgument(spec.name), command: command)
        }
    }
}

/// The arguments as read: option values by option, and the positional arguments in order.
struct ParsedArguments {
    var positionals: [String] = []
    /// Every option given, in order, with its value ("" for a flag). A handful at most, so
    /// a list is searched rather than a dictionary built.
    private var given: [(option: String, value: String)] = []

    mutating func record(_ option: OptionSpec, value: String) {
        given.append((option.long, value))
    }

    func flag(_ option: OptionSpec) -> Bool {
        given.contains { $0.option == option.long }
    }

    /// The value given last (an option given twice keeps its last value).
    func value(_ option: OptionSpec) -> String? {
        given.last { $0.option == option.long }?.value
    }

    /// Every value of a repeatable option, in order.
    func values(_ option: OptionSpec) -> [String] {
        given.filter { $0.option == option.long }.map { $0.value }
    }

    /// An integer option's value, already checked by the scanner.
    func integer(_ option: OptionSpec) -> Int? {
        value(option).flatMap { Int($0) }
    }
}

import WengaoKit

/// The command line was not understood: exit 64, the message naming the argument at fault,
/// then the usage line and where to read more.
struct UsageError: Error {
    /// The catalogued message (UsageText, BatchText).
    var message: String
    /// The subcommand whose usage is shown after the message; nil for `wengao` itself.
    var command: CommandSpec?

    init(_ message: String, command: CommandSpec?) {
        self.message = message
        self.command = command
    }

    /// Prints the error to standard error, coloured like the diagnostics on a terminal.
    func report(to console: Console = Console()) {
        console.error(message)
        console.write(UsageText.usage(HelpText.usage(of: command)))
        console.write(UsageText.seeHelp("wengao" + (command.map { " " + $0.name } ?? "")))
    }
}

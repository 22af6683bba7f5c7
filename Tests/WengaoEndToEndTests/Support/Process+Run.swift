import Conformance
import Foundation

/// The result of running a command to completion.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Command {
    /// Runs `executable` with `arguments` and waits, collecting both outputs.
    ///
    /// The same runner as the measuring library's (`ExternalTool`), so tests and
    /// `wengao-measure` start programs one way.
    @discardableResult
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String] = [:], stdin: Data? = nil) throws -> CommandResult {
        let outcome = try ExternalTool(url: executable).execute(arguments, environment: environment,
                                                                directory: directory, input: stdin)
        return CommandResult(status: outcome.status,
                             stdout: String(decoding: outcome.standardOutput, as: UTF8.self),
                             stderr: String(decoding: outcome.standardError, as: UTF8.self))
    }

    /// Runs the built `wengao`.
    @discardableResult
    static func wengao(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        try run(Paths.executable, arguments, in: directory, environment: environment)
    }
}

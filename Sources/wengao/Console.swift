import Foundation
import WengaoKit

/// Where the tool's messages go: diagnostics and errors to standard error, colour only
/// when standard error is a terminal.
struct Console {
    /// Standard error is a terminal: colours and the progress bar are for people, not logs.
    let isTerminal = isatty(STDERR_FILENO) == 1
    var colors: DiagnosticFormatter.Colors {
        .init(enabled: isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }
    private var sources: [String: SourceText] = [:]

    func error(_ message: String) {
        printError(colors.wrap("错误:", "1;31") + " " + message)
    }

    func status(_ message: String) {
        printError(message)
    }

    /// Prints diagnostics with their source lines (read once per file).
    func report(_ diagnostics: [Diagnostic]) {
        var cache: [String: SourceText] = [:]
        for diagnostic in diagnostics {
            var source: SourceText?
            if let file = diagnostic.location?.file {
                if cache[file] == nil, let text = try? SourceText.read(path: file) { cache[file] = text }
                source = cache[file]
            }
            printError(DiagnosticFormatter.format(diagnostic, source: source, colors: colors))
        }
    }

    func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension DiagnosticFormatter.Colors {
    func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

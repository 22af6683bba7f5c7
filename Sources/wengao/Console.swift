import Foundation
import WengaoKit

/// Where the tool's messages go, with colour only when that stream is a terminal (and
/// `NO_COLOR` is not set). `summary` and `speech` print diagnostics and progress to
/// standard error; `validate`, whose diagnostics are its output, prints them to standard output.
struct Console {
    let handle: FileHandle
    let colors: DiagnosticFormatter.Colors
    /// The stream is a terminal: colours and the progress bar are for people, not logs.
    let isTerminal: Bool

    init(output handle: FileHandle = .standardError) {
        self.handle = handle
        isTerminal = isatty(handle.fileDescriptor) == 1
        colors = DiagnosticFormatter.Colors(enabled: isTerminal && Environment.value("NO_COLOR") == nil)
    }

    func error(_ message: String) {
        write(colors.wrap("错误:", "1;31") + " " + message)
    }

    func status(_ message: String) {
        write(message)
    }

    /// Prints diagnostics with their source lines (each file read once; `source`, the text
    /// the diagnostics were found in, is not read again).
    func report(_ diagnostics: [Diagnostic], source known: SourceText? = nil) {
        var cache: [String: SourceText?] = [:]
        if let known { cache[known.path] = known }
        for diagnostic in diagnostics {
            var source: SourceText?
            if let file = diagnostic.location?.file {
                if cache[file] == nil { cache[file] = SourceText.forDisplay(path: file) }
                source = cache[file] ?? nil
            }
            write(DiagnosticFormatter.format(diagnostic, source: source, colors: colors))
        }
    }

    func write(_ text: String) {
        // Through a buffer pointer: `Data(text.utf8)` takes the generic sequence path, whose
        // first dynamic cast scans the binary's conformance records (~0.25 M instructions,
        // 5% of `wengao --version`).
        var line = text + "\n"
        line.withUTF8 { handle.write(Data(buffer: $0)) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WengaoKit

/// Standard output or standard error, written with POSIX `write`: Foundation's
/// `FileHandle` lives in the part of Foundation that brings ICU into the binary.
enum StandardStream {
    case standardOutput, standardError

    var descriptor: Int32 { self == .standardOutput ? 1 : 2 }

    func write(_ text: String) {
        var text = text
        // A failed write to a closed pipe or a full disk has nowhere to be reported.
        _ = text.withUTF8 { FileSystem.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}

/// Where the tool's messages go, with colour only when that stream is a terminal (and
/// `NO_COLOR` is unset or empty). `summary` and `speech` print diagnostics and progress to
/// standard error; `validate`, whose diagnostics are its output, prints them to standard output.
struct Console {
    let stream: StandardStream
    let colors: DiagnosticFormatter.Colors
    /// The stream is a terminal: colours and the progress bar are for people, not logs.
    let isTerminal: Bool

    init(output stream: StandardStream = .standardError) {
        self.stream = stream
        isTerminal = isatty(stream.descriptor) == 1
        // no-color.org: NO_COLOR turns colour off when it is set to anything but the empty string.
        colors = DiagnosticFormatter.Colors(enabled: isTerminal && (Environment.value("NO_COLOR") ?? "").isEmpty)
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
        stream.write(text + "\n")
    }
}


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

    /// A one-line message; control characters in it (from a file name or an argument) are
    /// shown visibly, never sent to the terminal.
    func error(_ message: String) {
        write(colors.wrap("错误:", "1;31") + " " + DiagnosticFormatter.visible(message))
    }

    /// A one-line message, file names in it shown like `error`'s.
    func status(_ message: String) {
        write(DiagnosticFormatter.visible(message))
    }

    /// How many diagnostics of one rule in one file are shown before the rest are counted.
    static let shownPerRule = 3

    /// Prints diagnostics with their source lines (each file read once; `source`, the text
    /// the diagnostics were found in, is not read again).
    ///
    /// A file with 55 half-width commas is one mistake made 55 times: the first three of each
    /// rule in a file are shown and the rest counted in one line after that file's
    /// diagnostics, unless `showingAll` (`--all`). JSON output is never cut.
    func report(_ diagnostics: [Diagnostic], source known: SourceText? = nil, showingAll: Bool = false) {
        // Files by their bytes (PathKey): two names that are canonically equivalent are
        // two files, each shown with its own lines.
        var cache: [PathKey: SourceText?] = [:]
        if let known { cache[PathKey(known.path)] = known }
        var shown: [String: Int] = [:]
        var hidden: [(file: String, rule: String, count: Int)] = []
        func countHidden() {
            for (file, rule, count) in hidden { status(BatchText.moreOfRule(rule, count: count, in: file)) }
            hidden = []
            shown = [:]
        }
        var currentFile: String?
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file
            if !PathKey.same(file, currentFile) {
                countHidden()
                currentFile = file
            }
            if let file, !showingAll {
                shown[diagnostic.id, default: 0] += 1
                if shown[diagnostic.id, default: 0] > Self.shownPerRule {
                    if let index = hidden.firstIndex(where: { $0.rule == diagnostic.id }) {
                        hidden[index].count += 1
                    } else {
                        hidden.append((file, diagnostic.id, 1))
                    }
                    continue
                }
            }
            var source: SourceText?
            if let file {
                if cache[PathKey(file)] == nil { cache[PathKey(file)] = SourceText.forDisplay(path: file) }
                source = cache[PathKey(file)] ?? nil
            }
            write(DiagnosticFormatter.format(diagnostic, source: source, colors: colors))
        }
        countHidden()
    }

    func write(_ text: String) {
        stream.write(text + "\n")
    }
}

extension Console {
    /// The templates folder: `--templates`, else `WENGAO_TEMPLATES`, else the one beside the
    /// binary or the working folder's; nil, after saying so, when there is none.
    func templatesFolder(_ given: String?) -> String? {
        if let folder = given ?? Environment.value("WENGAO_TEMPLATES") ?? TemplateSet.locateDefaultDirectory() { return folder }
        error("找不到模板文件夹 Templates；请用 --templates 指定")
        return nil
    }
}

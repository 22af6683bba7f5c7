/// Renders diagnostics as compiler-style text: `path:line:col: 错误: message [id]`, the
/// source line, and a caret under the column.
public enum DiagnosticFormatter {
    /// Terminal colours, used only when the caller says the output is a terminal.
    public struct Colors: Sendable {
        public var enabled: Bool
        public init(enabled: Bool) { self.enabled = enabled }

        public func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    }

    public static func label(_ severity: Severity) -> String {
        switch severity {
        case .error: "错误"
        case .warning: "警告"
        case .note: "注"
        }
    }

    /// One diagnostic, with the offending line from `source` when it is at hand.
    public static func format(_ diagnostic: Diagnostic, source: (any SourceLines)?, colors: Colors = .init(enabled: false)) -> String {
        let color = diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;35" : "1;36"
        var text = ""
        if let location = diagnostic.location {
            text += colors.wrap(visible("\(location):"), "1") + " "
        }
        text += colors.wrap(label(diagnostic.severity) + ":", color) + " "
        text += colors.wrap(visible(diagnostic.message), "1") + " [\(visible(diagnostic.id))]"
        if let location = diagnostic.location, let line = source?.line(location.line) {
            // The caret is placed by the line as shown, replacements included.
            let (shown, prefix) = window(of: line, column: location.column)
            text += "\n" + String(location.line).leftPadded(to: 5) + " | " + visible(shown).replacingTabs
            text += "\n      | " + visible(prefix).caretIndent + colors.wrap("^", "1;32")
        }
        for note in diagnostic.notes {
            text += "\n" + colors.wrap("  注:", "1;36") + " " + visible(note)
        }
        return text
    }

    /// Diagnostics as a JSON array of `{file, line, column, severity, id, message}`, the
    /// form editors and scripts read.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.array(diagnostics.map { diagnostic in
            .object([
                ("file", diagnostic.location.map { .string($0.file) } ?? .null),
                ("line", diagnostic.location.map { .number($0.line) } ?? .null),
                ("column", diagnostic.location.map { .number($0.column) } ?? .null),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("id", .string(diagnostic.id)),
                ("message", .string(diagnostic.message)),
            ])
        }).rendered() + "\n"
    }

    /// `text` with every control character a terminal would act on made visible: C0
    /// controls as their Control Pictures (ESC → `␛`, BEL → `␇`, line feed → `␊`), DEL as
    /// `␡`, and C1 controls (U+0080–U+009F, which some terminals take as ESC sequences too)
    /// as `<U+009B>`; so are the bidirectional controls (U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069), which would reorder the printed line so that it reads otherwise than
    /// the file and the caret points at the wrong character. A tab is left alone (a source
    /// line shows it as spaces). Every name,
    /// message and source line the tool prints goes through this, so an input or file name
    /// holding `ESC ] 0 ; … BEL` cannot retitle the window or clear the screen; JSON output
    /// is not shown this way, it escapes the same characters by JSON's rules.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09:
                result.append(scalar)
            case 0x00...0x1F:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0"))>".unicodeScalars)
            case Path.rawByteBase...(Path.rawByteBase + 0x7F):
                // A byte of a file name that is not UTF-8 (Path.decoding), as the byte it is.
                result.append(contentsOf: "<0x\(String(scalar.value - Path.rawByteBase + 0x80, radix: 16, uppercase: true))>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case Path.rawByteBase...(Path.rawByteBase + 0x7F): true
        default: false
        }
    }

    /// At most this many characters of a source line are shown; a longer line is cut to a
    /// window around the column, marked with “…”.
    static let maximumShownLine = 80

    /// The part of `line` to show, and the part of it before the caret.
    static func window(of line: String, column: Int) -> (shown: String, beforeCaret: String) {
        let scalars = Array(line.unicodeScalars)
        let caret = min(max(column - 1, 0), scalars.count)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        guard scalars.count > maximumShownLine else { return (line, text(0..<caret)) }
        let start = max(0, min(caret - maximumShownLine / 2, scalars.count - maximumShownLine))
        let end = min(scalars.count, start + maximumShownLine)
        let lead = start > 0 ? "…" : ""
        let tail = end < scalars.count ? "…" : ""
        return (lead + text(start..<end) + tail, lead + text(start..<caret))
    }

    /// The closing count, e.g. `2 个错误，3 个警告`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) 个错误，\(warnings) 个警告"
    }
}

extension String {
    /// A tab shown as it would move the caret: four spaces, in line and caret alike.
    fileprivate var replacingTabs: String {
        guard utf8.contains(UInt8(ascii: "\t")) else { return self }
        var result = ""
        for character in self { result += character == "\t" ? "    " : String(character) }
        return result
    }

    fileprivate func leftPadded(to width: Int, with pad: Character = " ") -> String {
        String(repeating: pad, count: max(0, width - count)) + self
    }

    /// White space as wide as the text, counting wide (CJK) characters as two columns, so
    /// the caret stands under the right character in a terminal.
    fileprivate var caretIndent: String {
        var width = 0
        for scalar in unicodeScalars {
            if scalar == "\t" { width += 4 } else { width += scalar.isWide ? 2 : 1 }
        }
        return String(repeating: " ", count: width)
    }
}

extension Unicode.Scalar {
    /// East Asian Wide and Fullwidth characters, as terminals draw them.
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}

/// The lines of a file a diagnostic points into, for showing the offending line. The
/// input stage's `SourceText` is one; the formatter needs nothing else of it.
public protocol SourceLines {
    /// The text of the 1-based line `number`, without its line break; nil past the end.
    func line(_ number: Int) -> String?
}

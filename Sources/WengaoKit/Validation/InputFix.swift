/// `wengao fix`: the corrections the documents make, made in the input file itself —
/// half-width punctuation in Chinese, straight quotes, numbering typed at the start of a
/// point, and spaces at the ends of lines.
///
/// Every other byte stays as it was: comments, key order, quoting, indentation, line
/// endings and a byte-order mark. The fix works on the file's own characters, found
/// through each text's positions, and changes a character only when the file holds at that
/// place the very character the text has (a text YAML escaped or folded there is left
/// alone and counted as not fixed), so it can never rewrite the file's structure.
public enum InputFix {
    /// The rules whose findings the fix removes: what `wengao serve` offers to fix in one
    /// click. (Spaces at line ends are fixed too, but no rule reports them.)
    public static let fixedRules: [DiagnosticRule] = [.halfWidthPunctuation, .handNumbering]

    public struct Outcome: Sendable {
        /// The file's bytes after the fix (the same bytes when nothing was to be done).
        public var bytes: [UInt8]
        public var punctuation = 0
        public var numbering = 0
        public var trailingSpaces = 0
        /// Marks the documents correct but the file holds in a form the fix does not touch
        /// (an escape such as `\x2C`, a line folded at the mark).
        public var untouched = 0

        public var changed: Bool { punctuation + numbering + trailingSpaces > 0 }
    }

    /// Reads the file at `path` with the input's own checks (it exists, is a file, is not
    /// too large) and fixes its bytes.
    public static func fix(path: String, limits: InputLimits = .default) throws(DiagnosticError) -> Outcome {
        let location = SourceLocation(file: path, line: 1, column: 1)
        switch FileSystem.kind(of: path) {
        case .missing: throw DiagnosticError(Diagnostic(.fileMissing(), at: location))
        case .directory: throw DiagnosticError(Diagnostic(.fileIsDirectory(), at: location))
        case .special: throw DiagnosticError(Diagnostic(.fileNotRegular(), at: location))
        case .other: break
        }
        guard let bytes = FileSystem.contents(of: path, upTo: limits.maximumFileSize + 1) else {
            throw DiagnosticError(Diagnostic(.fileUnreadable("没有读取权限"), at: location))
        }
        return try fix(bytes, path: path, limits: limits)
    }

    /// Fixes the file's bytes, or throws the diagnostics that keep it from being read (a
    /// YAML error, bytes that are not UTF-8): a file the reader cannot follow is not
    /// changed at all.
    public static func fix(_ bytes: [UInt8], path: String, limits: InputLimits = .default) throws(DiagnosticError) -> Outcome {
        let source: SourceText
        do {
            source = try SourceText.decode(bytes, path: path, limits: limits)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(Diagnostic(.fileUnreadable("\(error)"), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let read = ReportReader(limits: limits).read(source)
        guard let report = read.report else { throw DiagnosticError(read.diagnostics) }

        var outcome = Outcome(bytes: bytes)
        /// What replaces the file's scalar at an offset: nothing (deleted) or a mark.
        var edits: [Int: Unicode.Scalar?] = [:]
        let file = source.scalars

        // The file's offset of a text's scalar, when the file holds that scalar there (or
        // a backslash escape of it, as `\"` in a double-quoted string).
        func place(of index: Int, in text: Text, scalar: Unicode.Scalar) -> (offset: Int, length: Int)? {
            guard let location = text.location(ofScalarAt: index),
                  let offset = source.offset(line: location.line, column: location.column),
                  offset < file.count else { return nil }
            if file[offset] == scalar { return (offset, 1) }
            if file[offset] == "\\", offset + 1 < file.count, file[offset + 1] == scalar { return (offset, 2) }
            return nil
        }

        func fix(_ text: Text, isPoint: Bool) {
            let scalars = ScalarText.scalars(text.value)
            var start = 0
            if isPoint, let prefix = TextCorrection.numberingPrefix(scalars) {
                let places = (0..<prefix).map { place(of: $0, in: text, scalar: scalars[$0]) }
                if places.allSatisfy({ $0 != nil }) {
                    for case let (offset, length)? in places {
                        for gone in offset..<(offset + length) { edits[gone] = .some(nil) }
                    }
                    outcome.numbering += 1
                    start = prefix
                }
            }
            let corrections = PunctuationRules.corrections(in: scalars, from: start)
            for correction in corrections {
                guard let (offset, length) = place(of: correction.index, in: text, scalar: correction.found) else {
                    outcome.untouched += 1
                    continue
                }
                edits[offset] = .some(correction.replacement)
                if length == 2 { edits[offset + 1] = .some(nil) }
                outcome.punctuation += 1
            }
            for space in TextCorrection.spacesBeside(corrections, in: scalars) where space >= start {
                if let (offset, length) = place(of: space, in: text, scalar: " "), length == 1 { edits[offset] = .some(nil) }
            }
        }

        for text in report.framingTexts { fix(text, isPoint: false) }
        for item in report.allItems {
            fix(item.point, isPoint: true)
            for detail in item.details { fix(detail, isPoint: false) }
        }
        // Spaces and tabs before a line break or the end of the file.
        for (line, start) in source.lineStarts.enumerated() {
            var end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : file.count
            while end > start, SourceText.isLineBreak(file[end - 1]) { end -= 1 }
            var cut = end
            while cut > start, file[cut - 1] == " " || file[cut - 1] == "\t" { cut -= 1 }
            guard cut < end else { continue }
            for offset in cut..<end { edits[offset] = .some(nil) }
            outcome.trailingSpaces += 1
        }
        guard !edits.isEmpty else { return outcome }

        var fixed: [Unicode.Scalar] = []
        fixed.reserveCapacity(file.count)
        for (offset, scalar) in file.enumerated() {
            if let edit = edits[offset] {
                if let replacement = edit { fixed.append(replacement) }
            } else {
                fixed.append(scalar)
            }
        }
        let byteOrderMark: [UInt8] = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
        outcome.bytes = byteOrderMark + Array(ScalarText.string(fixed).utf8)
        return outcome
    }
}

/// Finds where each character of a scalar's value stands in the file.
///
/// libyaml gives only the mark where a scalar starts; a placeholder or a stray comma in the
/// middle of a long paragraph must still be reported at its own line and column. The
/// value is walked beside the source text, undoing what YAML did to it: line folding in
/// plain and quoted scalars, `''` in single quotes, escapes in double quotes, indentation
/// and folding in `|` and `>` block scalars.
///
/// The walk is guided by the value libyaml produced, so it never has to know where the
/// scalar ends; when the two stop agreeing (a form this walk does not follow, such as an
/// explicit indentation indicator) there is no answer and callers fall back to the
/// scalar's start.
struct ScalarPositions {
    let source: SourceText

    /// One source offset (into `source.scalars`) per Unicode scalar of `scalar.string`;
    /// `value` is those scalars, which the caller has already.
    func offsets(of scalar: YAMLNode.Scalar, value: [Unicode.Scalar]) -> [Int]? {
        guard let start = source.offset(line: scalar.mark.line, column: scalar.mark.column) else { return nil }
        var walk = Walk(source: source.scalars, value: value, offset: skipProperties(from: start))
        switch scalar.style {
        case .plain: walk.flow(quote: nil)
        case .singleQuoted: walk.offset += 1; walk.flow(quote: "'")
        case .doubleQuoted: walk.offset += 1; walk.flow(quote: "\"")
        case .literal, .folded: walk.block()
        }
        return walk.valueIndex == value.count ? walk.map : nil
    }

    /// The scalar event's mark stands on its anchor or tag, when it has one.
    private func skipProperties(from start: Int) -> Int {
        let text = source.scalars
        var offset = start
        while offset < text.count, text[offset] == "&" || text[offset] == "!" {
            while offset < text.count, !Walk.isBlank(text[offset]), !SourceText.isLineBreak(text[offset]) { offset += 1 }
            while offset < text.count {
                if Walk.isBlank(text[offset]) || SourceText.isLineBreak(text[offset]) {
                    offset += 1
                } else if text[offset] == "#" {
                    while offset < text.count, !SourceText.isLineBreak(text[offset]) { offset += 1 }
                } else {
                    break
                }
            }
        }
        return offset
    }
}

/// The state of one walk: `offset` in the source, `valueIndex` in the value (the next of its
/// scalars to place), `map` so far.
private struct Walk {
    let source: [Unicode.Scalar]
    let value: [Unicode.Scalar]
    var offset: Int
    var valueIndex = 0
    var map: [Int] = []

    init(source: [Unicode.Scalar], value: [Unicode.Scalar], offset: Int) {
        self.source = source
        self.value = value
        self.offset = offset
        map.reserveCapacity(value.count)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private var atEnd: Bool { offset >= source.count }
    private var current: Unicode.Scalar { source[offset] }

    private mutating func take(_ count: Int = 1, at position: Int) {
        for _ in 0..<count { map.append(position); valueIndex += 1 }
    }

    /// Skips one line break (CRLF counts as one).
    private mutating func skipBreak() {
        if current == "\r", offset + 1 < source.count, source[offset + 1] == "\n" { offset += 1 }
        offset += 1
    }

    /// Plain and quoted scalars: characters one for one, line breaks folded.
    mutating func flow(quote: Unicode.Scalar?) {
        while valueIndex < value.count, !atEnd {
            let c = current
            if Self.isBlank(c) || SourceText.isLineBreak(c) {
                guard foldWhitespace() else { return }
                continue
            }
            if let quote, c == quote {
                // '' inside single quotes is one quote; any other closing quote ends the scalar.
                guard quote == "'", offset + 1 < source.count, source[offset + 1] == "'", value[valueIndex] == "'" else { return }
                take(at: offset)
                offset += 2
                continue
            }
            if quote == "\"", c == "\\" {
                guard escape() else { return }
                continue
            }
            guard value[valueIndex] == c else { return }
            take(at: offset)
            offset += 1
        }
    }

    /// A run of blanks and line breaks: blanks inside a line stay as they are; a single
    /// line break becomes a space, n breaks become n − 1 newlines.
    private mutating func foldWhitespace() -> Bool {
        var end = offset
        var breaks = 0
        var firstBreak = -1
        while end < source.count, Self.isBlank(source[end]) || SourceText.isLineBreak(source[end]) {
            if SourceText.isLineBreak(source[end]) {
                if firstBreak < 0 { firstBreak = end }
                breaks += 1
                if source[end] == "\r", end + 1 < source.count, source[end + 1] == "\n" { end += 1 }
            }
            end += 1
        }
        if breaks == 0 {
            while offset < end, valueIndex < value.count {
                guard value[valueIndex] == source[offset] else { return false }
                take(at: offset)
                offset += 1
            }
            return true
        }
        if breaks == 1 {
            if valueIndex < value.count, value[valueIndex] == " " { take(at: firstBreak) }
        } else {
            for _ in 0..<(breaks - 1) where valueIndex < value.count && value[valueIndex] == "\n" { take(at: firstBreak) }
        }
        offset = end
        return true
    }

    /// A backslash escape inside double quotes.
    private mutating func escape() -> Bool {
        let start = offset
        guard offset + 1 < source.count else { return false }
        let code = source[offset + 1]
        if SourceText.isLineBreak(code) {
            // An escaped line break joins the lines with nothing between them.
            offset += 1
            skipBreak()
            while !atEnd, Self.isBlank(current) { offset += 1 }
            return true
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}",
            "f": "\u{0C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
            "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
        ]
        var produced: Unicode.Scalar?
        var length = 2
        if let scalar = simple[code] {
            produced = scalar
        } else if let digits = ["x": 2, "u": 4, "U": 8][code] {
            guard offset + 2 + digits <= source.count else { return false }
            let hex = String(String.UnicodeScalarView(source[(offset + 2)..<(offset + 2 + digits)]))
            produced = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
            length = 2 + digits
        }
        guard let produced, valueIndex < value.count, value[valueIndex] == produced else { return false }
        take(at: start)
        offset += length
        return true
    }

    /// Literal `|` and folded `>` scalars: the header line, then content lines with their
    /// indentation taken off.
    mutating func block() {
        // The header: indicator, chomping and indentation indicators, maybe a comment.
        offset += 1
        var explicitIndent = false
        while !atEnd, !SourceText.isLineBreak(current) {
            if current.properties.numericType != nil { explicitIndent = true }
            if current == "#" {
                while !atEnd, !SourceText.isLineBreak(current) { offset += 1 }
                break
            }
            offset += 1
        }
        guard !explicitIndent, !atEnd else { return }
        skipBreak()
        let indent = detectIndent()
        while valueIndex < value.count, !atEnd {
            // A line of no more than `indent` spaces is a blank line: it gives a newline
            // when the value has one there (a folded scalar drops some).
            if isBlankLine(from: offset, indent: indent) {
                let lineBreak = endOfLine(from: offset)
                if value[valueIndex] == "\n" { take(at: lineBreak) }
                offset = lineBreak
                guard !atEnd else { return }
                skipBreak()
                continue
            }
            var skipped = 0
            while skipped < indent, !atEnd, current == " " { offset += 1; skipped += 1 }
            while !atEnd, !SourceText.isLineBreak(current), valueIndex < value.count {
                guard value[valueIndex] == current else { return }
                take(at: offset)
                offset += 1
            }
            guard !atEnd, valueIndex < value.count else { return }
            // The break ending a content line: a newline (literal), a space or a newline
            // (folded), or nothing when folding dropped it before blank lines.
            if value[valueIndex] == " " || value[valueIndex] == "\n" { take(at: offset) }
            skipBreak()
        }
    }

    private func endOfLine(from start: Int) -> Int {
        var end = start
        while end < source.count, !SourceText.isLineBreak(source[end]) { end += 1 }
        return end
    }

    private func isBlankLine(from start: Int, indent: Int) -> Bool {
        var end = start
        while end < source.count, source[end] == " " { end += 1 }
        return end - start <= indent && end < source.count && SourceText.isLineBreak(source[end])
    }

    /// The indentation of the first line with content (leading blank lines may be longer).
    private func detectIndent() -> Int {
        var position = offset
        var longestBlank = 0
        while position < source.count {
            var spaces = 0
            while position + spaces < source.count, source[position + spaces] == " " { spaces += 1 }
            let after = position + spaces
            if after < source.count, SourceText.isLineBreak(source[after]) {
                longestBlank = max(longestBlank, spaces)
                position = after + 1
                if source[after] == "\r", position < source.count, source[position] == "\n" { position += 1 }
                continue
            }
            return max(spaces, longestBlank)
        }
        return longestBlank
    }
}

/// A linear look at the text before it is composed, to refuse what would make composing
/// itself slow or huge.
///
/// The input format only ever needs keys that are plain text, so any sign of a non-text
/// key (`? `, `[..]: `, `*alias : `) is an error here, before composing: comparing such keys
/// to find repetitions would cost as much as their expansion, which for a "billion laughs"
/// alias is exponential. The number of YAML indicators bounds the number of nodes the
/// composer would build, so that count is capped too, and so is the nesting of flow
/// brackets, which needs no indentation.
///
/// The look follows YAML's lexical contexts just far enough to see only real indicators:
/// text inside quotes, comments, block scalars (`|`, `>`) and plain scalars is text, so
/// `"见文献[1]: 第3页"`, a `|` paragraph of 110,000 commas or a comment `# [1]: 注` count as
/// nothing. (Before, every `[`, `,` or `]:` in the file counted, and valid text was refused.)
/// Where it guesses, it guesses towards text: the composer and the walker still count real
/// nodes and real depth.
enum YAMLPreflight {
    static func diagnostics(for source: SourceText, limits: InputLimits) -> [Diagnostic] {
        var scan = Scan(text: source.scalars, limits: limits)
        scan.run()
        return scan.findings.map { finding in
            let (line, column) = source.lineAndColumn(of: finding.offset)
            let location = SourceLocation(file: source.path, line: line, column: column)
            return Diagnostic(finding.message, at: location, notes: finding.note.map { [$0] } ?? [])
        }
    }

    struct Finding {
        var message: DiagnosticMessage
        var offset: Int
        var note: String?
    }

    private struct Scan {
        let text: [Unicode.Scalar]
        let limits: InputLimits
        var findings: [Finding] = []

        var index = 0
        var indicators = 0
        /// Open flow brackets.
        var flowDepth = 0
        /// Whether the next character that is not a blank starts a node (a quote there opens
        /// a quoted scalar; anything else plain text there starts a plain scalar).
        var atTokenStart = true
        /// Inside a plain scalar: its brackets, commas and quotes are text.
        var inPlain = false
        /// The indentation of the line that opened the current block scalar.
        var blockParent: Int?
        /// The current line's indentation, and the column its first node starts at.
        var lineIndent = 0
        var firstNodeColumn = 0
        var lineStart = 0

        init(text: [Unicode.Scalar], limits: InputLimits) {
            self.text = text
            self.limits = limits
        }

        var stopped: Bool {
            findings.contains { $0.message.id != "complex-key" } || findings.count >= 20
        }

        mutating func run() {
            startLine()
            while index < text.count, !stopped {
                let scalar = text[index]
                if SourceText.isLineBreak(scalar) {
                    index += 1
                    if scalar == "\r", index < text.count, text[index] == "\n" { index += 1 }
                    startLine()
                    continue
                }
                // Every indicator is ASCII; most of a Chinese report is not.
                guard scalar.isASCII else {
                    startPlainIfNeeded()
                    index += 1
                    continue
                }
                step(scalar)
            }
        }

        /// At the start of a line: its indentation, and the lines of a block scalar skipped.
        mutating func startLine() {
            while index < text.count {
                lineStart = index
                var column = 0
                while index + column < text.count, text[index + column] == " " { column += 1 }
                let first = index + column < text.count ? text[index + column] : nil
                let blank = first == nil || first.map { SourceText.isLineBreak($0) || $0 == "\t" } == true
                if let parent = blockParent {
                    if blank || column > parent {
                        skipLine()
                        continue
                    }
                    blockParent = nil
                }
                lineIndent = column
                firstNodeColumn = column
                var at = index + column
                while at + 1 < text.count, text[at] == "-", text[at + 1] == " " || text[at + 1] == "\t" {
                    at += 2
                    while at < text.count, text[at] == " " { at += 1 }
                    firstNodeColumn = at - index
                }
                index += column
                // In block context a line starts a node; inside flow brackets it continues.
                if flowDepth == 0 { atTokenStart = true }
                inPlain = false
                return
            }
        }

        mutating func skipLine() {
            while index < text.count, !SourceText.isLineBreak(text[index]) { index += 1 }
            if index < text.count {
                let breakScalar = text[index]
                index += 1
                if breakScalar == "\r", index < text.count, text[index] == "\n" { index += 1 }
            }
        }

        mutating func startPlainIfNeeded() {
            if atTokenStart {
                atTokenStart = false
                inPlain = true
            }
        }

        func isBlank(_ offset: Int) -> Bool {
            offset >= text.count || text[offset] == " " || text[offset] == "\t" || SourceText.isLineBreak(text[offset])
        }

        /// After `offset`, the character that ends an indicator: a blank, a line end, or in
        /// flow context a flow indicator.
        func separates(_ offset: Int) -> Bool {
            isBlank(offset) || (flowDepth > 0 && ",[]{}".unicodeScalars.contains(text[offset]))
        }

        mutating func count(_ offset: Int) {
            indicators += 1
            if indicators == 2 * limits.maximumNodes + 1 {
                findings.append(Finding(message: .tooManyNodes(limit: limits.maximumNodes), offset: offset))
            }
        }

        mutating func step(_ scalar: Unicode.Scalar) {
            let here = index
            // A comment starts at # after a blank or at the line start, in any context but quotes.
            if scalar == "#", here == lineStart || isBlank(here - 1) {
                while index < text.count, !SourceText.isLineBreak(text[index]) { index += 1 }
                return
            }
            if scalar == " " || scalar == "\t" {
                index += 1
                return
            }
            if inPlain {
                // A plain scalar ends at ": " (a key), or in flow context at a flow indicator.
                if scalar == ":", separates(here + 1) {
                    inPlain = false
                    count(here)
                    atTokenStart = true
                } else if flowDepth > 0, ",]}".unicodeScalars.contains(scalar) {
                    inPlain = false
                    return // read again as an indicator
                }
                index += 1
                return
            }
            switch scalar {
            case "\"" where atTokenStart, "'" where atTokenStart:
                skipQuoted(from: here)
                atTokenStart = false
                complexKeyAfterNode(at: here, through: index)
                return
            case "|" where atTokenStart && flowDepth == 0, ">" where atTokenStart && flowDepth == 0:
                // A block scalar: the rest of this line is its header, and the lines indented
                // more than its parent node are its text. The parent is the key before it
                // (`内容: |`), or for `- |` the list, whose dash starts the line.
                if here - lineStart == firstNodeColumn {
                    blockParent = firstNodeColumn > lineIndent ? lineIndent : lineIndent - 1
                } else {
                    blockParent = firstNodeColumn
                }
                skipLine()
                startLine()
                return
            case "-", "?", ":":
                if separates(here + 1) {
                    count(here)
                    if scalar == "?" {
                        findings.append(Finding(message: .complexKey(), offset: here,
                                                note: "“? ”在 YAML 中表示复杂键；若这是文字中的问号，请改用全角“？”"))
                    }
                    atTokenStart = true
                    index += 1
                    return
                }
                startPlainIfNeeded()
                index += 1
            case "[", "{":
                count(here)
                flowDepth += 1
                if flowDepth > limits.maximumDepth {
                    findings.append(Finding(message: .tooDeep(limit: limits.maximumDepth), offset: here))
                }
                atTokenStart = true
                index += 1
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
                atTokenStart = false
                index += 1
                complexKeyAfterNode(at: here, through: index)
            case ",":
                count(here)
                atTokenStart = true
                index += 1
            case "*" where atTokenStart:
                index += 1
                while index < text.count, Self.isAnchorCharacter(text[index]) { index += 1 }
                atTokenStart = false
                if index > here + 1, colonIndicator(from: index) {
                    findings.append(Finding(message: .complexKey(), offset: here, note: "别名（*名称）不能用作键"))
                }
            case "&" where atTokenStart, "!" where atTokenStart:
                // An anchor or a tag: a property of the node that follows.
                while index < text.count, !isBlank(index) { index += 1 }
            default:
                startPlainIfNeeded()
                index += 1
            }
        }

        /// A list, mapping or quoted text used as a key: `[a]: 1`, `{a: 1}: 2`. Quoted text
        /// is a plain key and allowed; a collection is not.
        mutating func complexKeyAfterNode(at start: Int, through end: Int) {
            guard text[start] == "]" || text[start] == "}", colonIndicator(from: end) else { return }
            findings.append(Finding(message: .complexKey(), offset: start,
                                    note: "方括号或花括号后紧跟“:”，会把列表或映射当作键；键只能是文字"))
        }

        /// Whether blanks and then `:` as an indicator follow `start`. After a collection or
        /// quoted text YAML takes `:` as an indicator even with no blank after it inside
        /// flow brackets (`{"a":1}`), but not in block context.
        func colonIndicator(from start: Int) -> Bool {
            var at = start
            while at < text.count, text[at] == " " || text[at] == "\t" { at += 1 }
            return at < text.count && text[at] == ":" && separates(at + 1)
        }

        /// Moves past the quoted scalar opened at `start` (possibly over several lines).
        mutating func skipQuoted(from start: Int) {
            let quote = text[start]
            index = start + 1
            while index < text.count {
                let scalar = text[index]
                if quote == "\"", scalar == "\\" {
                    index += 2
                    continue
                }
                if scalar == quote {
                    if quote == "'", index + 1 < text.count, text[index + 1] == "'" {
                        index += 2
                        continue
                    }
                    index += 1
                    return
                }
                index += 1
            }
        }

        /// libyaml's anchor names: ASCII letters, digits, `_` and `-`.
        static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
        }
    }
}

/// Parses Mustache in one pass over the template's UTF-8 bytes.
///
/// Every tag is found by scanning forward once and its line and column come from a cursor
/// that only moves forward, so parsing takes time in proportion to the template. (The
/// library used before measured the distance to the end of the template for every tag,
/// a fifth of a whole run for the speech template.)
enum MustacheParser {
    /// The deepest nesting of sections a template may have. Wengao's speech template nests
    /// seven (a part, its flag, items, sub-points, theirs, details, a flag inside); each
    /// level can multiply the rendering by the length of a list, so a template is held to a
    /// few more than that. (The rendering budget bounds what the levels allowed can do.)
    static let maximumSectionDepth = 12

    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheNode] {
        var parser = Parser(bytes: Array(text.utf8))
        return try parser.parse()
    }

    private struct OpenSection {
        var name: MustacheName
        var inverted: Bool
        var enclosing: [MustacheNode]
    }

    private struct Parser {
        let bytes: [UInt8]
        var positions = PositionCursor()
        var nodes: [MustacheNode] = []
        var open: [OpenSection] = []
        /// Where the template text not yet made into a node begins.
        var textStart = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse() throws(MustacheSyntaxError) -> [MustacheNode] {
            let count = bytes.count
            var index = 0
            while index + 1 < count {
                if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") {
                    index = try tag(at: index)
                } else {
                    index += 1
                }
            }
            appendText(upTo: count)
            if let unclosed = open.last {
                throw MustacheSyntaxError(problem: .unclosedSection(unclosed.name.text), position: unclosed.name.position)
            }
            return nodes
        }

        /// Reads the tag whose `{{` is at `start`; returns where scanning goes on.
        mutating func tag(at start: Int) throws(MustacheSyntaxError) -> Int {
            let position = positions.position(of: start, in: bytes)
            let triple = start + 2 < bytes.count && bytes[start + 2] == UInt8(ascii: "{")
            let contentStart = start + (triple ? 3 : 2)
            guard let contentEnd = closing(from: contentStart, braces: triple ? 3 : 2) else {
                throw MustacheSyntaxError(problem: .unclosedTag, position: position)
            }
            let tagEnd = contentEnd + (triple ? 3 : 2)
            var content = trimmed(contentStart..<contentEnd)
            var sigil: UInt8 = triple ? UInt8(ascii: "{") : 0
            if !triple, let first = content.first, Self.isSigil(bytes[first]) {
                sigil = bytes[first]
                content = trimmed((first + 1)..<content.upperBound)
            }
            let written = String(decoding: bytes[content], as: UTF8.self)

            switch sigil {
            case UInt8(ascii: ">"): throw unsupported("{{>\(written)}}", "局部模板（partial）", position)
            case UInt8(ascii: "="): throw unsupported("{{=…=}}", "更改分隔符", position)
            case UInt8(ascii: "%"): throw unsupported("{{%\(written)}}", "编译指令（pragma）", position)
            case UInt8(ascii: "$"), UInt8(ascii: "<"):
                throw unsupported("{{\(Character(Unicode.Scalar(sigil)))\(written)}}", "模板继承", position)
            case UInt8(ascii: "{"):
                throw MustacheSyntaxError(problem: .unescapedValue(tag: "{{{\(written)}}}"), position: position)
            case UInt8(ascii: "&"):
                throw MustacheSyntaxError(problem: .unescapedValue(tag: "{{&\(written)}}"), position: position)
            default: break
            }

            // Sections and comments alone on a line take the line with them (the standalone
            // rule), so that a template can put each tag on a line of its own.
            let standsAlone = sigil == UInt8(ascii: "#") || sigil == UInt8(ascii: "^")
                || sigil == UInt8(ascii: "/") || sigil == UInt8(ascii: "!")
            var textEnd = start
            var next = tagEnd
            if standsAlone, let line = standaloneLine(start: start, end: tagEnd) {
                (textEnd, next) = line
            }
            appendText(upTo: textEnd)
            textStart = next

            switch sigil {
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let name = try Self.name(written, at: position)
                guard open.count < MustacheParser.maximumSectionDepth else {
                    throw MustacheSyntaxError(problem: .sectionsTooDeep(name.text), position: position)
                }
                open.append(OpenSection(name: name, inverted: sigil == UInt8(ascii: "^"), enclosing: nodes))
                nodes = []
            case UInt8(ascii: "/"):
                guard var section = open.popLast() else {
                    throw MustacheSyntaxError(problem: .closeWithoutOpening(written), position: position)
                }
                guard section.name.text == written else {
                    throw MustacheSyntaxError(problem: .closeNameMismatch(opened: section.name.text, closed: written),
                                              position: position)
                }
                // Swapped, not copied: a copy would leave the enclosing nodes shared and
                // make the append below copy them all, once per section.
                var children: [MustacheNode] = []
                swap(&children, &nodes)
                swap(&nodes, &section.enclosing)
                nodes.append(.section(section.name, inverted: section.inverted, children: children))
            default:
                nodes.append(.value(try Self.name(written, at: position)))
            }
            return next
        }

        /// `#^/!&>=%$<`: the characters that give a tag its kind. (A switch, not a
        /// `Set<UInt8>`, whose first use costs a runtime conformance lookup.)
        static func isSigil(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "&"),
                 UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "<"): true
            default: false
            }
        }

        /// The offset of the first of `braces` closing braces at or after `from`.
        func closing(from: Int, braces: Int) -> Int? {
            var index = from
            while index + braces <= bytes.count {
                if bytes[index] == UInt8(ascii: "}") {
                    var run = 1
                    while run < braces, bytes[index + run] == UInt8(ascii: "}") { run += 1 }
                    if run == braces { return index }
                }
                index += 1
            }
            return nil
        }

        /// When only spaces and tabs stand before the tag on its first line and after it on
        /// its last, the range of text to keep before it and where the next line begins.
        func standaloneLine(start: Int, end: Int) -> (textEnd: Int, next: Int)? {
            var lineStart = start
            while lineStart > textStart, Self.isBlank(bytes[lineStart - 1]) { lineStart -= 1 }
            // Stopping at the text's start after a tag on the same line leaves a byte other
            // than a line break before it: that tag is not alone.
            guard lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
            var lineEnd = end
            while lineEnd < bytes.count, Self.isBlank(bytes[lineEnd]) { lineEnd += 1 }
            if lineEnd == bytes.count { return (lineStart, lineEnd) }
            if bytes[lineEnd] == UInt8(ascii: "\n") { return (lineStart, lineEnd + 1) }
            if bytes[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < bytes.count, bytes[lineEnd + 1] == UInt8(ascii: "\n") {
                return (lineStart, lineEnd + 2)
            }
            return nil
        }

        mutating func appendText(upTo end: Int) {
            guard end > textStart else { return }
            nodes.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self)))
        }

        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
            return lower..<upper
        }

        static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

        static func isSpace(_ byte: UInt8) -> Bool {
            isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        static func name(_ written: String, at position: TemplatePosition) throws(MustacheSyntaxError) -> MustacheName {
            if written == "." { return MustacheName(text: written, components: [], position: position) }
            // Split on the bytes: the dot and the spaces are ASCII, and `String.split` would
            // walk the name grapheme by grapheme, a tenth of loading a template.
            var components: [String] = []
            var valid = true
            let utf8 = Array(written.utf8)
            var start = 0
            for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: ".") {
                let component = utf8[start..<index]
                if component.isEmpty || component.contains(where: isSpace) { valid = false }
                components.append(String(decoding: component, as: UTF8.self))
                start = index + 1
            }
            guard valid else { throw MustacheSyntaxError(problem: .badName(written), position: position) }
            return MustacheName(text: written, components: components, position: position)
        }

        func unsupported(_ tag: String, _ what: String, _ position: TemplatePosition) -> MustacheSyntaxError {
            MustacheSyntaxError(problem: .unsupported(tag: tag, what: what), position: position)
        }
    }

    /// Turns byte offsets, asked for in increasing order, into lines and columns by
    /// counting only the bytes since the previous offset.
    private struct PositionCursor {
        var offset = 0
        var line = 1
        var column = 1

        mutating func position(of target: Int, in bytes: [UInt8]) -> TemplatePosition {
            while offset < target {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    // A byte that starts a scalar; continuation bytes add no column.
                    column += 1
                }
                offset += 1
            }
            return TemplatePosition(line: line, column: column)
        }
    }
}

/// A string with the source position of each of its Unicode scalars, so that trimming and
/// splitting into paragraphs keep every character's line and column.
struct LocatedString {
    var scalars: [Unicode.Scalar]
    /// One (line, column) per scalar, or nil when the positions are not known.
    var positions: [(line: Int, column: Int)]?
    /// The same text as a String while the scalars are still the value's own, so that an
    /// untrimmed value is not encoded again.
    var text: String? = nil

    var isEmpty: Bool { scalars.isEmpty }
    var string: String { text ?? ScalarText.string(scalars) }

    subscript(range: Range<Int>) -> LocatedString {
        LocatedString(scalars: Array(scalars[range]), positions: positions.map { Array($0[range]) })
    }

    /// Without leading and trailing white space, full-width space included.
    var trimmed: LocatedString {
        guard let first = scalars.firstIndex(where: { !ScalarText.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ScalarText.isWhitespace($0) }) else {
            return LocatedString(scalars: [], positions: positions == nil ? nil : [])
        }
        if first == 0, last + 1 == scalars.count { return self }
        return self[first..<(last + 1)]
    }

    mutating func append(_ other: LocatedString) {
        text = nil
        scalars += other.scalars
        if positions != nil, let more = other.positions { positions! += more } else { positions = nil }
    }

    /// Splits at blank lines; single line breaks inside a paragraph are joined, as YAML's
    /// folded style would, but without a space between Chinese characters.
    var paragraphs: [LocatedString] {
        var result: [LocatedString] = []
        var current = LocatedString(scalars: [], positions: positions == nil ? nil : [])
        var lineStart = 0
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = LocatedString(scalars: [], positions: positions == nil ? nil : [])
        }
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            let line = self[lineStart..<index].trimmed
            lineStart = index + 1
            if line.isEmpty { flush(); continue }
            if let last = current.scalars.last, let first = line.scalars.first, last.isASCII, first.isASCII,
               !ScalarText.isWhitespace(last) {
                let at = current.positions?.last.map { ($0.line, $0.column + 1) }
                current.append(LocatedString(scalars: [" "], positions: at.map { [$0] }))
            }
            current.append(line)
        }
        flush()
        return result
    }
}

extension NodeWalker {
    /// A single piece of text; a list or mapping here is a wrong type.
    mutating func text(_ node: YAMLNode, key: InputKey) -> Text? {
        if isNull(node) { return nil }
        guard case let .scalar(scalar) = node else {
            malformedKeys.insert(key.canonical)
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "一段文字"), at: location(node)))
            return nil
        }
        let key = cacheKey(for: scalar)
        if let key, let known = texts[key] { return known }
        let text = checkedText(located(scalar).trimmed, at: location(node))
        if let key { texts[key] = text }
        return text
    }

    /// A string (one paragraph, or several separated by blank lines) or a list of strings.
    mutating func paragraphs(_ node: YAMLNode, key: InputKey, depth: Int) -> [Text] {
        if isNull(node) { return [] }
        switch node {
        case let .scalar(scalar):
            let at = location(node)
            return located(scalar).paragraphs.map { checkedText($0, at: at) }
        case let .sequence(sequence):
            var result: [Text] = []
            for element in sequence.nodes {
                guard count(element, depth: depth + 1) else { break }
                if let text = text(element, key: key), !text.value.isEmpty { result.append(text) }
            }
            return result
        default:
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "一段文字或文字列表"), at: location(node)))
            return []
        }
    }

    /// The scalar's value with the position of every character in the file.
    mutating func located(_ scalar: YAMLNode.Scalar) -> LocatedString {
        let key = cacheKey(for: scalar)
        if let key, let known = locatedScalars[key] { return known }
        let value = ScalarText.scalars(scalar.string)
        let offsets = ScalarPositions(source: source).offsets(of: scalar, value: value)
        let located = LocatedString(scalars: value, positions: offsets.map(source.linesAndColumns), text: scalar.string)
        if let key { locatedScalars[key] = located }
        return located
    }

    /// Text that XML can carry. A control character (written as an escape such as
    /// "\x01"; raw ones are caught when the file is read) would make a corrupt document,
    /// so each is an error at its own position.
    mutating func checkedText(_ located: LocatedString, at location: SourceLocation) -> Text {
        let positions = located.positions.map { TextPositions(file: file, positions: $0) }
        let text = Text(located.string, at: location, positions: positions)
        for (index, scalar) in located.scalars.enumerated() where Self.isForbiddenInXML(scalar) {
            diagnostics.append(Diagnostic(.controlCharacter(scalar), at: text.location(ofScalarAt: index)))
        }
        return text
    }

    /// Characters that XML 1.0 cannot carry, or only discourages (C1 controls, which no
    /// one types on purpose).
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

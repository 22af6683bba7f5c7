/// Finds where a duplicated key is duplicated.
///
/// Yams stops composing at the first mapping with a repeated key and names the key's
/// *first* occurrence, which is the one the clerk meant to keep. The diagnostic belongs
/// on the repetition, so the text is searched for it: in a block mapping, the lines whose
/// key stands in the first key's column, up to where the mapping ends; in a flow mapping,
/// the rest of the text. The repetitions found are then renamed out of the way (same
/// number of characters, so no column moves) and the text composed again, so one run
/// still reports everything else.
enum DuplicateKeys {
    /// What stands in for a reported duplicate key: characters from the private-use area,
    /// which no one types, spelling out a number so that no two stand-ins are equal.
    static let privateUse: ClosedRange<UInt32> = 0xE000...0xF8FF

    static func isNeutralized(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { privateUse.contains($0.value) }
    }

    /// `length` private-use characters spelling `number`.
    private static func standIn(_ number: Int, length: Int) -> [Unicode.Scalar] {
        let base = privateUse.count
        var rest = number
        return (0..<length).map { _ in
            defer { rest /= base }
            return Unicode.Scalar(privateUse.lowerBound + UInt32(rest % base))!
        }
    }

    /// The offsets (in `source.scalars`) of every repetition of `keys` in the mapping whose
    /// key stands at `line`, `column`.
    static func repetitions(of keys: [String], firstAt line: Int, column: Int, in source: SourceText) -> [(key: String, offset: Int, length: Int)] {
        let blockHits = blockRepetitions(of: keys, line: line, column: column, in: source)
        if !blockHits.isEmpty { return blockHits }
        return flowRepetitions(of: keys, line: line, column: column, in: source)
    }

    /// The text with each repetition replaced by marker characters.
    static func neutralize(_ hits: [(key: String, offset: Int, length: Int)], in source: SourceText) -> SourceText {
        var scalars = source.scalars
        // Numbered from the stand-ins already in the text, so later rounds stay unique.
        let earlier = scalars.lazy.filter { privateUse.contains($0.value) }.count
        for (number, hit) in hits.enumerated() {
            let spelled = standIn(earlier + number, length: hit.length)
            for (index, scalar) in zip(hit.offset..<(hit.offset + hit.length), spelled) { scalars[index] = scalar }
        }
        return SourceText(path: source.path, text: String(String.UnicodeScalarView(scalars)))
    }

    // MARK: - Block mappings

    private static func blockRepetitions(of keys: [String], line: Int, column: Int, in source: SourceText) -> [(key: String, offset: Int, length: Int)] {
        let keyIndent = column - 1
        // Walk up to the mapping's first line: key lines stand at the key's indentation,
        // deeper lines belong to values, and `- key:` opens a mapping inside a list.
        var first = line
        while first > 1 {
            guard let (indent, start) = indentation(ofLine: first - 1, in: source) else { first -= 1; continue }
            if indent > keyIndent { first -= 1; continue }
            if indent == keyIndent { first -= 1; continue }
            if isSequenceEntry(start, keyColumn: column, in: source) { first -= 1 }
            break
        }
        var hits: [(key: String, offset: Int, length: Int)] = []
        var seen = Set<String>()
        for number in first...source.lineStarts.count {
            guard let (indent, start) = indentation(ofLine: number, in: source) else { continue }
            if number > first {
                if indent < keyIndent { break }
                if indent > keyIndent { continue }
            } else if indent != keyIndent && !isSequenceEntry(start, keyColumn: column, in: source) {
                continue
            }
            let keyStart = source.lineStarts[number - 1] + keyIndent
            for key in keys {
                guard let length = keyLength(key, at: keyStart, in: source) else { continue }
                if seen.contains(key) { hits.append((key, keyStart, length)) } else { seen.insert(key) }
            }
        }
        return hits
    }

    /// Leading spaces of a line with content, and the offset of its first character; nil
    /// for blank and comment lines.
    private static func indentation(ofLine number: Int, in source: SourceText) -> (Int, Int)? {
        guard number >= 1, number <= source.lineStarts.count else { return nil }
        var offset = source.lineStarts[number - 1]
        while offset < source.scalars.count, source.scalars[offset] == " " { offset += 1 }
        guard offset < source.scalars.count, !SourceText.isLineBreak(source.scalars[offset]),
              source.scalars[offset] != "#" else { return nil }
        return (offset - source.lineStarts[number - 1], offset)
    }

    /// `- key:` where the key stands in the mapping's column: the line that opens a mapping
    /// inside a list.
    private static func isSequenceEntry(_ start: Int, keyColumn: Int, in source: SourceText) -> Bool {
        let (_, column) = source.lineAndColumn(of: start)
        return source.scalars[start] == "-" && column < keyColumn
    }

    /// The length of `key` written at `offset` (plain or quoted) when a `:` follows it.
    private static func keyLength(_ key: String, at offset: Int, in source: SourceText) -> Int? {
        let text = source.scalars
        let wanted = Array(key.unicodeScalars)
        for quote in [nil, "\"", "'"] as [Unicode.Scalar?] {
            var index = offset
            if let quote {
                guard index < text.count, text[index] == quote else { continue }
                index += 1
            }
            guard index + wanted.count <= text.count, Array(text[index..<(index + wanted.count)]) == wanted else { continue }
            index += wanted.count
            if let quote {
                guard index < text.count, text[index] == quote else { continue }
                index += 1
            }
            var colon = index
            while colon < text.count, text[colon] == " " || text[colon] == "\t" { colon += 1 }
            if colon < text.count, text[colon] == ":" { return index - offset }
        }
        return nil
    }

    // MARK: - Flow mappings

    private static func flowRepetitions(of keys: [String], line: Int, column: Int, in source: SourceText) -> [(key: String, offset: Int, length: Int)] {
        guard let start = source.offset(line: line, column: column) else { return [] }
        var hits: [(key: String, offset: Int, length: Int)] = []
        let text = source.scalars
        for key in keys {
            guard let firstLength = keyLength(key, at: start, in: source) ?? (keys.count > 1 ? 0 : nil) else { continue }
            var index = start + max(firstLength, 1)
            while index < text.count {
                let previous = text[index - 1]
                if previous == "{" || previous == "," || previous == " " || previous == "\t" || SourceText.isLineBreak(previous),
                   let length = keyLength(key, at: index, in: source) {
                    hits.append((key, index, length))
                    break
                }
                index += 1
            }
        }
        return hits
    }
}

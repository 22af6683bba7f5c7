extension NodeWalker {
    /// A single piece of text; a list or mapping here is a wrong type.
    mutating func text(_ node: YAMLNode, key: InputKey) -> Text? {
        if isNull(node) { return nil }
        guard case let .scalar(scalar) = node else {
            malformedKeys.insert(key.canonical)
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "一段文字"), at: location(node)))
            return nil
        }
        if refusesTag(of: scalar, at: location(node)) {
            malformedKeys.insert(key.canonical)
            return nil
        }
        let key = cacheKey(for: scalar)
        if let key, let known = texts[key] { return known }
        let text = untouchedText(scalar, at: location(node), lineFeeds: true)
            ?? checkedText(located(scalar).trimmed, of: scalar, at: location(node))
        if let key { texts[key] = text }
        return text
    }

    /// Whether the scalar carries a tag that makes it something other than text (`!!binary`,
    /// `!custom`), reported as an error: read as text it would print the tag's data raw.
    /// The core schema's number, boolean and null tags are text as the scalar is written.
    mutating func refusesTag(of scalar: YAMLNode.Scalar, at location: SourceLocation) -> Bool {
        guard let tag = scalar.tag, !["!", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                       "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"].contains(tag) else { return false }
        let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
        diagnostics.append(Diagnostic(.yamlSyntax("不支持 YAML 标签 \(shown)；请删去它，把内容按文字写出"), at: location))
        return true
    }

    /// A string (one paragraph, or several separated by blank lines) or a list of strings.
    mutating func paragraphs(_ node: YAMLNode, key: InputKey, depth: Int) -> [Text] {
        if isNull(node) { return [] }
        switch node {
        case let .scalar(scalar):
            let at = location(node)
            if refusesTag(of: scalar, at: at) { return [] }
            if let text = untouchedText(scalar, at: at, lineFeeds: false) { return [text] }
            return located(scalar).paragraphs.map { checkedText($0, of: scalar, at: at) }
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

    /// The scalar's value, each character still knowing which of the value's it is.
    mutating func located(_ scalar: YAMLNode.Scalar) -> LocatedString {
        let key = cacheKey(for: scalar)
        if let key, let known = locatedScalars[key] { return known }
        let located = LocatedString(scalars: ScalarText.scalars(scalar.string), indices: .contiguous(from: 0), text: scalar.string)
        if let key { locatedScalars[key] = located }
        return located
    }

    /// The scalar's value as the text, when there is nothing to trim, split or report:
    /// the value's string is kept and never decoded into scalars.
    func untouchedText(_ scalar: YAMLNode.Scalar, at location: SourceLocation, lineFeeds: Bool) -> Text? {
        guard let count = ScalarText.untouchedCount(scalar.string, lineFeeds: lineFeeds) else { return nil }
        let positions = TextPositions(ScalarTextPositions(source: filePositions, scalar: scalar, indices: .contiguous(from: 0)), count: count)
        return Text(scalar.string, at: location, positions: positions)
    }

    /// Text that XML can carry. A control character (written as an escape such as
    /// "\x01"; raw ones are caught when the file is read) would make a corrupt document,
    /// so each is an error at its own position.
    mutating func checkedText(_ located: LocatedString, of scalar: YAMLNode.Scalar, at location: SourceLocation) -> Text {
        let positions = TextPositions(ScalarTextPositions(source: filePositions, scalar: scalar, indices: located.indices), count: located.scalars.count)
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

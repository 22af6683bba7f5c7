/// A YAML document as the input readers see it: scalars, sequences and mappings, each with
/// the place it starts. Aliases are already followed (an alias is its anchored node,
/// shared, not copied) and every scalar stays the string that was written; the readers
/// decide what a value means.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Where a node starts, 1-based, as people count: the line, and the column in Unicode
    /// scalars (libyaml counts characters, not bytes).
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int

        /// The one place a YAML mark becomes a `SourceLocation` in `file` (lines and
        /// columns from 1, as the composer's marks already count).
        func location(in file: String) -> SourceLocation {
            SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
        }
    }

    struct Scalar: Sendable {
        enum Style: Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        var string: String
        var style: Style
        /// The explicit tag (`!!str`, `!custom`), if one was written; kept only so that
        /// `a: 1` and `!!int a: 1` are different keys, as YAML says.
        var tag: String?
        var mark: Mark
    }

    struct Sequence: Sendable {
        var nodes: [YAMLNode]
        var mark: Mark
    }

    struct Mapping: Sendable {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .sequence(sequence): sequence.mark
        case let .mapping(mapping): mapping.mark
        }
    }

    var mapping: Mapping? {
        if case let .mapping(mapping) = self { mapping } else { nil }
    }

    var sequence: Sequence? {
        if case let .sequence(sequence) = self { sequence } else { nil }
    }

    /// The value of a scalar; nil for a collection.
    var string: String? {
        if case let .scalar(scalar) = self { scalar.string } else { nil }
    }
}

/// Why libyaml could not read a file: its own words (translated for people in
/// `YAMLErrorTranslation`) and where it gave up.
struct YAMLSyntaxError: Error, Sendable {
    enum Stage: Sendable {
        /// Bytes that are not text (libyaml's reader); `byteOffset` says where.
        case reader(byteOffset: Int)
        case scanner, parser, composer
    }

    var stage: Stage
    var problem: String
    var mark: YAMLNode.Mark
    /// What libyaml was in the middle of, and where that began: an unclosed quote's
    /// opening, say.
    var context: (text: String, mark: YAMLNode.Mark)?
}

/// A key written twice in one mapping. The first stays (it is the one the clerk meant to
/// keep); the repetition is left out of the node and reported where it stands.
struct RepeatedKey: Sendable {
    var key: String
    var mark: YAMLNode.Mark
    var first: YAMLNode.Mark

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(.duplicateKey(key), at: mark.location(in: file),
                   notes: ["第一次出现在第 \(first.line) 行"])
    }
}

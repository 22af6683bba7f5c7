internal import CLibYAML

/// Composes libyaml's events into `YAMLNode`s.
///
/// Yams, which Wengao used before, composes the same events into its own nodes, but for a
/// 5,000-character speech that took 6.5 M instructions where libyaml's parsing is 1.5 M:
/// every node resolved a tag, every mapping hashed its whole keys to find duplicates and
/// threw on the first, and our reader then searched the text for the repetition and
/// composed again. Here a node is built once from its event, aliases share
/// their anchored node, and a repeated key is simply noted where it stands (see
/// `RepeatedKey`) so that one pass reports every one of them.
enum YAMLComposer {
    struct Result: Sendable {
        /// Nil for a file with no document (empty, or only comments).
        var root: YAMLNode?
        /// In the order they stand in the file.
        var repeatedKeys: [RepeatedKey]
    }

    /// - Throws: where libyaml could not read on.
    static func compose(_ text: String) throws(YAMLSyntaxError) -> Result {
        var text = text
        let outcome: Swift.Result<Result, YAMLSyntaxError> = text.withUTF8 { bytes in
            var composer = Composer()
            return composer.run(bytes)
        }
        return try outcome.get()
    }
}

/// One composition: libyaml's parser and the collections still open.
private struct Composer {
    /// A sequence or mapping whose end has not come yet. A mapping keeps keys and values
    /// alternately in `nodes`.
    struct Open {
        var isMapping: Bool
        var nodes: [YAMLNode] = []
        var mark: YAMLNode.Mark
        var anchor: String?
    }

    var open: [Open] = []
    var root: YAMLNode?
    var anchors: [String: YAMLNode] = [:]
    var repeatedKeys: [RepeatedKey] = []

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLComposer.Result, YAMLSyntaxError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLSyntaxError(stage: .reader(byteOffset: 0), problem: "out of memory", mark: .init(line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads from the pointer while the events are made; `bytes` outlives them.
        yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count)
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(Self.error(of: parser)) }
            defer { yaml_event_delete(&event) }
            let mark = Self.mark(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                repeatedKeys.sort { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }
                return .success(.init(root: root, repeatedKeys: repeatedKeys))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(YAMLSyntaxError(stage: .composer, problem: "but found another document", mark: mark,
                                                    context: ("expected a single document in the stream", .init(line: 1, column: 1))))
                }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let node = anchors[name] else {
                    return .failure(YAMLSyntaxError(stage: .composer, problem: "found undefined alias", mark: mark))
                }
                add(node)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let node = YAMLNode.scalar(.init(string: value, style: Self.style(scalar.style),
                                                 tag: Self.explicitTag(scalar.tag), mark: mark))
                if let anchor = scalar.anchor { anchors[String(cString: anchor)] = node }
                add(node)
            case YAML_SEQUENCE_START_EVENT:
                open.append(Open(isMapping: false, mark: mark, anchor: event.data.sequence_start.anchor.map { String(cString: $0) }))
            case YAML_MAPPING_START_EVENT:
                open.append(Open(isMapping: true, mark: mark, anchor: event.data.mapping_start.anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let done = open.removeLast()
                let node = done.isMapping ? YAMLNode.mapping(mapping(of: done)) : .sequence(.init(nodes: done.nodes, mark: done.mark))
                if let anchor = done.anchor { anchors[anchor] = node }
                add(node)
            default:
                break
            }
        }
    }

    mutating func add(_ node: YAMLNode) {
        if open.isEmpty {
            root = node
        } else {
            open[open.count - 1].nodes.append(node)
        }
    }

    /// Pairs keys with values, leaving out (and noting) every repetition of a key.
    mutating func mapping(of done: Open) -> YAMLNode.Mapping {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(done.nodes.count / 2)
        // Most mappings have a handful of keys: comparing with each earlier one is cheaper
        // than hashing them. A long mapping gets a dictionary.
        let hashed = done.nodes.count > 32
        var seen: [String: YAMLNode.Mark] = [:]
        var index = 0
        while index + 1 < done.nodes.count {
            let key = done.nodes[index], value = done.nodes[index + 1]
            index += 2
            if case let .scalar(scalar) = key {
                let identity = hashed ? Self.identity(of: scalar) : ""
                let first = hashed ? seen[identity] : pairs.lazy.compactMap { pair -> YAMLNode.Mark? in
                    guard case let .scalar(earlier) = pair.key, Self.sameKey(earlier, scalar) else { return nil }
                    return earlier.mark
                }.first
                if let first {
                    repeatedKeys.append(RepeatedKey(key: scalar.string, mark: scalar.mark, first: first))
                    continue
                }
                if hashed { seen[identity] = scalar.mark }
            }
            pairs.append((key, value))
        }
        return YAMLNode.Mapping(pairs: pairs, mark: done.mark)
    }

    /// Keys are the same when their text and tag are; untagged keys are all strings.
    static func sameKey(_ a: YAMLNode.Scalar, _ b: YAMLNode.Scalar) -> Bool {
        a.tag == b.tag && a.string.utf8.elementsEqual(b.string.utf8)
    }

    static func identity(of scalar: YAMLNode.Scalar) -> String {
        scalar.tag.map { $0 + "\u{0}" + scalar.string } ?? scalar.string
    }

    static func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// A written tag other than `!!str`, which every untagged scalar already is.
    static func explicitTag(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag else { return nil }
        let name = String(cString: tag)
        return name == "tag:yaml.org,2002:str" ? nil : name
    }

    static func error(of parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { (String(cString: $0), mark(parser.context_mark)) }
        let stage: YAMLSyntaxError.Stage = switch parser.error {
        case YAML_READER_ERROR: .reader(byteOffset: Int(parser.problem_offset))
        case YAML_SCANNER_ERROR: .scanner
        case YAML_COMPOSER_ERROR: .composer
        default: .parser
        }
        return YAMLSyntaxError(stage: stage, problem: problem, mark: mark(parser.problem_mark), context: context)
    }
}

/// Walks the composed nodes into a `Report`. Counts every node and every character it
/// visits, aliases counted each time they are expanded, so that a file whose aliases
/// expand to a billion nodes (or to gigabytes of text) stops at the limit instead of
/// exhausting memory.
struct NodeWalker {
    let source: SourceText
    /// The same, shared by every text read, for finding a character's position later.
    let filePositions: FilePositions
    let limits: InputLimits
    var diagnostics: [Diagnostic] = []
    private var visited = 0
    private var textVolume = 0
    private var overLimit = false
    private var sawAlias = false
    /// The top-level key being walked: an alias's expansion is reported there, since the
    /// composer hands back the anchored node, not the place that referred to it.
    private var topLevelKey: SourceLocation?
    /// Keys whose value had the wrong type; see `Report.malformedKeys`.
    var malformedKeys: Set<String> = []
    /// Keys the last mapping read seems to have misspelt (a did-you-mean was given).
    private var misspeltKeys: Set<InputKey> = []
    /// Scalars already decoded, by offset: an alias visits its anchor's scalar again and
    /// need not pay for it twice. (Only a file with aliases visits a scalar twice; see
    /// `cacheKey(for:)`.)
    var locatedScalars: [Int: LocatedString] = [:]
    /// Texts already made, by offset, for the same reason (and so that a control character
    /// in an aliased text is reported once).
    var texts: [Int: Text] = [:]

    var file: String { source.path }

    init(source: SourceText, limits: InputLimits, hasAliases: Bool) {
        self.source = source
        self.filePositions = FilePositions(source)
        self.limits = limits
        self.sawAlias = hasAliases
    }

    /// Where the caches keep what was made of `scalar`; nil, and no caching, in a file
    /// without aliases, where every scalar is visited once.
    func cacheKey(for scalar: YAMLNode.Scalar) -> Int? {
        sawAlias ? source.offset(line: scalar.mark.line, column: scalar.mark.column) : nil
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        location(node.mark)
    }

    func location(_ mark: YAMLNode.Mark) -> SourceLocation {
        mark.location(in: file)
    }

    mutating func report(from root: YAMLNode) -> Report? {
        guard let mapping = root.mapping else {
            diagnostics.append(Diagnostic(.topLevelNotMapping(), at: location(root)))
            return nil
        }
        var report = Report()
        let topLevel = entries(of: mapping, allowed: InputKey.topLevel, depth: 1)
        // A misspelt title or part was reported where it stands; it is not also missing.
        malformedKeys.formUnion(misspeltKeys.map(\.canonical))
        for (key, value, keyAt) in topLevel {
            topLevelKey = keyAt
            switch key {
            case .version:
                if scalarString(value) != "1" {
                    diagnostics.append(Diagnostic(.unsupportedVersion(scalarString(value) ?? ""), at: location(value)))
                }
            case .title: report.title = text(value, key: key)
            case .organization: report.organization = text(value, key: key)
            case .speaker: report.speaker = text(value, key: key)
            case .occasion: report.occasion = text(value, key: key)
            case .audience: report.audience = text(value, key: key)
            case .date:
                if let raw = text(value, key: key) {
                    if let date = CalendarDate(parsing: raw.value) {
                        report.date = date
                    } else {
                        diagnostics.append(Diagnostic(.invalidDate(raw.value), at: raw.location))
                    }
                }
            case .seal:
                guard let answer = text(value, key: key) else { break }
                if Report.sealSpellings.yes.contains(answer.value.lowercased()) {
                    report.seal = true
                } else if Report.sealSpellings.no.contains(answer.value.lowercased()) {
                    report.seal = false
                } else {
                    diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "是或否（true 或 false）"), at: answer.location))
                }
            case .opening:
                if case .mapping = value { report.voicedOpening = voicedParagraphs(value, depth: 2) }
                else { report.opening = paragraphs(value, key: key, depth: 2) }
            case .closing:
                if case .mapping = value { report.voicedClosing = voicedParagraphs(value, depth: 2) }
                else { report.closing = paragraphs(value, key: key, depth: 2) }
            case .achievements: report.achievements = section(value, key: key, depth: 2)
            case .problems: report.problems = section(value, key: key, depth: 2)
            case .nextSteps: report.nextSteps = section(value, key: key, depth: 2)
            case .ignore: report.ignoredRules = ruleList(value, key: key, depth: 2)
            default: break
            }
        }
        report.malformedKeys = malformedKeys
        // Past a limit the report is partial: checking its content would only add noise.
        return overLimit ? nil : report
    }

    // MARK: - Shapes

    /// `{讲话: …, 总结: …}`: each genre's paragraphs. A genre left out gets none.
    private mutating func voicedParagraphs(_ node: YAMLNode, depth: Int) -> [Genre: [Text]] {
        guard case let .mapping(mapping) = node else { return [:] }
        var result: [Genre: [Text]] = [:]
        for genre in Genre.allCases { result[genre] = [] }
        for (voice, value, _) in entries(of: mapping, allowed: InputKey.voices, depth: depth + 1) {
            result[voice.genre] = paragraphs(value, key: voice, depth: depth + 1)
        }
        return result
    }

    /// The known keys of a mapping in file order; unknown keys are reported with a
    /// did-you-mean hint.
    private mutating func entries(of mapping: YAMLNode.Mapping, allowed: [InputKey], depth: Int) -> [(InputKey, YAMLNode, SourceLocation)] {
        var result: [(InputKey, YAMLNode, SourceLocation)] = []
        // A handful of keys a mapping: a list searched is cheaper than a dictionary built.
        var seen: [(key: InputKey, spelling: String)] = []
        for (keyNode, value) in mapping.pairs {
            guard count(keyNode, depth: depth), count(value, depth: depth) else { return result }
            guard let spelling = scalarString(keyNode) else {
                diagnostics.append(Diagnostic(.complexKey(), at: location(keyNode)))
                continue
            }
            guard let key = InputKey.match(spelling, in: allowed) else {
                let suggestion = InputKey.suggestion(for: spelling, in: allowed)
                diagnostics.append(Diagnostic(.unknownKey(spelling, suggestion: suggestion), at: location(keyNode)))
                // A misspelt key is reported once: the field it was meant to be is not
                // reported missing as well.
                if let meant = suggestion.flatMap({ InputKey.match($0, in: allowed) }) {
                    misspeltKeys.insert(meant)
                }
                continue
            }
            if let earlier = seen.first(where: { $0.key == key })?.spelling {
                // 标题 and title in one mapping: the composer only catches identical spellings.
                diagnostics.append(Diagnostic(.duplicateKey(spelling), at: location(keyNode),
                                              notes: ["前面已经用“\(earlier)”写过同一项"]))
                continue
            }
            seen.append((key, spelling))
            result.append((key, value, location(keyNode)))
        }
        return result
    }

    /// Counts a node against the limits; false once a limit is passed (reported once).
    mutating func count(_ node: YAMLNode, depth: Int) -> Bool {
        if overLimit { return false }
        visited += 1
        if visited > limits.maximumNodes {
            overLimit = true
            if sawAlias {
                diagnostics.append(Diagnostic(.aliasLimit(limit: limits.maximumNodes), at: topLevelKey ?? location(node)))
            } else {
                diagnostics.append(Diagnostic(.tooManyNodes(limit: limits.maximumNodes), at: location(node)))
            }
            return false
        }
        if depth > limits.maximumDepth {
            overLimit = true
            diagnostics.append(Diagnostic(.tooDeep(limit: limits.maximumDepth), at: location(node)))
            return false
        }
        if case let .scalar(scalar) = node {
            textVolume += scalar.string.utf8.count
            if textVolume > limits.maximumFileSize {
                overLimit = true
                diagnostics.append(Diagnostic(.aliasTextLimit(limit: limits.maximumFileSize), at: topLevelKey ?? location(node)))
                return false
            }
        }
        return true
    }

    func scalarString(_ node: YAMLNode) -> String? {
        guard case let .scalar(scalar) = node else { return nil }
        return scalar.string
    }

    func isNull(_ node: YAMLNode) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A list of items, or `{heading, lead, items}`.
    private mutating func section(_ node: YAMLNode, key: InputKey, depth: Int) -> Section {
        var section = Section(at: location(node))
        if isNull(node) { return section }
        switch node {
        case .sequence:
            section.items = items(node, key: key, depth: depth)
        case let .mapping(mapping):
            for (sectionKey, value, _) in entries(of: mapping, allowed: InputKey.section, depth: depth) {
                switch sectionKey {
                case .heading: section.heading = text(value, key: sectionKey)
                case .lead:
                    if case let .mapping(voices) = value {
                        for (voice, text, _) in entries(of: voices, allowed: InputKey.voices, depth: depth + 1) {
                            if let lead = self.text(text, key: sectionKey) { section.voicedLead[voice.genre] = lead }
                        }
                    } else {
                        section.lead = text(value, key: sectionKey)
                    }
                case .items: section.items = items(value, key: sectionKey, depth: depth + 1)
                case .layout:
                    guard let spelling = text(value, key: sectionKey) else { break }
                    if let layout = PartLayout(spelling: spelling.value) {
                        section.layout = layout
                    } else {
                        let allowed = "连排或分段（together 或 separate）"
                        diagnostics.append(Diagnostic(.wrongType(sectionKey.canonical, expected: allowed), at: spelling.location))
                    }
                default: break
                }
            }
        case .scalar:
            malformedKeys.insert(key.canonical)
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "条目列表（每行以“- ”开头）"), at: location(node)))
        }
        return section
    }

    private mutating func items(_ node: YAMLNode, key: InputKey, depth: Int) -> [Item] {
        if isNull(node) { return [] }
        guard case let .sequence(sequence) = node else {
            malformedKeys.insert(key.canonical)
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "条目列表（每行以“- ”开头）"), at: location(node)))
            return []
        }
        var result: [Item] = []
        for element in sequence.nodes {
            guard count(element, depth: depth + 1) else { break }
            if let item = item(element, depth: depth + 1) {
                result.append(item)
            } else {
                // Already reported; the part is not empty, only wrong.
                malformedKeys.insert(key.canonical)
            }
        }
        return result
    }

    /// A plain string, or `{point, details, subpoints}`.
    private mutating func item(_ node: YAMLNode, depth: Int) -> Item? {
        let at = location(node)
        switch node {
        case .scalar:
            let reported = diagnostics.count
            guard let point = text(node, key: .point), !point.value.isEmpty else {
                // A point refused for its tag was reported already; it is not also empty.
                if diagnostics.count == reported { diagnostics.append(Diagnostic(.emptyPoint(), at: at)) }
                return nil
            }
            return Item(point: point, at: at)
        case let .mapping(mapping):
            var point: Text?
            var details: [Text] = []
            var subpoints: [Item] = []
            misspeltKeys = []
            let pairs = entries(of: mapping, allowed: InputKey.item, depth: depth)
            let pointMisspelt = misspeltKeys.contains(.point)
            var pointRefused = false
            for (itemKey, value, _) in pairs {
                switch itemKey {
                case .point:
                    let reported = diagnostics.count
                    point = text(value, key: itemKey)
                    pointRefused = point == nil && diagnostics.count > reported
                case .details: details = paragraphs(value, key: itemKey, depth: depth)
                case .subpoints: subpoints = items(value, key: itemKey, depth: depth + 1)
                default: break
                }
            }
            guard let point, !point.value.isEmpty else {
                // Past a limit the mapping was cut short; its point may simply be unread.
                if !overLimit && !pointMisspelt && !pointRefused { diagnostics.append(Diagnostic(.emptyPoint(), at: at)) }
                return nil
            }
            return Item(point: point, details: details, subpoints: subpoints, at: at)
        default:
            diagnostics.append(Diagnostic(.wrongType("条目", expected: "一段文字，或含“要点”的映射"), at: at))
            return nil
        }
    }

    /// The rule ids a file silences: one id or a list of them.
    private mutating func ruleList(_ node: YAMLNode, key: InputKey, depth: Int) -> [Text] {
        if isNull(node) { return [] }
        switch node {
        case .scalar:
            return text(node, key: key).map { [$0] } ?? []
        case let .sequence(sequence):
            var result: [Text] = []
            for element in sequence.nodes {
                guard count(element, depth: depth + 1) else { break }
                if let id = text(element, key: key), !id.value.isEmpty { result.append(id) }
            }
            return result
        default:
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "规则编号或规则编号列表（如 [placeholder]）"), at: location(node)))
            return []
        }
    }
}

extension InputKey {
    /// The genre a voice key names (`讲话` → speech).
    var genre: Genre { self == .summaryVoice ? .summary : .speech }
}

import Yams

/// Builds a `Report` from an input file, keeping every value's line and column.
///
/// The YAML is composed into nodes (not decoded) so that a wrong type, an unknown key or
/// an impossible date can be reported where it stands. Reading goes on after a problem
/// so that one run shows the clerk every mistake, not only the first.
public struct ReportReader {
    public var limits: InputLimits

    public init(limits: InputLimits = .default) {
        self.limits = limits
    }

    /// The report and every diagnostic found while reading it; `report` is nil when the
    /// file could not be understood at all.
    public struct Result: Sendable {
        public var report: Report?
        public var diagnostics: [Diagnostic]
    }

    /// Reads and checks the file at `path`.
    public func read(path: String) -> Result {
        do {
            let source = try SourceText.read(path: path, limits: limits)
            return read(source)
        } catch let error as DiagnosticError {
            return Result(report: nil, diagnostics: error.diagnostics)
        } catch {
            let location = SourceLocation(file: path, line: 1, column: 1)
            return Result(report: nil, diagnostics: [Diagnostic(.fileUnreadable("\(error)"), at: location)])
        }
    }

    /// Reads text already loaded.
    public func read(_ source: SourceText) -> Result {
        let root: Node?
        do {
            // `.basic`: every scalar stays a string, which is all the reader looks at. Yams'
            // default resolver matches each scalar against regular expressions to guess
            // numbers and dates; that cost a third of the parse and ICU's start-up.
            root = try Yams.compose(yaml: source.text, .basic)
        } catch {
            return Result(report: nil, diagnostics: [YAMLErrorTranslation.diagnostic(for: error, file: source.path)])
        }
        var builder = NodeWalker(file: source.path, limits: limits)
        guard let root else {
            builder.diagnostics.append(Diagnostic(.fileEmpty(), at: SourceLocation(file: source.path, line: 1, column: 1)))
            return Result(report: nil, diagnostics: builder.diagnostics)
        }
        let report = builder.report(from: root)
        return Result(report: report, diagnostics: builder.diagnostics)
    }
}

/// Walks the composed nodes. Counts every node it visits, so an alias that expands to a
/// billion nodes stops at the limit instead of exhausting memory.
struct NodeWalker {
    let file: String
    let limits: InputLimits
    var diagnostics: [Diagnostic] = []
    private var visited = 0
    private var overLimit = false

    init(file: String, limits: InputLimits) {
        self.file = file
        self.limits = limits
    }

    func location(_ node: Node) -> SourceLocation {
        location(node.mark)
    }

    /// The one place a Yams `Mark` becomes a `SourceLocation`.
    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))
    }

    mutating func report(from root: Node) -> Report? {
        guard let mapping = root.mapping else {
            diagnostics.append(Diagnostic(.topLevelNotMapping(), at: location(root)))
            return nil
        }
        var report = Report()
        for (key, value) in entries(of: mapping, allowed: InputKey.topLevel, depth: 1) {
            switch key {
            case .version:
                if scalarString(value) != "1" {
                    diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "1（目前唯一的输入格式版本）"), at: location(value)))
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
            case .opening: report.opening = paragraphs(value, key: key, depth: 2)
            case .closing: report.closing = paragraphs(value, key: key, depth: 2)
            case .achievements: report.achievements = section(value, key: key, depth: 2)
            case .problems: report.problems = section(value, key: key, depth: 2)
            case .nextSteps: report.nextSteps = section(value, key: key, depth: 2)
            default: break
            }
        }
        return report
    }

    // MARK: - Shapes

    /// The known keys of a mapping in file order; unknown keys are reported with a
    /// did-you-mean hint.
    private mutating func entries(of mapping: Node.Mapping, allowed: [InputKey], depth: Int) -> [(InputKey, Node)] {
        var result: [(InputKey, Node)] = []
        var seen: [InputKey: String] = [:]
        for (keyNode, value) in mapping {
            guard count(keyNode, depth: depth), count(value, depth: depth) else { return result }
            let spelling = scalarString(keyNode) ?? ""
            guard let key = InputKey.match(spelling, in: allowed) else {
                let suggestion = InputKey.suggestion(for: spelling, in: allowed)
                diagnostics.append(Diagnostic(.unknownKey(spelling, suggestion: suggestion), at: location(keyNode)))
                continue
            }
            if let earlier = seen[key] {
                // 标题 and title in one mapping: Yams only catches identical spellings.
                diagnostics.append(Diagnostic(.duplicateKey(spelling), at: location(keyNode),
                                              notes: ["前面已经用“\(earlier)”写过同一项"]))
                continue
            }
            seen[key] = spelling
            result.append((key, value))
        }
        return result
    }

    /// Counts a node against the limits; false once a limit is passed (reported once).
    private mutating func count(_ node: Node, depth: Int) -> Bool {
        if overLimit { return false }
        visited += 1
        if visited > limits.maximumNodes {
            overLimit = true
            diagnostics.append(Diagnostic(.aliasLimit(limit: limits.maximumNodes), at: location(node)))
            return false
        }
        if depth > limits.maximumDepth {
            overLimit = true
            diagnostics.append(Diagnostic(.tooDeep(limit: limits.maximumDepth), at: location(node)))
            return false
        }
        return true
    }

    private func scalarString(_ node: Node) -> String? {
        guard case let .scalar(scalar) = node else { return nil }
        return scalar.string
    }

    private func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A single piece of text; a list or mapping here is a wrong type.
    private mutating func text(_ node: Node, key: InputKey) -> Text? {
        if isNull(node) { return nil }
        guard case let .scalar(scalar) = node else {
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "一段文字"), at: location(node)))
            return nil
        }
        return checkedText(scalar.string.trimmingWhitespace, at: location(node))
    }

    /// Text that XML can carry. A control character would make a corrupt document, so it
    /// is an error here, at the value's position.
    private mutating func checkedText(_ value: String, at location: SourceLocation) -> Text {
        if let bad = value.unicodeScalars.first(where: Self.isForbiddenInXML) {
            diagnostics.append(Diagnostic(.controlCharacter(bad), at: location))
        }
        return Text(value, at: location)
    }

    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// A string (one paragraph, or several separated by blank lines) or a list of strings.
    private mutating func paragraphs(_ node: Node, key: InputKey, depth: Int) -> [Text] {
        if isNull(node) { return [] }
        switch node {
        case let .scalar(scalar):
            let at = location(node)
            return Self.splitParagraphs(scalar.string).map { checkedText($0, at: at) }
        case let .sequence(sequence):
            var result: [Text] = []
            for element in sequence {
                guard count(element, depth: depth + 1) else { break }
                if let text = text(element, key: key), !text.value.isEmpty { result.append(text) }
            }
            return result
        default:
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "一段文字或文字列表"), at: location(node)))
            return []
        }
    }

    /// Splits a block of text at blank lines; single line breaks inside a paragraph are
    /// joined, as YAML's folded style would, but without adding a space between Chinese
    /// characters.
    static func splitParagraphs(_ raw: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                continue
            }
            if let last = current.last, let first = trimmed.first, last.isASCII && first.isASCII,
               !last.isWhitespace {
                current.append(" ")
            }
            current += trimmed
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// A list of items, or `{heading, lead, items}`.
    private mutating func section(_ node: Node, key: InputKey, depth: Int) -> Section {
        var section = Section(at: location(node))
        if isNull(node) { return section }
        switch node {
        case .sequence:
            section.items = items(node, key: key, depth: depth)
        case let .mapping(mapping):
            for (sectionKey, value) in entries(of: mapping, allowed: InputKey.section, depth: depth) {
                switch sectionKey {
                case .heading: section.heading = text(value, key: sectionKey)
                case .lead: section.lead = text(value, key: sectionKey)
                case .items: section.items = items(value, key: sectionKey, depth: depth + 1)
                default: break
                }
            }
        case .scalar, .alias:
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "条目列表（每行以“- ”开头）"), at: location(node)))
        }
        return section
    }

    private mutating func items(_ node: Node, key: InputKey, depth: Int) -> [Item] {
        if isNull(node) { return [] }
        guard case let .sequence(sequence) = node else {
            diagnostics.append(Diagnostic(.wrongType(key.canonical, expected: "条目列表（每行以“- ”开头）"), at: location(node)))
            return []
        }
        var result: [Item] = []
        for element in sequence {
            guard count(element, depth: depth + 1) else { break }
            if let item = item(element, depth: depth + 1) { result.append(item) }
        }
        return result
    }

    /// A plain string, or `{point, details, subpoints}`.
    private mutating func item(_ node: Node, depth: Int) -> Item? {
        let at = location(node)
        switch node {
        case let .scalar(scalar):
            let point = checkedText(scalar.string.trimmingWhitespace, at: at)
            if point.value.isEmpty {
                diagnostics.append(Diagnostic(.emptyPoint(), at: at))
                return nil
            }
            return Item(point: point, at: at)
        case let .mapping(mapping):
            var point: Text?
            var details: [Text] = []
            var subpoints: [Item] = []
            for (itemKey, value) in entries(of: mapping, allowed: InputKey.item, depth: depth) {
                switch itemKey {
                case .point: point = text(value, key: itemKey)
                case .details: details = paragraphs(value, key: itemKey, depth: depth)
                case .subpoints: subpoints = items(value, key: itemKey, depth: depth + 1)
                default: break
                }
            }
            guard let point, !point.value.isEmpty else {
                diagnostics.append(Diagnostic(.emptyPoint(), at: at))
                return nil
            }
            return Item(point: point, details: details, subpoints: subpoints, at: at)
        default:
            diagnostics.append(Diagnostic(.wrongType("条目", expected: "一段文字，或含“要点”的映射"), at: at))
            return nil
        }
    }
}

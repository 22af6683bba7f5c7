/// Where a rendering goes: the markup as text (`String`), or straight into paragraphs
/// (`MarkupBuilder`), so the two cannot disagree on what Mustache produced.
protocol MustacheOutput {
    /// Template text between tags.
    mutating func appendLiteral(_ text: String)
    /// Template text between tags, read into markup tokens when the template was loaded.
    mutating func appendMarkup(_ fragment: MarkupFragment)
    /// A looked-up value; `escaped` is false for `{{{…}}}` and `{{&…}}`.
    mutating func appendValue(_ text: String, escaped: Bool)
}

extension String: MustacheOutput {
    mutating func appendLiteral(_ text: String) { self += text }
    mutating func appendMarkup(_ fragment: MarkupFragment) { self += fragment.text }
    mutating func appendValue(_ text: String, escaped: Bool) {
        if escaped { MarkupEscaping.append(text, to: &self) } else { self += text }
    }
}

/// Renders a parsed template against a context stack of values.
struct MustacheRenderer<Output: MustacheOutput> {
    private(set) var output: Output
    private var stack: [TemplateValue]

    init(root: TemplateValue, output: Output) {
        stack = [root]
        self.output = output
    }

    mutating func render(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case let .text(text):
                output.appendLiteral(text)
            case let .markup(fragment):
                output.appendMarkup(fragment)
            case let .value(name, escaped):
                guard let value = lookUp(name) else { continue }
                let text = switch value {
                case let .text(text): text
                case let .flag(flag): flag ? "true" : "false"
                case .list, .object: ""
                }
                output.appendValue(text, escaped: escaped)
            case let .section(name, inverted, children):
                let value = lookUp(name)
                if inverted {
                    if !Self.isShown(value) { render(children) }
                } else {
                    renderSection(children, over: value)
                }
            }
        }
    }

    private mutating func renderSection(_ children: [MustacheNode], over value: TemplateValue?) {
        switch value {
        case nil, .flag(false):
            return
        case .flag(true):
            render(children)
        case let .list(elements):
            for element in elements { renderNested(children, in: element) }
        case let .some(value):
            renderNested(children, in: value)
        }
    }

    private mutating func renderNested(_ children: [MustacheNode], in value: TemplateValue) {
        stack.append(value)
        render(children)
        stack.removeLast()
    }

    /// Whether a section over `value` renders at all; inverted sections render otherwise.
    private static func isShown(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil: false
        case let .flag(flag): flag
        case let .list(elements): !elements.isEmpty
        case .text, .object: true
        }
    }

    /// Mustache's lookup: the first component in the innermost value that has it, going
    /// outwards; the other components inside what that found, without going outwards again.
    private func lookUp(_ name: MustacheName) -> TemplateValue? {
        guard let first = name.components.first else { return stack.last }
        var found: TemplateValue?
        for value in stack.reversed() {
            if case let .object(object) = value, let child = object.value(named: first) {
                found = child
                break
            }
        }
        for component in name.components.dropFirst() {
            guard case let .object(object)? = found else { return nil }
            found = object.value(named: component)
        }
        return found
    }
}

extension MustacheRenderer where Output == String {
    /// Renders to markup text, reserving `expectedLength` bytes.
    init(root: TemplateValue, expectedLength: Int = 0) {
        var output = ""
        output.reserveCapacity(expectedLength)
        self.init(root: root, output: output)
    }
}

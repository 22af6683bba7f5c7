/// A value a template can look up, typed, so rendering needs neither reflection nor
/// dynamic casts: the first cast of each type scans every protocol conformance of the
/// binary, which was a large part of a run's start-up.
enum TemplateValue {
    /// Text, inserted escaped by `{{name}}`; a section over it renders once with the text
    /// as `{{.}}`.
    case text(String)
    /// A flag: a section renders when it is true, an inverted section when it is false.
    case flag(Bool)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list([TemplateValue])
    /// Named values; a section over it renders once with its names in reach.
    case object(any TemplateObject)
}

/// Values with names, looked up when a template asks for them.
protocol TemplateObject {
    /// The value called `name`, or nil when this object has no such name — the lookup then
    /// goes on in the enclosing sections' values.
    func value(named name: String) -> TemplateValue?
}

/// Renders a parsed template against a context stack of values.
struct MustacheRenderer {
    private(set) var output = ""
    private var stack: [TemplateValue]

    init(root: TemplateValue, expectedLength: Int = 0) {
        stack = [root]
        output.reserveCapacity(expectedLength)
    }

    mutating func render(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case let .text(text):
                output += text
            case let .value(name, escaped):
                guard let value = lookUp(name) else { continue }
                let text = switch value {
                case let .text(text): text
                case let .flag(flag): flag ? "true" : "false"
                case .list, .object: ""
                }
                if escaped { MarkupEscaping.append(text, to: &output) } else { output += text }
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

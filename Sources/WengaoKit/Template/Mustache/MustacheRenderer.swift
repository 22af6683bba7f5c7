/// Where a rendering goes: the markup as text (`String`), or straight into paragraphs
/// (`MarkupBuilder`), so the two cannot disagree on what Mustache produced.
protocol MustacheOutput {
    /// Template text between tags.
    mutating func appendLiteral(_ text: String)
    /// Template text between tags, read into markup tokens when the template was loaded.
    mutating func appendMarkup(_ fragment: MarkupFragment)
    /// A looked-up value, to be escaped for the markup.
    mutating func appendValue(_ text: String)
}

extension String: MustacheOutput {
    mutating func appendLiteral(_ text: String) { self += text }
    mutating func appendMarkup(_ fragment: MarkupFragment) { self += fragment.text }
    mutating func appendValue(_ text: String) { MarkupEscaping.append(text, to: &self) }
}

/// Renders a parsed template against a context stack of values.
///
/// A rendering is held to a budget of work — one unit per byte written, sixteen per element
/// of a list a section is rendered for — so that a template whose sections multiply (a
/// list's section nested in a section over the same list, twelve deep) stops in
/// milliseconds with `exhausted` set instead of taking seconds and gigabytes. Only lists
/// multiply: without them every tag renders at most once, so tags are not counted.
struct MustacheRenderer<Output: MustacheOutput> {
    /// The work one rendering may do: 16 Mi units, about 16 MiB of markup. The largest
    /// inputs Wengao reads (1 MiB, 50,000 nodes) render the shipped templates in at most
    /// 3.7 M (`TemplateLimitTests`).
    static var defaultBudget: Int { 16 << 20 }

    private(set) var output: Output
    private var stack: [TemplateValue]
    private let budget: Int
    /// The work done so far, in the budget's units.
    private(set) var spent = 0
    /// Whether the rendering stopped for want of budget; `output` is then incomplete.
    private(set) var exhausted = false
    /// How many sections are being rendered, one inside the other, and the outermost of them.
    private var depth = 0
    private var outermost: MustacheName?
    /// When `exhausted`, the outermost section that was being rendered: where the
    /// multiplying starts, to show the template's author.
    private(set) var exhaustedIn: MustacheName?

    init(root: TemplateValue, output: Output, budget: Int = Self.defaultBudget) {
        stack = [root]
        self.output = output
        self.budget = budget
    }

    /// Takes `cost` from the budget; false (and `exhausted`) once it is spent.
    @inline(__always)
    private mutating func spend(_ cost: Int) -> Bool {
        spent += cost
        if spent > budget, !exhausted {
            exhausted = true
            exhaustedIn = depth > 0 ? outermost : nil
        }
        return !exhausted
    }

    /// What one element of a list costs besides the bytes it writes.
    static var costOfAnElement: Int { 16 }

    mutating func render(_ nodes: [MustacheNode]) {
        for node in nodes {
            if exhausted { return }
            switch node {
            case let .text(text):
                guard spend(text.utf8.count) else { return }
                output.appendLiteral(text)
            case let .markup(fragment):
                guard spend(fragment.text.utf8.count) else { return }
                output.appendMarkup(fragment)
            case let .value(name):
                guard let value = lookUp(name) else { continue }
                let text = switch value {
                case let .text(text): text
                case let .flag(flag): flag ? "true" : "false"
                case .list, .object: ""
                }
                guard spend(text.utf8.count) else { return }
                output.appendValue(text)
            case let .section(name, inverted, children):
                let value = lookUp(name)
                depth += 1
                if depth == 1 { outermost = name }
                defer { depth -= 1 }
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
            for element in elements {
                guard spend(Self.costOfAnElement) else { return }
                renderNested(children, in: element)
            }
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
    init(root: TemplateValue, expectedLength: Int = 0, budget: Int = Self.defaultBudget) {
        var output = ""
        output.reserveCapacity(expectedLength)
        self.init(root: root, output: output, budget: budget)
    }
}

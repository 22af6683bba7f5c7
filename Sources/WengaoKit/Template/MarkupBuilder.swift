/// Builds paragraphs straight from a rendering of a compiled template (`MarkupFragment`),
/// the same paragraphs `MarkupChecker.paragraphs` reads from the rendered markup.
///
/// It takes only the road it can vouch for: the block markup's elements in their places
/// (`MarkupGrammar.swift`), known styles, values that a parser would read back as the same
/// text. At anything
/// else — an element out of place, a value with a character XML forbids or with markup
/// inserted unescaped, text outside `<document>` — it stops (`paragraphs` is nil) and the
/// template renders again to text for libxml2 and `MarkupChecker`, which report the problem
/// exactly as they always have. Reading the rendered markup back with libxml2 was half the
/// time of rendering.
struct MarkupBuilder: MustacheOutput {
    private let paragraphStyles: [String: ParagraphStyle]
    private let characterStyles: [String: CharacterStyle]

    private var result: [Paragraph] = []
    private var failed = false
    /// The innermost open element; nil before the root and after it (`finished`).
    private var open: MarkupElementName?
    private var finished = false

    /// The open paragraph: its style, its inlines so far, and the text since its last tag.
    private var paragraphStyle = ""
    private var inlines: [Inline] = []
    private var spanStyle: String?
    private var text = ""
    private var textHasBreak = false

    init(styleSheet: StyleSheet) {
        paragraphStyles = styleSheet.paragraphStyles
        characterStyles = styleSheet.characterStyles
    }

    /// The paragraphs, or nil when the markup must be checked by libxml2 instead.
    var paragraphs: [Paragraph]? {
        failed || !finished ? nil : result
    }

    mutating func appendLiteral(_ text: String) {
        // A compiled template has none; this one must go the long way.
        failed = true
    }

    mutating func appendMarkup(_ fragment: MarkupFragment) {
        guard !failed else { return }
        for token in fragment.tokens {
            switch token {
            case let .text(text, hasBreak, isBlank):
                appendText(text, hasBreak: hasBreak, isBlank: isBlank)
            case let .start(element, style, empty):
                start(element, style: style, empty: empty)
            case let .end(element):
                end(element)
            }
            if failed { return }
        }
    }

    mutating func appendValue(_ value: String) {
        guard !failed, !value.isEmpty else { return }
        var hasBreak = false
        var isBlank = true
        let clean = value.utf8.withContiguousStorageIfAvailable { bytes in
            Self.scan(bytes, hasBreak: &hasBreak, isBlank: &isBlank)
        } ?? Self.scan(Array(value.utf8), hasBreak: &hasBreak, isBlank: &isBlank)
        guard clean else {
            failed = true
            return
        }
        appendText(value, hasBreak: hasBreak, isBlank: isBlank)
    }

    /// Whether `bytes`, escaped into the markup, would be read back as the same text: no
    /// character XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF).
    private static func scan(_ bytes: some Collection<UInt8>, hasBreak: inout Bool, isBlank: inout Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D:
                hasBreak = true
            case 0x20, 0x09:
                break
            case 0x00..<0x20:
                return false
            case 0xBE...0xBF where previous == (0xEF, 0xBF):
                return false
            default:
                isBlank = false
            }
            previous = (previous.1, byte)
        }
        return true
    }

    private mutating func appendText(_ piece: String, hasBreak: Bool, isBlank: Bool) {
        guard let open else {
            // Outside the root only white space may stand.
            if !isBlank { failed = true }
            return
        }
        // White space between paragraphs, or text the root ignores.
        guard open.rule.holdsText else { return }
        // libxml2 caps a text node at 10,000,000 bytes; leave such a monster to it.
        guard text.utf8.count + piece.utf8.count < 10_000_000 else {
            failed = true
            return
        }
        text += piece
        textHasBreak = textHasBreak || hasBreak
    }

    /// A start tag (`MarkupGrammar.swift`): the element in the one it may stand in, written
    /// empty exactly when it is an empty element, with a known style where it needs one.
    private mutating func start(_ element: MarkupElementName, style: String?, empty: Bool) {
        let rule = element.rule
        guard !finished, rule.parent == open, empty == rule.isEmpty else { return failed = true }
        switch rule.style {
        case .paragraph: guard let style, paragraphStyles[style] != nil else { return failed = true }
        case .character: guard let style, characterStyles[style] != nil else { return failed = true }
        case .none: break
        }
        switch rule.role {
        case .root:
            break
        case .paragraph:
            paragraphStyle = style ?? "body"
            inlines = []
        case .run:
            flushText(style: nil)
            spanStyle = style
        case .lineBreak:
            flushText(style: nil)
            inlines.append(.lineBreak)
        }
        if !empty { open = element }
    }

    private mutating func end(_ element: MarkupElementName) {
        guard open == element else { return failed = true }
        switch element.rule.role {
        case .run:
            flushText(style: spanStyle)
            spanStyle = nil
        case .paragraph:
            flushText(style: nil)
            // A paragraph whose values were all empty is left out rather than written blank.
            if !inlines.isEmpty { result.append(Paragraph(style: paragraphStyle, inlines: inlines)) }
            inlines = []
        case .root:
            finished = true
        case .lineBreak:
            break // written empty, so never open
        }
        open = element.rule.parent
    }

    /// Ends the text node since the last tag, as `MarkupChecker.paragraphs` reads one.
    private mutating func flushText(style: String?) {
        let cleaned = textHasBreak ? MarkupChecker.droppingLayoutWhitespace(text) : text
        if !cleaned.isEmpty { inlines.append(.text(cleaned, style: style)) }
        text = ""
        textHasBreak = false
    }
}

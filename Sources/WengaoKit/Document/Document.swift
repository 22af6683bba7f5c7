/// The layout-free document both writers read: named paragraph styles and runs of text.
///
/// It is what a template produces. Writers never parse text or decide wording; they
/// only map styles to WordprocessingML or OpenDocument.
public struct Document: Sendable, Equatable {
    public var properties: DocumentProperties
    public var paragraphs: [Paragraph]

    public init(properties: DocumentProperties, paragraphs: [Paragraph]) {
        self.properties = properties
        self.paragraphs = paragraphs
    }
}

/// What a file manager and the document's property dialog show.
public struct DocumentProperties: Sendable, Equatable {
    public var title: String
    /// The organisation the document speaks for (署名).
    public var author: String?
    /// The 成文日期; also the package's timestamps unless `SOURCE_DATE_EPOCH` is set.
    public var date: CalendarDate?
    /// BCP 47 tag of the text, `zh-CN`.
    public var language: String

    /// The language of a document whose input names none.
    public static let defaultLanguage = "zh-CN"

    public init(title: String, author: String? = nil, date: CalendarDate? = nil, language: String = defaultLanguage) {
        self.title = title
        self.author = author
        self.date = date
        self.language = language
    }
}

/// One paragraph in a named style (`body`, `title`, `heading-1` …).
public struct Paragraph: Sendable, Equatable {
    public var style: String
    public var inlines: [Inline]
    /// Set on this paragraph over its style, in characters: the 署名 and 成文日期, whose
    /// places depend on each other's length (`SignatureBlock`).
    public var rightIndent: Double?
    /// Set on this paragraph over its style, in lines.
    public var spaceBefore: Double?
    /// Set on this paragraph over its style: the text's last paragraph stays on the page of
    /// the 署名, which never stands on a page of its own (GB/T 9704 §7.3.5.5).
    public var keepWithNext: Bool?

    public init(style: String, inlines: [Inline], rightIndent: Double? = nil, spaceBefore: Double? = nil, keepWithNext: Bool? = nil) {
        self.style = style
        self.inlines = inlines
        self.rightIndent = rightIndent
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
    }

    /// Whether the paragraph sets anything over its style.
    public var isAdjusted: Bool { rightIndent != nil || spaceBefore != nil || keepWithNext != nil }

    /// The paragraph's text as a reader sees it, line breaks as "\n". (Appended by hand:
    /// `joined()` is not specialized here, and its first call looks up associated types at
    /// run time.)
    public var plainText: String {
        var result = ""
        for inline in inlines {
            switch inline {
            case let .text(text, _): result += text
            case .lineBreak: result += "\n"
            }
        }
        return result
    }
}

/// A piece of a paragraph: text, optionally in a character style (`lead-1` …), or a line
/// break inside the paragraph (a long title's second line).
public enum Inline: Sendable, Equatable {
    case text(String, style: String?)
    case lineBreak
}

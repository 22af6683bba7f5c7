/// One paragraph of a document being imported, as its reader found it: the text and the
/// few layout facts that help to tell a title, a signature or a heading from body text.
struct SourceParagraph: Sendable, Equatable {
    /// Where a paragraph sits on its line: titles are centred, 署名 and 成文日期 set right.
    enum Alignment: Sendable, Equatable {
        case start, center, end
    }

    var text: String
    /// The paragraph's number in the source, counting non-empty paragraphs from 1: the
    /// number every comment in the output names (`# 原文第 12 段`).
    var number: Int
    var alignment: Alignment = .start
    /// The paragraph's style calls it a title (Title, 标题, the writers' own `title`).
    var isTitleStyle = false
    /// The paragraph starts with bold text or a run in a character style of its own: the
    /// run-in head that Word and WPS users set by hand.
    var startsWithEmphasis = false
}

/// What a document reader hands on: the paragraphs, and what it noticed on the way.
struct SourceDocument: Sendable {
    var paragraphs: [SourceParagraph]
    /// Things the user should be told about how the file was read (the encoding detected).
    var notes: [String] = []
    /// Text the reader left out on purpose (a field's code, a page number), listed in the
    /// output so that nothing disappears unsaid.
    var removed: [RemovedText] = []
}

/// A piece of the source that the output does not carry, and why.
struct RemovedText: Sendable, Equatable {
    var paragraph: Int
    var reason: String
    var text: String
}

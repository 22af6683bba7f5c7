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
    /// The text of the paragraph's leading bold runs (or runs in a bold character style),
    /// when plain text follows them: the run-in head (一是加强领导 in bold, then the detail)
    /// that Word and WPS users set by hand. A hint for where the point ends.
    var emphasizedHead: String?

    /// Appends the paragraphs one package paragraph makes to `paragraphs`: its text, with
    /// its list label (Word's or LibreOffice's numbering, drawn rather than typed) put before
    /// text and head, split at soft line breaks — which in a title or a centred line only
    /// break the line (a long title set in two lines), and in body text stand for a paragraph
    /// the writer did not start.
    static func append(_ text: String, label: String?, head: String?, alignment: Alignment, isTitle: Bool,
                       to paragraphs: inout [SourceParagraph]) {
        var text = text, head = head
        if let label, text.contains(where: { !$0.isWhitespace }) {
            text = label + text
            head = head.map { label + $0 }
        }
        for (index, piece) in SourceCharacters.lines(text, joined: isTitle || alignment == .center).enumerated() {
            let trimmed = SourceCharacters.trimmed(piece)
            guard !trimmed.isEmpty else { continue }
            paragraphs.append(SourceParagraph(text: trimmed, number: paragraphs.count + 1, alignment: alignment,
                                              isTitleStyle: isTitle, emphasizedHead: index == 0 ? head : nil))
        }
    }
}

/// Collects a paragraph's leading emphasized text, run by run.
struct EmphasizedHead {
    private var prefix = ""
    private var ended = false

    mutating func add(_ text: String, emphasized: Bool) {
        guard !ended else { return }
        if emphasized {
            prefix += text
        } else if prefix.isEmpty && !text.contains(where: { !$0.isWhitespace }) {
            // Spaces before the first text say nothing.
        } else {
            ended = true
            if !text.contains(where: { !$0.isWhitespace }) { ended = !prefix.isEmpty }
        }
    }

    /// The emphasized start, when plain text came after it.
    var head: String? { ended && !prefix.isEmpty ? prefix : nil }
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

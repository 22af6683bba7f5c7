/// The body of a document as a tree of numbered points: parts (by their 一、 heading, or by
/// a sequence of 一是 / 第一 starting again), their items and two levels of sub-points, each
/// with its text by source paragraph; and the text before the first part.
///
/// A marker is taken only where the numbering goes on (二是 after 一是) or starts (一是)
/// at a level below the current one: 统一是 in the middle of a sentence never reaches here,
/// and a stray 三是 with no 二是 before it stays text.
struct MarkerTree {
    final class Node {
        let kind: OrdinalMarker.Kind
        let ordinal: Int
        let label: String
        let paragraph: Int
        /// The marker was inside a paragraph, not at its start: the source ran items together.
        let runsOn: Bool
        /// The node's text by paragraph: the first is the rest of the marker's paragraph.
        var texts: [(text: String, paragraph: Int)]
        /// The run-in head the source set in bold after the marker, when it did.
        var head: String?
        var children: [Node] = []

        init(_ marker: OrdinalMarker, paragraph: Int, runsOn: Bool) {
            kind = marker.kind
            ordinal = marker.ordinal
            label = marker.label
            self.paragraph = paragraph
            self.runsOn = runsOn
            texts = [("", paragraph)]
        }
    }

    final class PartNode {
        var heading: String?
        var headingParagraph: Int?
        /// Paragraphs between the heading (or the previous part) and the first item.
        var lead: [(text: String, paragraph: Int)] = []
        var items: [Node] = []
        let kind: OrdinalMarker.Kind?

        init(kind: OrdinalMarker.Kind?) { self.kind = kind }
    }

    var preamble: [(text: String, paragraph: Int)] = []
    var parts: [PartNode] = []
    private var stack: [Node] = []
    private var headingOrdinal = 0

    var hasHeadings: Bool { parts.contains { $0.heading != nil } }

    private enum Action {
        case heading
        case newPart
        case firstItem
        case sibling(depth: Int)
        case child(depth: Int)
    }

    mutating func add(_ paragraph: SourceParagraph) {
        let scalars = Array(paragraph.text.unicodeScalars)
        var cursor = 0
        var taken = false
        for start in OrdinalMarker.sentenceStarts(scalars) where start >= cursor {
            guard let marker = OrdinalMarker.match(scalars, at: start, paragraphStart: start == 0),
                  let action = decide(marker, atParagraphStart: start == 0) else { continue }
            let before = SourceCharacters.trimmed(SourceCharacters.string(scalars[cursor..<start]))
            if case .heading = action {
                // 一、主要工作及成效 — the heading is the first sentence, the rest its lead.
                let rest = SourceCharacters.string(scalars[marker.end...])
                let (head, tail) = Sentences.first(of: rest)
                let part = PartNode(kind: nil)
                part.heading = SourceCharacters.trimmed(head.hasSuffix("。") ? String(head.dropLast()) : head)
                part.headingParagraph = paragraph.number
                if !tail.isEmpty { part.lead.append((tail, paragraph.number)) }
                parts.append(part)
                stack = []
                headingOrdinal = marker.ordinal
                return
            }
            if taken {
                stack.last!.texts[stack.last!.texts.count - 1].text += before
            } else if !before.isEmpty {
                if case .newPart = action {
                    // The text before the first 一是 in its paragraph leads into the part.
                    parts.append(PartNode(kind: marker.kind))
                    parts[parts.count - 1].lead.append((before, paragraph.number))
                    apply(.firstItem, marker, paragraph: paragraph.number, runsOn: true)
                    cursor = marker.end
                    taken = true
                    continue
                }
                continuation(before, paragraph: paragraph.number)
            }
            if case .newPart = action {
                parts.append(PartNode(kind: marker.kind))
                apply(.firstItem, marker, paragraph: paragraph.number, runsOn: start != 0)
            } else {
                apply(action, marker, paragraph: paragraph.number, runsOn: start != 0)
            }
            if start == 0, let head = paragraph.emphasizedHead.map(SourceCharacters.trimmed), head.hasPrefix(marker.label) {
                stack.last!.head = SourceCharacters.trimmed(String(head.dropFirst(marker.label.count)))
            }
            cursor = marker.end
            taken = true
        }
        let rest = SourceCharacters.trimmed(SourceCharacters.string(scalars[min(cursor, scalars.count)...]))
        if taken {
            stack.last!.texts[stack.last!.texts.count - 1].text += rest
        } else if !rest.isEmpty {
            continuation(rest, paragraph: paragraph.number)
        }
    }

    /// A paragraph with no marker of its own: more of whatever came last.
    private mutating func continuation(_ text: String, paragraph: Int) {
        if let node = stack.last {
            node.texts.append((text, paragraph))
        } else if let part = parts.last {
            part.lead.append((text, paragraph))
        } else {
            preamble.append((text, paragraph))
        }
    }

    private func decide(_ marker: OrdinalMarker, atParagraphStart: Bool) -> Action? {
        if marker.kind == .partHeading {
            return marker.ordinal == headingOrdinal + 1 ? .heading : nil
        }
        if let depth = stack.lastIndex(where: { $0.kind == marker.kind }), marker.ordinal == stack[depth].ordinal + 1 {
            return .sibling(depth: depth)
        }
        guard marker.ordinal == 1 else { return nil }
        var depth = stack.count
        while depth > 0, stack[depth - 1].kind >= marker.kind { depth -= 1 }
        if depth == 0 {
            guard let part = parts.last else { return .newPart }
            if part.heading != nil {
                return part.items.isEmpty ? .firstItem : nil
            }
            return .newPart
        }
        return depth < 3 ? .child(depth: depth) : nil
    }

    private mutating func apply(_ action: Action, _ marker: OrdinalMarker, paragraph: Int, runsOn: Bool) {
        let node = Node(marker, paragraph: paragraph, runsOn: runsOn)
        switch action {
        case .firstItem, .newPart:
            parts[parts.count - 1].items.append(node)
            stack = [node]
        case .sibling(let depth):
            stack.removeSubrange(depth...)
            if depth == 0 { parts[parts.count - 1].items.append(node) } else { stack[depth - 1].children.append(node) }
            stack.append(node)
        case .child(let depth):
            stack.removeSubrange(depth...)
            stack[depth - 1].children.append(node)
            stack.append(node)
        case .heading:
            break
        }
    }

    /// Moves, for each part that starts at a paragraph's start, the bridge paragraph just
    /// before it (下面，我讲几点意见。) from the previous item or the preamble into its lead.
    mutating func finish() {
        for (index, part) in parts.enumerated() where part.heading == nil && part.lead.isEmpty {
            guard let first = part.items.first, !first.runsOn else { continue }
            if index == 0 {
                if let last = preamble.last, Self.isBridge(last.text) {
                    part.lead = [preamble.removeLast()]
                }
            } else if let owner = Self.lastNode(of: parts[index - 1]), owner.texts.count > 1,
                      let last = owner.texts.last, Self.isBridge(last.text) {
                part.lead = [owner.texts.removeLast()]
            }
        }
    }

    static func lastNode(of part: PartNode) -> Node? {
        var node = part.items.last
        while let children = node?.children, let last = children.last { node = last }
        return node
    }

    /// A sentence that leads into a list: 主要有以下特点, 下面我讲几点意见, 主要表现在.
    /// A short paragraph that names a part (在肯定成绩的同时，我们也要看到存在的问题。) is one too.
    static func isBridge(_ text: String) -> Bool {
        guard text.count <= 200 else { return false }
        if SourceCharacters.containsAny(text, of: ["以下", "如下", "几点", "几个方面", "下面", "主要有", "主要表现", "主要体现", "主要是", "意见"]) {
            return true
        }
        return Sentences.count(in: text) <= 2 && text.count <= 120
            && SourceCharacters.containsAny(text, of: ["问题", "差距", "不足", "短板", "下半年", "下步", "下一步", "打算"])
    }
}

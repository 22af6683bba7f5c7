extension StructureReader {
    /// Puts the tree's parts into 成绩, 问题, 意见, its preamble into the opening and what
    /// follows the last point into the closing.
    static func place(_ tree: MarkerTree, into report: inout ImportedReport) {
        let parts = tree.parts
        var preamble = tree.preamble
        var closing: [(text: String, paragraph: Int)] = []

        // The closing: after the last point, from 同志们，… or 谢谢大家 on; in a summary, a last
        // paragraph that no item of its level has the like of.
        if let lastPart = parts.last, let owner = MarkerTree.lastNode(of: lastPart), owner.texts.count > 1 {
            if let start = owner.texts.indices.dropFirst().first(where: { isClosing(owner.texts[$0].text) }) {
                closing = Array(owner.texts[start...])
                owner.texts.removeSubrange(start...)
            } else if !siblingsHaveMoreParagraphs(owner, in: lastPart) {
                closing = Array(owner.texts[1...])
                owner.texts.removeSubrange(1...)
                report.closingNotes.append("原文第 \(closing[0].paragraph) 段起：最后一条之后的段落，判为结尾")
            }
        }
        if parts.isEmpty {
            // No numbering at all: the end of the text closes it when it sounds like a close.
            if let start = preamble.indices.dropFirst().first(where: { isClosing(preamble[$0].text) }) {
                closing = Array(preamble[start...])
                preamble.removeSubrange(start...)
            }
        }

        let kinds = classify(parts)
        var seen: [Part: Int] = [:]
        for (index, part) in parts.enumerated() {
            let target = kinds[index]
            var section = report[target]
            let firstParagraph = part.headingParagraph ?? part.lead.first?.paragraph ?? part.items.first?.paragraph ?? 0
            if seen[target] != nil {
                // A second part of the same kind: its heading and lead become a point of their own.
                report.warnings.append("原文第 \(firstParagraph) 段：又一组“\(part.items.first?.label ?? "")”编号，并入“\(target.chineseName)”")
                let text = ([part.heading].compactMap { $0 } + part.lead.map(\.text))
                if let head = text.first {
                    section.items.append(ImportedReport.Item(point: head, details: Array(text.dropFirst()),
                                                             note: "原文第 \(firstParagraph) 段：另一组编号的引语，作为一条要点保留"))
                }
            } else {
                section.heading = part.heading
                if part.lead.count > 1 {
                    report.warnings.append("原文第 \(part.lead[0].paragraph) 段起：引语有 \(part.lead.count) 段，已合为一段")
                }
                if !part.lead.isEmpty { section.lead = part.lead.map(\.text).joined() }
                var notes = ["原文第 \(firstParagraph) 段：" + (part.heading.map { "按标题“\($0)”" } ?? "按衔接语和编号") + "判为“\(target.chineseName)”"]
                if part.heading == nil, !part.items.isEmpty {
                    let runsTogether = sharesParagraphs(part.items)
                    section.layout = runsTogether ? .together : .separate
                    notes.append(runsTogether ? "原文条目连排在段中：排法写为连排" : "原文每条一段：排法写为分段")
                }
                section.notes = notes
            }
            seen[target] = index
            section.items += part.items.compactMap(item)
            report[target] = section
        }

        report.opening = preamble.map(\.text)
        if !preamble.isEmpty, parts.isEmpty {
            report.warnings.append("没有找到成绩、问题、意见的编号（一是、第一、一、（一）……）：全文放在“开场”，请手工分到各部分")
        }
        report.closing = closing.map(\.text)
    }

    private static func isClosing(_ text: String) -> Bool {
        text.hasPrefix("同志们，") || text.hasPrefix("同志们,") || text.hasPrefix("同志们！") || text.hasPrefix("谢谢")
            || SourceCharacters.containsAny(text, of: ["谢谢大家"])
    }

    /// Whether any other node of the last node's level has paragraphs after its first.
    private static func siblingsHaveMoreParagraphs(_ node: MarkerTree.Node, in part: MarkerTree.PartNode) -> Bool {
        let level = allNodes(part.items).filter { $0.kind == node.kind && $0 !== node }
        return level.contains { $0.texts.count > 1 }
    }

    /// The source ran points together: two points of one level in one paragraph, or a
    /// point's sub-points in its own paragraph. A lead run into the first point alone is
    /// not that: the speech sets such a part a paragraph a point.
    static func sharesParagraphs(_ nodes: [MarkerTree.Node]) -> Bool {
        for (index, node) in nodes.enumerated() {
            if index > 0, nodes[index - 1].paragraph == node.paragraph { return true }
            if node.children.contains(where: { $0.paragraph == node.paragraph }) { return true }
            if sharesParagraphs(node.children) { return true }
        }
        return false
    }

    static func allNodes(_ nodes: [MarkerTree.Node]) -> [MarkerTree.Node] {
        nodes.flatMap { [$0] + allNodes($0.children) }
    }

    /// Which part each is: by the words of its heading or lead, else by its place.
    static func classify(_ parts: [MarkerTree.PartNode]) -> [Part] {
        let order: [Part] = [.achievements, .problems, .nextSteps]
        let words: [(Part, [String])] = [
            (.achievements, ["成绩", "成效", "成果", "特点", "做法", "进展", "亮点", "主要工作", "回顾"]),
            (.problems, ["问题", "差距", "不足", "短板", "薄弱", "困难"]),
            (.nextSteps, ["意见", "下步", "下一步", "下半年", "打算", "思路", "计划", "几点"]),
        ]
        // A heading names its part; a lead is weighed by how many of each part's words it has
        // (补短板 in an account of achievements is one word against 成效), a tie deciding nothing.
        let byWords: [Part?] = parts.map { part in
            let text = part.heading ?? part.lead.first?.text ?? ""
            let scores = words.map { part, list in (part, SourceCharacters.count(of: list, in: text)) }
            guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 > 0,
                  scores.filter({ $0.1 == best.1 }).count == 1 else { return nil }
            return best.0
        }
        // The words decide when they keep the genre's order (成绩, 问题, 意见); otherwise the place does.
        var result: [Part] = []
        var next = 0
        for guess in byWords {
            if let guess, let position = order.firstIndex(of: guess), position >= next {
                result.append(guess)
                next = position + 1
            } else {
                let position = min(next, order.count - 1)
                result.append(order[position])
                next = position + 1
            }
        }
        return result
    }

    /// A node as an item: its first sentence the point, the rest the details.
    static func item(_ node: MarkerTree.Node) -> ImportedReport.Item? {
        var texts = node.texts.map(\.text).filter { !$0.isEmpty }
        guard !texts.isEmpty || !node.children.isEmpty else { return nil }
        var point = ""
        if !texts.isEmpty {
            let first = texts.removeFirst()
            var (head, rest) = Sentences.first(of: first)
            // A head the source set in bold wins over the first sentence: 加强领导 in bold
            // before 区委多次研究…… is the point even without a full stop after it.
            if let bold = node.head, !bold.isEmpty, bold.utf8.count < first.utf8.count, first.utf8.starts(with: bold.utf8) {
                // Scalar views throughout: Character-wise slicing cost a fifth of a whole import.
                let clauseMarks: Set<Unicode.Scalar> = ["，", "；", "：", "、", " "]
                var end = bold.unicodeScalars.endIndex
                while end > bold.unicodeScalars.startIndex, clauseMarks.contains(bold.unicodeScalars[bold.unicodeScalars.index(before: end)]) {
                    end = bold.unicodeScalars.index(before: end)
                }
                head = SourceCharacters.string(bold.unicodeScalars[..<end])
                rest = SourceCharacters.string(first.unicodeScalars.dropFirst(bold.unicodeScalars.count)
                    .drop { $0 == "。" || clauseMarks.contains($0) })
            }
            point = head.hasSuffix("。") ? String(head.dropLast()) : head
            if !rest.isEmpty { texts.insert(rest, at: 0) }
        }
        let how = node.runsOn ? "在段中按“\(node.label)”拆分" : "按“\(node.label)”分条"
        return ImportedReport.Item(point: point, details: texts, subpoints: node.children.compactMap(item),
                                   note: "原文第 \(node.paragraph) 段：\(how)")
    }
}

/// A made-up meeting speech for the benchmark, composed afresh from phrase pools by a
/// seeded generator: every input differs, the same seed gives the same text, and no text
/// is copied from anywhere.
struct BenchSpeech {
    struct Item {
        var point: String
        var details: [String]
        var subpoints: [Item]
    }

    var title: String
    var organization: String
    var speaker: String
    var occasion: String
    var date: String
    var opening: [String]
    var achievements: [Item] = []
    var problems: [Item] = []
    var nextSteps: [Item] = []
    var closing: [String]

    /// A speech of about `characters` characters of text (the sample speech has ~5,000).
    init(seed: UInt64, characters: Int) {
        var words = PhraseGenerator(seed: seed)
        let unit = words.pick(PhraseGenerator.units)
        title = "\(unit)2026年上半年工作总结"
        organization = unit
        speaker = words.pick(["李", "赵", "孙", "周", "吴", "郑"]) + "某某"
        occasion = "\(unit)2026年上半年工作推进会"
        date = "2026-07-\(10 + Int(seed % 18))"
        opening = [words.paragraph(sentences: 3), words.paragraph(sentences: 2)]
        closing = [words.closing(), "谢谢大家！"]
        // Grow the three parts in turn until the text is long enough.
        var turn = 0
        var used = Set<String>()
        while self.characters < characters {
            switch turn % 3 {
            case 0: achievements.append(words.item(subpoints: 2, used: &used))
            case 1: problems.append(words.item(subpoints: 0, used: &used))
            default: nextSteps.append(words.item(subpoints: 3, used: &used))
            }
            turn += 1
        }
    }

    var characters: Int {
        func count(_ item: Item) -> Int {
            item.point.count + item.details.reduce(0) { $0 + $1.count } + item.subpoints.reduce(0) { $0 + count($1) }
        }
        let texts = [title, organization, speaker, occasion] + opening + closing
        return texts.reduce(0) { $0 + $1.count } + (achievements + problems + nextSteps).reduce(0) { $0 + count($1) }
    }

    /// The Wengao input, with the English keys.
    var yaml: String {
        func quoted(_ text: String) -> String { "\"\(text)\"" }
        func list(_ items: [Item], indent: String) -> String {
            items.map { item in
                var text = "\(indent)- point: \(quoted(item.point))\n\(indent)  details:\n"
                text += item.details.map { "\(indent)    - \(quoted($0))\n" }.joined()
                if !item.subpoints.isEmpty {
                    text += "\(indent)  subpoints:\n" + list(item.subpoints, indent: indent + "    ")
                }
                return text
            }.joined()
        }
        var text = """
        title: \(quoted(title))
        organization: \(quoted(organization))
        speaker: \(quoted(speaker))
        occasion: \(quoted(occasion))
        date: \(date)
        opening:

        """
        text += opening.map { "  - \(quoted($0))\n" }.joined()
        text += "achievements:\n" + list(achievements, indent: "  ")
        text += "problems:\n" + list(problems, indent: "  ")
        text += "next_steps:\n" + list(nextSteps, indent: "  ")
        text += "closing:\n" + closing.map { "  - \(quoted($0))\n" }.joined()
        return text
    }

    /// The same speech as Markdown for pandoc: the same paragraphs, the lead clauses in
    /// bold, and the linking sentences Wengao's speech template adds.
    var markdown: String {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        func numeral(_ n: Int) -> String { n <= 10 ? numerals[n - 1] : "\(n)" }
        var blocks = ["# 在\(occasion)上的讲话", speaker, "（\(date)）", "同志们："] + opening
        func add(_ items: [Item], lead: (Int) -> String, sub: (Int) -> String) {
            for (index, item) in items.enumerated() {
                blocks.append("**\(lead(index + 1))\(item.point)。**" + (item.details.first ?? ""))
                blocks += item.details.dropFirst()
                for (subIndex, subpoint) in item.subpoints.enumerated() {
                    blocks.append("**\(sub(subIndex + 1))\(subpoint.point)。**" + (subpoint.details.first ?? ""))
                    blocks += subpoint.details.dropFirst()
                }
            }
        }
        blocks.append("今年以来，我们紧扣年初确定的目标任务，真抓实干、攻坚克难，各项工作取得较好成效，主要有以下特点。")
        add(achievements, lead: { "\(numeral($0))是" }, sub: { "（\($0)）" })
        blocks.append("在看到成绩的同时，更要清醒地看到问题和差距，主要表现在：")
        add(problems, lead: { "\(numeral($0))是" }, sub: { "（\($0)）" })
        blocks.append("对这些问题，我们必须高度重视，认真加以解决。")
        blocks.append("下面，我讲几点意见。")
        add(nextSteps, lead: { "第\(numeral($0))，" }, sub: { "\(numeral($0))要" })
        blocks += closing
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

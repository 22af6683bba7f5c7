/// Writes an imported report as an input file in Wengao's schema: Chinese keys (or English),
/// every guess as a comment naming its source paragraph, what was removed listed at the top.
enum ImportYAMLWriter {
    typealias Keys = ImportKeys

    struct Header {
        var source: String
        var notes: [String]
        var removed: [RemovedText]
    }

    static func write(_ report: ImportedReport, header: Header, keys: Keys) -> String {
        var out = YAMLText(keys: keys)
        out.comment("由 wengao import 从 \(header.source) 生成（\(report.genre == .speech ? "讲话稿" : "工作总结")）。编号已去掉，生成文稿时自动加回。")
        out.comment("以 # 开头的注释说明每处判断依据的原文段落；核对后可删去。")
        for note in header.notes { out.comment(note) }
        for warning in report.warnings { out.comment("注意：" + warning) }
        if !header.removed.isEmpty {
            out.comment("以下原文内容已删除（不是文稿正文）：")
            for removed in header.removed {
                out.comment("  原文第 \(removed.paragraph) 段，\(removed.reason)：\(removed.text)")
            }
        }
        if let note = report.titleNote { out.comment(note) }
        out.scalar(("标题", "title"), report.title ?? report.occasion.map { "在\($0)上的讲话" } ?? "（标题）")
        if let organization = report.organization { out.scalar(("单位", "organization"), organization) }
        if let speaker = report.speaker { out.scalar(("讲话人", "speaker"), speaker) }
        if let occasion = report.occasion { out.scalar(("会议", "occasion"), occasion) }
        if let date = report.date { out.raw(("日期", "date"), date.iso) }
        if let audience = report.audience { out.scalar(("称呼", "audience"), audience) }
        if !report.opening.isEmpty {
            for note in report.openingNotes { out.comment(note) }
            out.voicedList(("开场", "opening"), report.opening)
        }
        for part in Part.allCases {
            let section = report[part]
            guard !section.items.isEmpty || section.lead != nil || section.heading != nil else { continue }
            out.line("")
            for note in section.notes { out.comment(note) }
            out.key(part == .nextSteps ? ("意见", "next_steps") : part == .problems ? ("问题", "problems") : ("成绩", "achievements"))
            out.indent += 1
            if let heading = section.heading { out.scalar(("小标题", "heading"), heading) }
            if let lead = section.lead {
                if YAMLText.isSpeechVoiced([lead]) {
                    out.comment(YAMLText.voiceNote)
                    out.key(("引语", "lead"))
                    out.indent += 1
                    out.scalar(("讲话", "speech"), lead)
                    out.indent -= 1
                } else {
                    out.scalar(("引语", "lead"), lead)
                }
            }
            if let layout = section.layout { out.raw(("排法", "layout"), keys == .chinese ? layout.spellings[0] : layout.rawValue) }
            out.key(("条目", "items"))
            out.indent += 1
            if section.items.isEmpty {
                out.comment("注意：这一部分没有找到条目，请补上")
            }
            for item in section.items { out.item(item) }
            out.indent -= 2
        }
        if !report.closing.isEmpty {
            out.line("")
            for note in report.closingNotes { out.comment(note) }
            out.voicedList(("结尾", "closing"), report.closing)
        }
        return out.text
    }
}

/// YAML text built line by line, so that comments can stand where they belong.
struct YAMLText {
    let keys: ImportYAMLWriter.Keys
    var text = ""
    var indent = 0

    init(keys: ImportYAMLWriter.Keys) { self.keys = keys }

    private var pad: String { String(repeating: "  ", count: indent) }

    mutating func line(_ content: String) { text += content.isEmpty ? "\n" : pad + content + "\n" }

    mutating func comment(_ content: String) {
        // A comment is one line of printable characters: a line break in quoted source text
        // would end it, and libyaml refuses a file with a control character anywhere.
        var text = ""
        for scalar in content.unicodeScalars {
            if Self.breaksLine(scalar) { text += " " } else if Self.needsEscape(scalar) { text += "<U+" + String(scalar.value, radix: 16, uppercase: true).zeroPadded(to: 4) + ">" } else { text.unicodeScalars.append(scalar) }
        }
        line("# " + text)
    }

    /// YAML's printable characters (x9, xA, xD, x20–x7E, x85, xA0–xD7FF, xE000–xFFFD, beyond
    /// xFFFF) less what libyaml also refuses or reads as a line break (U+FEFF, x85, U+2028,
    /// U+2029), and the C1 controls: these are written as escapes.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...: false
        default: true
        }
    }

    static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    private func name(_ key: (String, String)) -> String { keys == .chinese ? key.0 : key.1 }

    mutating func key(_ key: (String, String)) { line(name(key) + ":") }

    mutating func scalar(_ key: (String, String), _ value: String) { line(name(key) + ": " + Self.quoted(value)) }

    mutating func raw(_ key: (String, String), _ value: String) { line(name(key) + ": " + value) }

    mutating func list(_ key: (String, String), _ values: [String]) {
        line(name(key) + ":")
        indent += 1
        for value in values { line("- " + Self.quoted(value)) }
        indent -= 1
    }

    /// Text in a speaker's voice (同志们, 大家, 我讲): written for the speech only, as the
    /// `speech-voice` rule asks, so that a summary made from the same file does not say it.
    static func isSpeechVoiced(_ texts: [String]) -> Bool {
        texts.contains { SourceCharacters.containsAny($0, of: ContentRules.speechWords) }
    }

    static let voiceNote = "讲话的口吻（同志们、大家、我讲），只写给讲话稿；总结要用时，在下面加一项 总结: ……"

    /// A list, under `讲话:` when it is in a speaker's voice.
    mutating func voicedList(_ key: (String, String), _ values: [String]) {
        guard Self.isSpeechVoiced(values) else { return list(key, values) }
        comment(Self.voiceNote)
        self.key(key)
        indent += 1
        list(("讲话", "speech"), values)
        indent -= 1
    }

    mutating func item(_ item: ImportedReport.Item) {
        if let note = item.note { comment(note) }
        if item.details.isEmpty && item.subpoints.isEmpty {
            line("- " + Self.quoted(item.point))
            return
        }
        line("- " + name(("要点", "point")) + ": " + Self.quoted(item.point))
        indent += 1
        if item.details.count == 1 {
            line(name(("内容", "details")) + ": " + Self.quoted(item.details[0]))
        } else if !item.details.isEmpty {
            list(("内容", "details"), item.details)
        }
        if !item.subpoints.isEmpty {
            key(("分项", "subpoints"))
            indent += 1
            for subpoint in item.subpoints { self.item(subpoint) }
            indent -= 1
        }
        indent -= 1
    }

    /// The value as a plain scalar when YAML reads it back as the same text, else double-quoted.
    static func quoted(_ value: String) -> String {
        if isPlainSafe(value) { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    out += "\\u" + String(scalar.value, radix: 16).zeroPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func isPlainSafe(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        // One pass over the scalars (a text is mostly hanzi): `: ` and ` #` are YAML's syntax,
        // control characters need escapes, and a hanzi makes a number-like start text.
        var previous: Unicode.Scalar = "\0"
        var hasHanzi = false, hasDashOrColon = false
        for scalar in scalars {
            switch scalar.value {
            case 0..<0x20, 0x7F, 0x80...0x9F, 0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029: return false
            case 0x20 where previous == ":": return false
            case 0x23 where previous == " ": return false
            case 0x2D, 0x3A: hasDashOrColon = true
            case 0x3400...0x9FFF: hasHanzi = true
            default: break
            }
            previous = scalar
        }
        if value.utf8.count <= 5, ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(value.lowercased()) { return false }
        // Numbers, dates and anything else YAML might read as other than text.
        if first.properties.numericType != nil || first == "." || first == "+" {
            return hasHanzi && !hasDashOrColon
        }
        return true
    }
}

extension String {
    fileprivate func zeroPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Takes out what converters and web pages leave in a speech that is not the speech:
/// pinyin after characters (會(huì)議), page furniture (来源：…, 免责声明, 展开全部, lists of
/// related titles, “N个回答”), and sets half-width punctuation in Chinese text full-width.
/// Everything it takes out is returned, so that the output can list it.
enum DebrisCleaner {
    struct Result {
        var paragraphs: [SourceParagraph]
        var removed: [RemovedText]
        /// Half-width marks set full-width, full-width letters and digits set half-width.
        var punctuationFixed: Int
    }

    static func clean(_ paragraphs: [SourceParagraph]) -> Result {
        var kept: [SourceParagraph] = []
        var removed: [RemovedText] = []
        var fixed = 0
        // After 相关阅读 and the like, the short lines that follow are article titles.
        var inRelatedList = false
        for var paragraph in paragraphs {
            let text = paragraph.text
            if let reason = furniture(text) {
                removed.append(RemovedText(paragraph: paragraph.number, reason: reason, text: text))
                inRelatedList = isListHeader(text)
                continue
            }
            if inRelatedList, looksLikeArticleTitle(text) {
                removed.append(RemovedText(paragraph: paragraph.number, reason: "相关文章标题", text: text))
                continue
            }
            inRelatedList = false
            // Most paragraphs of a clean document have nothing to take out or set: one pass over
            // their bytes says so, and they are kept as they are.
            guard mayNeedCleaning(text) else {
                kept.append(paragraph)
                continue
            }
            var scalars = Array(text.unicodeScalars)
            for token in inlineFurniture {
                let tokenScalars = Array(token.unicodeScalars)
                while let range = firstRange(of: tokenScalars, in: scalars) {
                    scalars.removeSubrange(range)
                    removed.append(RemovedText(paragraph: paragraph.number, reason: "网页按钮", text: token))
                }
            }
            for invisible in removeInvisible(&scalars) {
                removed.append(RemovedText(paragraph: paragraph.number, reason: "不可见字符", text: invisible))
            }
            for pinyin in removePinyin(&scalars) {
                removed.append(RemovedText(paragraph: paragraph.number, reason: "注音", text: pinyin))
            }
            fixed += normalizeWidths(&scalars)
            paragraph.text = SourceCharacters.trimmed(SourceCharacters.string(scalars))
            if !paragraph.text.isEmpty { kept.append(paragraph) }
        }
        return Result(paragraphs: kept, removed: removed, punctuationFixed: fixed)
    }

    /// Whether the text has anything `clean` would change: an ASCII mark or space, a
    /// full-width letter, digit or space, a full-width bracket (pinyin), or a button's words.
    static func mayNeedCleaning(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            switch byte {
            case 0x00...0x08, 0x0B...0x1F, 0x7F, 0x20, 0x21, 0x28, 0x29, 0x2C, 0x3A, 0x3B, 0x3F: return true
            default: break
            }
            // C1 controls (C2 80–9F), U+200B–U+200F and U+2028–U+202E (E2 80 xx), U+FEFF (EF BB BF),
            // U+FFFE and U+FFFF (EF BF BE/BF).
            if previous.1 == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if previous == (0xE2, 0x80), (0x8B...0x8F).contains(byte) || (0xA8...0xAE).contains(byte) { return true }
            if previous == (0xEF, 0xBB), byte == 0xBF { return true }
            if previous == (0xEF, 0xBF), byte == 0xBE || byte == 0xBF { return true }
            // U+FF08 （, U+FF10–FF19, U+FF21–FF3A (EF BC xx), U+FF41–FF5A (EF BD xx), U+3000 (E3 80 80).
            if previous == (0xEF, 0xBC), byte == 0x88 || (0x90...0x99).contains(byte) || (0xA1...0xBA).contains(byte) { return true }
            if previous == (0xEF, 0xBD), (0x81...0x9A).contains(byte) { return true }
            if previous == (0xE3, 0x80), byte == 0x80 { return true }
            previous = (previous.1, byte)
        }
        return inlineFurnitureBytes.contains { containsBytes(text, $0) }
    }

    static let inlineFurnitureBytes = inlineFurniture.map { Array($0.utf8) }

    static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    // MARK: Page furniture

    /// Paragraphs that begin like this are the page around the speech, not the speech.
    static let furniturePrefixes = [
        "来源：", "来源:", "稿件来源", "文章来源", "信息来源", "责任编辑", "编辑：", "编辑:", "作者：", "作者:",
        "发布时间", "发布日期", "发表时间", "更新时间", "浏览次数", "阅读次数", "阅读量", "点击数", "访问量",
        "免责声明", "版权声明", "版权所有", "声明：", "本文来源", "本文来自", "原标题", "分享到", "分享：", "扫一扫",
        "打印本页", "关闭窗口", "【打印】", "【关闭】", "【字体", "上一篇", "下一篇", "返回顶部", "当前位置", "您的位置",
        "首页 >", "首页>", "首页 ›", "相关阅读", "相关文章", "相关推荐", "推荐阅读", "猜你喜欢", "热门文章", "相关新闻",
        "延伸阅读", "网友评论", "发表评论", "我要评论", "查看更多", "展开全部", "收起", "举报", "点赞", "收藏",
        "微信扫一扫", "手机版", "本站", "Copyright", "copyright", "©",
    ]

    static let listHeaders = ["相关阅读", "相关文章", "相关推荐", "推荐阅读", "猜你喜欢", "热门文章", "相关新闻", "延伸阅读"]

    /// Buttons that sit inside a paragraph's text when a page is copied.
    static let inlineFurniture = ["展开全部", "收起全部", "阅读全文", "点击展开", "查看全文"]

    /// Why the whole paragraph is furniture, or nil when it is text.
    /// The first characters the prefixes start with: most paragraphs are ruled out by one look.
    static let furnitureStarts = Set(furniturePrefixes.compactMap { $0.unicodeScalars.first })

    static func furniture(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first else { return nil }
        if furnitureStarts.contains(first), furniturePrefixes.contains(where: { text.hasPrefix($0) }) {
            return text.hasPrefix("免责声明") || text.hasPrefix("版权") || text.hasPrefix("声明") ? "免责声明" : "网页信息"
        }
        if first == "h" || first == "H" || first == "w" || first == "W" {
            let lower = String(text.prefix(8)).lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return "网址" }
        }
        // “12个回答”, “3 条评论”, “1024人浏览”, “赞(5)”: counters from question and answer pages.
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index].properties.numericType != nil || scalars[index] == " " { index += 1 }
        if index > 0 {
            let rest = SourceCharacters.string(scalars[index...])
            if ["个回答", "条回答", "条评论", "人浏览", "人阅读", "次浏览", "次阅读", "人赞同", "个赞", "人关注"].contains(rest) { return "网页计数" }
        }
        return nil
    }

    static func isListHeader(_ text: String) -> Bool { listHeaders.contains(where: { text.hasPrefix($0) }) }

    /// A related article's title: short, no sentence inside it.
    static func looksLikeArticleTitle(_ text: String) -> Bool {
        text.count <= 40 && !text.unicodeScalars.contains(where: { ["。", "！", "？", "，"].contains($0) })
    }

    static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start..<start + needle.count }
        }
        return nil
    }

    // MARK: Invisible characters

    /// Takes out characters no document shows and a web page or a converter leaves behind:
    /// control characters (a tab is kept, as a space later), zero-width spaces and joiners,
    /// direction marks, a byte-order mark inside the text, U+FFFE and U+FFFF, line and
    /// paragraph separators. Returns each as `U+XXXX`.
    static func removeInvisible(_ scalars: inout [Unicode.Scalar]) -> [String] {
        var removed: [String] = []
        scalars.removeAll { scalar in
            let value = scalar.value
            let invisible = (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
                || (0x2028...0x202E).contains(value) || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
            if invisible { removed.append("U+" + String(value, radix: 16, uppercase: true).zeroFilled(to: 4)) }
            return invisible
        }
        return removed
    }

    // MARK: Pinyin

    static let toneVowels: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars)

    /// Removes `(huì)` and `（yì）` that follow a character: pinyin that a converter or a
    /// reading aid left in. A bracket of lowercase letters with a tone mark or a tone digit
    /// is pinyin; `（PPP）` or `（试行）` is not touched.
    static func removePinyin(_ scalars: inout [Unicode.Scalar]) -> [String] {
        var removed: [String] = []
        var index = 1
        while index < scalars.count {
            let open = scalars[index]
            guard (open == "(" || open == "（"), SourceCharacters.isHanzi(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index + 1
            var letters = 0, tones = 0
            while end < scalars.count, end - index <= 30 {
                let scalar = scalars[end]
                if scalar == ")" || scalar == "）" { break }
                if (0x61...0x7A).contains(scalar.value) { letters += 1 }
                else if toneVowels.contains(scalar) { letters += 1; tones += 1 }
                else if (0x31...0x35).contains(scalar.value) { tones += 1 }
                else if scalar == " " || scalar == "'" { }
                else { letters = -1; break }
                end += 1
            }
            if letters > 0, tones > 0, end < scalars.count, scalars[end] == ")" || scalars[end] == "）" {
                removed.append(SourceCharacters.string(scalars[index...end]))
                scalars.removeSubrange(index...end)
            } else {
                index += 1
            }
        }
        return removed
    }

    // MARK: Widths

    /// Sets , ; : ? ! ( ) next to Chinese text full-width (brackets by pairs), full-width
    /// letters, digits and spaces half-width, and drops the spaces a web page puts between
    /// characters. Returns how many changes it made.
    static func normalizeWidths(_ scalars: inout [Unicode.Scalar]) -> Int {
        var changes = 0
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var openBrackets: [Bool] = []
        func isChinese(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return SourceCharacters.isHanzi(scalar) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value)
                || (0xFF1A...0xFF20).contains(scalar.value) || scalar == "“" || scalar == "”" || scalar == "、"
        }
        for (index, scalar) in scalars.enumerated() {
            let previous = output.last
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            var replacement = scalar
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                replacement = Unicode.Scalar(scalar.value - 0xFEE0)!
            default:
                switch scalar {
                case ",": if isChinese(previous) || isChinese(next) { replacement = "，" }
                case ";": if isChinese(previous) || isChinese(next) { replacement = "；" }
                case "?": if isChinese(previous) { replacement = "？" }
                case "!": if isChinese(previous) { replacement = "！" }
                case ":":
                    // 10:30 stays; 来源: 某某 does not reach here (furniture).
                    if isChinese(previous) { replacement = "：" }
                case "(":
                    let converts = isChinese(previous) || isChinese(next)
                    openBrackets.append(converts)
                    if converts { replacement = "（" }
                case ")":
                    // Brackets by pairs: a ) closes its own (, full-width when that one became （.
                    if let opened = openBrackets.popLast() {
                        if opened { replacement = "）" }
                    } else if isChinese(previous) || isChinese(next) {
                        replacement = "）"
                    }
                case " ", "\u{3000}":
                    // Between two characters, or beside full-width punctuation, a space is debris.
                    if isChinese(previous) && isChinese(next) || (previous.map { isChinese($0) && !SourceCharacters.isHanzi($0) } ?? false)
                        || (next.map { isChinese($0) && !SourceCharacters.isHanzi($0) } ?? false) {
                        changes += 1
                        continue
                    }
                default: break
                }
            }
            if replacement != scalar { changes += 1 }
            output.append(replacement)
        }
        scalars = output
        return changes
    }
}

extension String {
    fileprivate func zeroFilled(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Punctuation that a Chinese document would print wrong: half-width marks among Chinese
/// characters, and quotation marks, title marks and brackets without their other half.
enum PunctuationRules {
    /// The full-width form of a half-width mark that has one. (A switch: a dictionary's
    /// first use costs a runtime conformance lookup worth more than the rule's whole work.)
    static func fullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case ",": "，"
        case ";": "；"
        case ":": "："
        case "?": "？"
        case "!": "！"
        case "(": "（"
        case ")": "）"
        default: nil
        }
    }
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("【", "】"),
    ]

    static func diagnostics(for text: Text, skippingPrefix prefix: Int) -> [Diagnostic] {
        diagnostics(for: text, scalars: ScalarText.scalars(text.value), skippingPrefix: prefix)
    }

    /// The same, over the text's scalars decoded once by the caller for every rule.
    static func diagnostics(for text: Text, scalars: [Unicode.Scalar], skippingPrefix prefix: Int) -> [Diagnostic] {
        return halfWidth(in: scalars, of: text, from: prefix) + unbalanced(in: scalars, of: text)
    }

    /// A half-width mark that Chinese text prints full-width, each reported where it stands.
    private static func halfWidth(in scalars: [Unicode.Scalar], of text: Text, from start: Int) -> [Diagnostic] {
        corrections(in: scalars, from: start).map { correction in
            Diagnostic(.halfWidthPunctuation(correction.found, fullWidth: correction.replacement),
                       at: text.location(ofScalarAt: correction.index))
        }
    }

    /// One half-width mark to be printed full-width: its place among the text's scalars.
    struct Correction: Equatable {
        var index: Int
        var found: Unicode.Scalar
        var replacement: Unicode.Scalar
    }

    /// The half-width marks of `scalars` (from `start` on) that stand in Chinese: the
    /// nearest neighbour on either side, spaces skipped, is Chinese. `10:30`, `http://…`
    /// and English sentences are left alone. Brackets and straight double quotes go by
    /// pairs, so that `(GDP)增长` becomes `（GDP）增长`, never `(GDP）增长`, and `"好"`
    /// becomes `“好”`.
    ///
    /// The rule that reports them and the fix that changes them share this one answer, so
    /// that a fixed text has nothing left to report.
    static func corrections(in scalars: [Unicode.Scalar], from start: Int = 0) -> [Correction] {
        // Most texts have no half-width mark in Chinese at all: one pass over the text as
        // typed finds that out (a turn only ever makes a neighbour Chinese, so a text with
        // no candidate here has none after turns either). A straight quote counts when the
        // text has any Chinese, since what it quotes may be.
        var candidate = false
        var quoted = false, chinese = false
        for index in scalars.indices.dropFirst(start) {
            let scalar = scalars[index]
            guard scalar.isASCII else {
                if !chinese, isChinese(scalar) { chinese = true }
                continue
            }
            if scalar == "\"" { quoted = true; continue }
            guard scalar == "." || fullWidth(scalar) != nil else { continue }
            if (index > 0 && isChinese(scalars[index - 1])) || (index + 1 < scalars.count && isChinese(scalars[index + 1]))
                || scalars[max(0, index - 1)] == " " || (index + 1 < scalars.count && scalars[index + 1] == " ") {
                candidate = true
                break
            }
        }
        guard candidate || (quoted && (chinese || scalars.contains(where: isChinese))) else { return [] }
        var text = scalars
        var replaced = [Unicode.Scalar?](repeating: nil, count: text.count)
        func standsInChinese(_ index: Int) -> Bool {
            var before = index - 1
            while before >= 0, text[before] == " " { before -= 1 }
            var after = index + 1
            while after < text.count, text[after] == " " { after += 1 }
            return (before >= 0 && isChinese(text[before])) || (after < text.count && isChinese(text[after]))
        }
        // A full stop typed as `.` right after a hanzi, with the text ending or Chinese
        // going on after it: never 1.5万, 3.2%, www.gov.cn or an English sentence.
        func endsChineseSentence(_ index: Int) -> Bool {
            guard index > 0, isHan(text[index - 1]) else { return false }
            var after = index + 1
            while after < text.count, text[after] == " " { after += 1 }
            return after == text.count || isChinese(text[after])
        }
        func replace(_ index: Int, with replacement: Unicode.Scalar) {
            replaced[index] = replacement
            text[index] = replacement
        }
        // Single marks, left to right and back again: a mark next to one just made
        // full-width (好?! → 好？！) stands in Chinese too.
        func singleMarks() {
            for index in Array(text.indices.dropFirst(start)) + text.indices.dropFirst(start).reversed() {
                let scalar = scalars[index]
                guard replaced[index] == nil else { continue }
                if scalar == "." {
                    if endsChineseSentence(index) { replace(index, with: "。") }
                    continue
                }
                guard scalar != "(", scalar != ")", let full = fullWidth(scalar) else { continue }
                if standsInChinese(index) { replace(index, with: full) }
            }
        }
        singleMarks()
        // Brackets as pairs: either half standing in Chinese turns both.
        var open: [Int] = []
        for index in text.indices.dropFirst(start) {
            if scalars[index] == "(" {
                open.append(index)
            } else if scalars[index] == ")" {
                if let opening = open.popLast() {
                    if standsInChinese(opening) || standsInChinese(index) {
                        replace(opening, with: "（")
                        replace(index, with: "）")
                    }
                } else if standsInChinese(index) {
                    replace(index, with: "）")
                }
            }
        }
        for opening in open where standsInChinese(opening) { replace(opening, with: "（") }
        // Straight double quotes: the first of each two opens, the second closes; a pair
        // turns when either quote stands in Chinese or what it quotes is Chinese.
        let quotes = text.indices.dropFirst(start).filter { scalars[$0] == "\"" }
        var pairStart = 0
        while pairStart + 1 < quotes.count {
            let (opening, closing) = (quotes[pairStart], quotes[pairStart + 1])
            if standsInChinese(opening) || standsInChinese(closing)
                || text[(opening + 1)..<closing].contains(where: isChinese) {
                replace(opening, with: "“")
                replace(closing, with: "”")
            }
            pairStart += 2
        }
        if pairStart < quotes.count, standsInChinese(quotes[pairStart]) {
            let lone = quotes[pairStart]
            let opens = lone + 1 < text.count && isChinese(text[lone + 1])
            replace(lone, with: opens ? "“" : "”")
        }
        // Once more, for a mark beside a bracket or quote just turned: （见附件1）!
        singleMarks()
        return replaced.indices.compactMap { index in
            replaced[index].map { Correction(index: index, found: scalars[index], replacement: $0) }
        }
    }

    /// Han characters alone, without punctuation.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Han characters and full-width Chinese punctuation.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60, 0x20000...0x2FFFF,
             0x2018, 0x2019, 0x201C, 0x201D:
            true
        default:
            false
        }
    }

    /// Matches openings and closings like brackets: a closing mark with no opening before
    /// it, and an opening mark never closed, are each reported where they stand.
    private static func unbalanced(in scalars: [Unicode.Scalar], of text: Text) -> [Diagnostic] {
        var open: [(pair: Int, index: Int)] = []
        var result: [Diagnostic] = []
        for (index, scalar) in scalars.enumerated() {
            // Every mark of a pair is outside ASCII and Han: most scalars stop here.
            if scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) { continue }
            // ’ between Latin letters is an apostrophe (People’s), not a closing quote.
            if scalar == "’", index > 0, index + 1 < scalars.count,
               scalars[index - 1].properties.isAlphabetic && scalars[index - 1].isASCII,
               scalars[index + 1].properties.isAlphabetic && scalars[index + 1].isASCII {
                continue
            }
            if let pair = pairs.firstIndex(where: { $0.open == scalar }) {
                open.append((pair, index))
            } else if let pair = pairs.firstIndex(where: { $0.close == scalar }) {
                guard let match = open.lastIndex(where: { $0.pair == pair }) else {
                    result.append(Diagnostic(.unopenedPair(pairs[pair].open, pairs[pair].close), at: text.location(ofScalarAt: index)))
                    continue
                }
                for unclosed in open[(match + 1)...] {
                    let (opening, closing) = pairs[unclosed.pair]
                    result.append(Diagnostic(.unclosedPair(opening, closing), at: text.location(ofScalarAt: unclosed.index)))
                }
                open.removeSubrange(match...)
            }
        }
        for unclosed in open {
            let (opening, closing) = pairs[unclosed.pair]
            result.append(Diagnostic(.unclosedPair(opening, closing), at: text.location(ofScalarAt: unclosed.index)))
        }
        return result
    }
}

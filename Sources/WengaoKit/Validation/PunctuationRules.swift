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

    /// A half-width mark whose nearest neighbour (spaces skipped) on either side is Chinese.
    /// `10:30`, `http://…` and English sentences are left alone.
    private static func halfWidth(in scalars: [Unicode.Scalar], of text: Text, from start: Int) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for index in scalars.indices where index >= start {
            guard let replacement = fullWidth(scalars[index]) else { continue }
            var before = index - 1
            while before >= 0, scalars[before] == " " { before -= 1 }
            var after = index + 1
            while after < scalars.count, scalars[after] == " " { after += 1 }
            let chineseBefore = before >= 0 && isChinese(scalars[before])
            let chineseAfter = after < scalars.count && isChinese(scalars[after])
            if chineseBefore || chineseAfter {
                result.append(Diagnostic(.halfWidthPunctuation(scalars[index], fullWidth: replacement),
                                         at: text.location(ofScalarAt: index)))
            }
        }
        return result
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

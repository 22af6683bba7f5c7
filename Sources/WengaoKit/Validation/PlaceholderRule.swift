/// Placeholders left in a draft: x人, xx万元, XX社区, ××, XXX, 某某 beside a number or a
/// unit, 【待补】.
///
/// 某某 alone is how these documents name a fictional or withheld unit (某某区, 李某某), so
/// it is a placeholder only where a number belongs: before a unit (某某人次, 某某万元) or
/// beside a digit.
enum PlaceholderRule {
    /// Measure words and units that follow a number in these documents.
    static let units = ScalarSet("人个名件次项家户所台万亿千百元%％天年月日期批条处场篇份起座辆吨亩倍岁套张本位支米公里周季届轮类种笔例")
    /// x X × ｘ Ｘ — a switch, not a set: it is asked for every scalar of every text.
    @inline(__always)
    static func isCross(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "x", "X", "×", "ｘ", "Ｘ": true
        default: false
        }
    }

    /// The placeholders in `text`, over its scalars decoded once by the caller for every rule.
    static func diagnostics(for text: Text, scalars s: [Unicode.Scalar]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var index = 0
        while index < s.count {
            // Only these can start a placeholder; most scalars skip the call.
            if mayStart(s[index]), let length = placeholderLength(in: s, at: index) {
                let found = ScalarText.string(s[index..<(index + length)])
                result.append(Diagnostic(.placeholder(found), at: text.location(ofScalarAt: index)))
                index += length
            } else {
                index += 1
            }
        }
        return result
    }

    @inline(__always)
    private static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        isCross(scalar) || scalar == "某" || scalar == "【" || scalar == "["
    }

    /// The length of a placeholder starting at `index`, if one does.
    static func placeholderLength(in s: [Unicode.Scalar], at index: Int) -> Int? {
        let c = s[index]
        let previous = index > 0 ? s[index - 1] : nil
        if isCross(c) {
            // Part of a longer run, or of a Latin word (box, Linux), is not a start.
            if let previous, isCross(previous) || isLatinLetter(previous) { return nil }
            var end = index
            while end < s.count, isCross(s[end]) { end += 1 }
            let run = s[index..<end]
            let next = end < s.count ? s[end] : nil
            if let next, isLatinLetter(next) { return nil }
            if let next, units.contains(next) { return end - index + unitRun(in: s, from: end) }
            if run.count >= 2, run.allSatisfy({ $0 == "×" }) { return run.count }
            if run.count >= 3 { return run.count }
            if run.count >= 2, let next, PunctuationRules.isChinese(next), run.allSatisfy({ $0 == "X" || $0 == "Ｘ" }) {
                return run.count
            }
            return nil
        }
        if c == "某" {
            if previous == "某" { return nil }
            var end = index
            while end < s.count, s[end] == "某" { end += 1 }
            guard end - index >= 2 else { return nil }
            let next = end < s.count ? s[end] : nil
            if let next, units.contains(next) { return end - index + unitRun(in: s, from: end) }
            if let next, isDigit(next) { return end - index }
            if let previous, isDigit(previous) { return end - index }
            return nil
        }
        if c == "【" || c == "[", index + 1 < s.count, s[index + 1] == "待" {
            let close: Unicode.Scalar = c == "【" ? "】" : "]"
            var end = index + 1
            while end < s.count, end - index <= 8, s[end] != close { end += 1 }
            if end < s.count, s[end] == close { return end - index + 1 }
        }
        return nil
    }

    /// Units written together, as in 万元 or 人次.
    private static func unitRun(in s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < s.count, end - start < 2, units.contains(s[end]) { end += 1 }
        return end - start
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isAlphabetic
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}

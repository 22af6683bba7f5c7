/// Numbering typed by hand at the start of a point.
///
/// The templates number every point themselves (一是, 第一, 一要, 一、, （一）, 1., （1）),
/// so a point that starts with its own number comes out as “一是一是……”.
enum NumberingRule {
    static let numerals = ScalarSet("一二三四五六七八九十")
    static let circled: ClosedRange<UInt32> = 0x2460...0x2473 // ①…⑳

    /// The diagnostic and the length (in scalars) of the numbering found, over the point's
    /// scalars decoded once by the caller for every rule.
    static func diagnostic(for point: Text, scalars: [Unicode.Scalar]) -> (diagnostic: Diagnostic, length: Int)? {
        guard let length = numberingLength(scalars) else { return nil }
        let found = String(String.UnicodeScalarView(scalars[0..<length]))
        return (Diagnostic(.handNumbering(found), at: point.location(ofScalarAt: 0)), length)
    }

    static func numberingLength(_ s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        func run(from start: Int, _ belongs: (Unicode.Scalar) -> Bool) -> Int {
            var end = start
            while end < s.count, belongs(s[end]) { end += 1 }
            return end
        }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        if circled.contains(first.value) { return 1 }
        // 一是 一要 一、 (and 十二是 …)
        if numerals.contains(first) {
            let end = run(from: 0, numerals.contains)
            if end < s.count, "是要、".unicodeScalars.contains(s[end]) { return end + 1 }
            return nil
        }
        // 第一， 第一、 第一是 第一：
        if first == "第" {
            let end = run(from: 1, numerals.contains)
            if end > 1, end < s.count, "，,、是：:．.".unicodeScalars.contains(s[end]) { return end + 1 }
            return nil
        }
        // （一） (一) （1） (1)
        if first == "（" || first == "(" {
            var end = run(from: 1, numerals.contains)
            if end == 1 { end = run(from: 1, isDigit) }
            if end > 1, end < s.count, s[end] == "）" || s[end] == ")" { return end + 1 }
            return nil
        }
        // 1. 1． 1、 1) — but not a decimal such as 1.5万
        if isDigit(first) {
            let end = run(from: 0, isDigit)
            guard end < s.count, ".．、)）".unicodeScalars.contains(s[end]) else { return nil }
            if end + 1 < s.count, isDigit(s[end + 1]) { return nil }
            return end + 1
        }
        return nil
    }
}

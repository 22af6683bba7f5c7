/// The typed numbering a speech or summary marks its points with, found at the start of a
/// sentence: what kind, which number, and where the text after it begins.
struct OrdinalMarker: Equatable {
    /// The kinds, from the highest level down: a lower rank is never nested in a higher one
    /// (一要 sits inside 第一, （1） inside 一是, never the other way round).
    enum Kind: Int, Comparable {
        /// 一、 — the summary's part headings.
        case partHeading = 0
        /// 第一， — the speech's points of 意见.
        case di
        /// （一） — the summary's items.
        case parenthesized
        /// 一是 — the speech's achievements and problems.
        case shi
        /// 一要 — the sub-points of a 第一.
        case yao
        /// 1. — the summary's sub-items.
        case arabic
        /// （1）
        case arabicParenthesized
        /// ①
        case circled

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    var ordinal: Int
    /// The marker as written (`一是`, `（二）`), for the comments.
    var label: String
    /// The index just after the marker and the punctuation that belongs to it.
    var end: Int

    /// The marker starting at `start` of `scalars`, if there is one. Part headings and
    /// `1.` count only at the start of a paragraph: mid-sentence they are a list or a decimal.
    static func match(_ scalars: [Unicode.Scalar], at start: Int, paragraphStart: Bool) -> OrdinalMarker? {
        guard start < scalars.count else { return nil }
        func at(_ index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        func label(_ end: Int) -> String { SourceCharacters.string(scalars[start..<end]) }
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while let scalar = at(index), SourceCharacters.isSpace(scalar) { index += 1 }
            return index
        }
        let first = scalars[start]
        if (0x2460...0x2473).contains(first.value) {
            return OrdinalMarker(kind: .circled, ordinal: Int(first.value - 0x2460) + 1, label: label(start + 1), end: skipSpaces(start + 1))
        }
        if first == "第", let (value, after) = chineseNumber(scalars, from: start + 1),
           let mark = at(after), ["，", "、", ",", "："].contains(mark) {
            return OrdinalMarker(kind: .di, ordinal: value, label: label(after), end: skipSpaces(after + 1))
        }
        if first == "（" || first == "(" {
            if let (value, after) = chineseNumber(scalars, from: start + 1), let close = at(after), close == "）" || close == ")" {
                var end = after + 1
                if at(end) == "、" { end += 1 }
                return OrdinalMarker(kind: .parenthesized, ordinal: value, label: label(after + 1), end: skipSpaces(end))
            }
            if let (value, after) = arabicNumber(scalars, from: start + 1), let close = at(after), close == "）" || close == ")" {
                return OrdinalMarker(kind: .arabicParenthesized, ordinal: value, label: label(after + 1), end: skipSpaces(after + 1))
            }
            return nil
        }
        if let (value, after) = chineseNumber(scalars, from: start), let next = at(after) {
            switch next {
            case "、" where paragraphStart:
                return OrdinalMarker(kind: .partHeading, ordinal: value, label: label(after + 1), end: skipSpaces(after + 1))
            case "是":
                return OrdinalMarker(kind: .shi, ordinal: value, label: label(after + 1), end: after + 1)
            case "要":
                return OrdinalMarker(kind: .yao, ordinal: value, label: label(after + 1), end: after + 1)
            default:
                return nil
            }
        }
        if paragraphStart, let (value, after) = arabicNumber(scalars, from: start), let mark = at(after),
           mark == "." || mark == "．" || mark == "、" {
            // 1.26万户 is a number, not an item.
            if let next = at(after + 1), next.properties.numericType != nil { return nil }
            return OrdinalMarker(kind: .arabic, ordinal: value, label: label(after + 1), end: skipSpaces(after + 1))
        }
        return nil
    }

    /// 一 … 九十九, as written in ordinals (十一, 二十, 二十三).
    static func chineseNumber(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var index = start
        var value = 0
        if index < scalars.count, let digit = digits[scalars[index]] {
            value = digit
            index += 1
        }
        if index < scalars.count, scalars[index] == "十" {
            value = (value == 0 ? 1 : value) * 10
            index += 1
            if index < scalars.count, let digit = digits[scalars[index]] {
                value += digit
                index += 1
            }
        }
        return value > 0 && index - start <= 3 ? (value, index) : nil
    }

    /// 1 … 99 in ASCII or full-width digits.
    static func arabicNumber(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var index = start, value = 0
        while index < scalars.count, index - start < 2 {
            let scalar = scalars[index].value
            if (0x30...0x39).contains(scalar) { value = value * 10 + Int(scalar - 0x30) }
            else if (0xFF10...0xFF19).contains(scalar) { value = value * 10 + Int(scalar - 0xFF10) }
            else { break }
            index += 1
        }
        return index > start && value > 0 ? (value, index) : nil
    }

    /// Where sentences start in a paragraph: its start, and after 。！？；： with any closing
    /// quotation marks or brackets that follow them.
    static func sentenceStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            if ["。", "！", "？", "；", "：", "!", "?", ";"].contains(scalars[index]) {
                var next = index + 1
                while next < scalars.count, ["”", "’", "）", "」", "』", "。"].contains(scalars[next]) { next += 1 }
                while next < scalars.count, SourceCharacters.isSpace(scalars[next]) { next += 1 }
                if next < scalars.count { starts.append(next) }
                index = next
            } else {
                index += 1
            }
        }
        return starts
    }
}

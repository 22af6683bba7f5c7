/// Chinese numerals as ordinals in official documents write them: 一, 十, 十一, 二十, 一百零五.
///
/// Counting words, not financial capitals (壹贰叁): the numbers here count points in a
/// text, so 10–19 read 十…十九, not 一十…一十九, and a zero inside a number is read once
/// (一千零五, 一百零五, 一千零一十).
public enum ChineseNumeral {
    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numeral for `number`, 0 ... 99,999,999.
    public static func string(_ number: Int) -> String {
        precondition(number >= 0 && number < 100_000_000, "ChineseNumeral covers 0 ..< 10^8")
        if number == 0 { return "零" }
        if number >= 10_000 {
            let high = number / 10_000, low = number % 10_000
            var text = string(high) + "万"
            if low > 0 { text += (low < 1_000 ? "零" : "") + belowTenThousand(low, leadingTen: false) }
            return text
        }
        return belowTenThousand(number, leadingTen: true)
    }

    /// 1 ... 9999. `leadingTen` drops the 一 of 一十 when ten is the highest place.
    private static func belowTenThousand(_ number: Int, leadingTen: Bool) -> String {
        let places: [(value: Int, unit: String)] = [(1_000, "千"), (100, "百"), (10, "十"), (1, "")]
        var text = ""
        var pendingZero = false
        var started = false
        for (value, unit) in places {
            let digit = (number / value) % 10
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero { text.append("零"); pendingZero = false }
            if !(digit == 1 && value == 10 && !started && leadingTen) {
                text.append(digits[digit])
            }
            text += unit
            started = true
        }
        return text
    }
}

/// The ways a Chinese official text numbers its points, from the speech's spoken 一是
/// to the summary's heading levels. Each is generated, never typed by the user.
public enum OrdinalStyle: String, Sendable, CaseIterable {
    /// 一是, 二是 … — listing achievements or problems in a speech.
    case shi
    /// 第一, 第二 … — a speech's main opinions.
    case di
    /// 一要, 二要 … — what each opinion asks for.
    case yao
    /// 一、 二、 … — first heading level (黑体).
    case heading
    /// （一）（二）… — second heading level (楷体).
    case parenthesized
    /// 1. 2. … — third heading level.
    case arabic
    /// （1）（2）… — fourth heading level.
    case arabicParenthesized
    /// ①②… — the level below （1）, as in a speech's third level under 一是.
    case circled

    /// The ordinal for the `number`th point, counting from 1.
    public func format(_ number: Int) -> String {
        switch self {
        case .shi: ChineseNumeral.string(number) + "是"
        case .di: "第" + ChineseNumeral.string(number)
        case .yao: ChineseNumeral.string(number) + "要"
        case .heading: ChineseNumeral.string(number) + "、"
        case .parenthesized: "（" + ChineseNumeral.string(number) + "）"
        case .arabic: "\(number)."
        case .arabicParenthesized: "（\(number)）"
        case .circled: Self.circled(number)
        }
    }

    /// ① to ㊿ are single characters in three Unicode runs; past 50, which no level of a
    /// speech reaches (the `many-items` warning starts at 11), the bracketed number.
    private static func circled(_ number: Int) -> String {
        let scalar: UInt32? = switch number {
        case 1...20: 0x2460 + UInt32(number - 1)
        case 21...35: 0x3251 + UInt32(number - 21)
        case 36...50: 0x32B1 + UInt32(number - 36)
        default: nil
        }
        return scalar.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "（\(number)）"
    }

    /// The name a template uses for this style: `{{ordinal.shi}}`, `{{ordinal.heading}}` …
    public var templateKey: String { rawValue }
}

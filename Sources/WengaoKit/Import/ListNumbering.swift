/// Numbers that Word, WPS and LibreOffice draw from a list definition rather than from the
/// text: 一、 and （一） made with the numbering button are not in the paragraph's runs. The
/// readers count them as the application would and put the label in front of the text, so
/// that the structure reader sees what the reader of the document saw.
struct ListNumbering {
    struct Level {
        /// How the number is written: `decimal`, `chineseCounting`, `decimalEnclosedCircle`,
        /// `bullet`, `none` … (WordprocessingML's names; the ODT reader maps its own to them).
        var format: String
        /// The label with `%1`…`%9` standing for the numbers of levels 1…9 (`%1、`, `（%2）`).
        var text: String
        var start: Int = 1
    }

    /// Each list's levels, by the list's id.
    var lists: [String: [Int: Level]] = [:]
    private var counters: [String: [Int: Int]] = [:]

    /// The label of the next paragraph at `level` of list `id`, or nil for a bullet, an
    /// unknown list or a format with no digits.
    mutating func label(list id: String, level: Int) -> String? {
        guard let levels = lists[id], let definition = levels[level], definition.format != "bullet", definition.format != "none" else {
            return nil
        }
        var numbers = counters[id, default: [:]]
        numbers[level] = (numbers[level] ?? (definition.start - 1)) + 1
        // A deeper level starts again after its parent moves on.
        for deeper in numbers.keys where deeper > level { numbers[deeper] = nil }
        counters[id] = numbers
        var label = definition.text
        for index in (0..<9).reversed() where label.contains("%\(index + 1)") {
            let format = levels[index]?.format ?? "decimal"
            let number = numbers[index] ?? levels[index]?.start ?? 1
            label = label.replacingEvery("%\(index + 1)", with: Self.format(number, as: format))
        }
        return label.isEmpty ? nil : label
    }

    /// Forgets where list `id` had got to (an ODT list that does not continue the last).
    mutating func restart(list id: String) { counters[id] = nil }

    static func format(_ number: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital", "taiwaneseCounting",
             "taiwaneseCountingThousand", "japaneseCounting":
            return ChineseNumeral.string(number)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(number) ? String(Unicode.Scalar(0x245F + UInt32(number))!) : String(number)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "upperLetter": return (1...26).contains(number) ? String(Unicode.Scalar(64 + UInt32(number))!) : String(number)
        case "lowerLetter": return (1...26).contains(number) ? String(Unicode.Scalar(96 + UInt32(number))!) : String(number)
        default: return String(number)
        }
    }
}

extension String {
    /// Every `target` replaced; plain scalar work, without Foundation.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

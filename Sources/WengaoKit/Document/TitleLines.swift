/// Breaks a long title into balanced lines, as GB/T 9704 §7.3.3 asks: 梯形 or 菱形,
/// meaning intact, never a line that is much longer than the others.
///
/// Without a dictionary a break can only fall where a word is sure to end: after a
/// punctuation mark, before a run of Latin letters or digits, or after a character that ends
/// names of bodies, periods and phrases in titles (部, 局, 委, 年, 的, 会 …). Among those,
/// the split with the most even lines wins, an upper line longer than the lower one
/// costing a little extra; with no such place the title is split near its middle.
enum TitleLines {
    /// Characters after which a title may break.
    static let wordEnds: Set<Character> = [
        "部", "局", "委", "府", "院", "办", "厅", "署", "会", "区", "县", "市", "省", "镇", "乡", "街", "道", "室",
        "年", "度", "期", "的", "于", "和", "与", "及", "暨", "在", "上", "下", "中", "作", "设", "化", "革", "展",
    ]

    /// Width in full-width characters: Latin letters and digits count half.
    static func width(_ characters: ArraySlice<Character>) -> Double {
        characters.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Double { character.isASCII ? 0.5 : 1 }

    /// The title's lines for a line of `capacity` full-width characters.
    static func lines(_ title: String, capacity: Int) -> [String] {
        let characters = Array(title)
        let total = width(characters[...])
        guard total > Double(capacity), characters.count > 1 else { return [title] }
        let lineCount = Int((total / Double(capacity)).rounded(.up))
        // The search below tries every combination of breaks: fine for the two or three
        // lines a title has, exponential for a paragraph pasted in as a title (the fuzzer
        // found one). Past that, the title is cut evenly by width, in linear time.
        guard lineCount <= maximumSearchedLines else { return evenSplit(characters, into: lineCount, capacity: Double(capacity)) }
        let candidates = breakCandidates(characters)
        if candidates.count <= maximumSearchedCandidates,
           let best = bestSplit(characters, into: lineCount, at: candidates, capacity: Double(capacity)) {
            return best
        }
        // No good place: break evenly by width, whatever the words.
        if characters.count > maximumSearchedCandidates {
            return evenSplit(characters, into: lineCount, capacity: Double(capacity))
        }
        let all = Array(1..<characters.count)
        return bestSplit(characters, into: lineCount, at: all, capacity: Double(capacity)) ?? [title]
    }

    static let maximumSearchedLines = 3
    static let maximumSearchedCandidates = 64

    /// Lines of at most `capacity`, each ending where the running width passes the next
    /// even share of the total.
    static func evenSplit(_ characters: [Character], into count: Int, capacity: Double) -> [String] {
        let share = width(characters[...]) / Double(count)
        var lines: [String] = []
        var current: [Character] = []
        var lineWidth = 0.0
        for character in characters {
            let step = width(of: character)
            if !current.isEmpty, lineWidth + step > min(share.rounded(.up), capacity) {
                lines.append(String(current))
                current = []
                lineWidth = 0
            }
            current.append(character)
            lineWidth += step
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    static func breakCandidates(_ characters: [Character]) -> [Int] {
        var result: [Int] = []
        for index in 1..<characters.count {
            let before = characters[index - 1], after = characters[index]
            // Before a number or a Latin word, never after one: 2026年 and 5G网络 are words.
            let scriptChange = !before.isASCII && after.isASCII
            // Digits and letters in a run are one word: never split 2026 or GDP.
            if before.isASCII && after.isASCII { continue }
            // Never start a line with closing punctuation.
            if isClosingMark(after) { continue }
            if scriptChange || isWordEnd(before) || isBreakingMark(before) {
                result.append(index)
            }
        }
        return result
    }

    /// ，。、；：！？）》”’ — marks a line may not start with.
    private static func isClosingMark(_ character: Character) -> Bool {
        switch singleScalar(character)?.value {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09, 0x300B, 0x201D, 0x2019: true
        default: false
        }
    }

    /// ，、；：）》” — marks a line may end with.
    private static func isBreakingMark(_ character: Character) -> Bool {
        switch singleScalar(character)?.value {
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF09, 0x300B, 0x201D: true
        default: false
        }
    }

    /// `wordEnds.contains`, by a switch for a lone unified ideograph (the common case);
    /// the set is asked only for what could equal a member in another spelling — a
    /// compatibility ideograph (U+F98E equals 年 as a Character) or an ideograph with marks.
    private static func isWordEnd(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        switch first.value {
        case 0x4E00...0x9FFF where scalars.count == 1:
            switch first {
            case "部", "局", "委", "府", "院", "办", "厅", "署", "会", "区", "县", "市", "省", "镇", "乡", "街", "道", "室", "年", "度", "期", "的", "于", "和", "与", "及", "暨", "在", "上", "下", "中", "作", "设", "化", "革", "展": return true
            default: return false
            }
        case 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return wordEnds.contains(character)
        default: return false
        }
    }

    /// The character's scalar when it is one scalar. (None of these marks has another
    /// canonically equivalent spelling, so comparing scalars is comparing characters.)
    private static func singleScalar(_ character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    /// Tries every combination of `count - 1` breaks among `candidates` (titles are short).
    static func bestSplit(_ characters: [Character], into count: Int, at candidates: [Int],
                          capacity: Double) -> [String]? {
        var best: (cost: Double, breaks: [Int])?
        // The width before each character, so that a line's width is one subtraction rather
        // than a walk over its characters for every combination tried. (Widths are
        // multiples of one half, exact in a Double: the differences equal the sums.)
        var widthBefore = [0.0]
        widthBefore.reserveCapacity(characters.count + 1)
        for character in characters { widthBefore.append(widthBefore[widthBefore.count - 1] + width(of: character)) }
        let average = widthBefore[characters.count] / Double(count)
        func search(_ start: Int, from candidateIndex: Int, chosen: [Int]) {
            if chosen.count == count - 1 {
                let bounds = [0] + chosen + [characters.count]
                var widths: [Double] = []
                for i in 0..<count { widths.append(widthBefore[bounds[i + 1]] - widthBefore[bounds[i]]) }
                guard widths.allSatisfy({ $0 <= capacity }) else { return }
                var cost = widths.reduce(0) { $0 + ($1 - average) * ($1 - average) }
                // A trapezium stands on its longer side: the top line should not be the longest.
                if let first = widths.first, let last = widths.last, first > last { cost += 4 }
                if best == nil || cost < best!.cost { best = (cost, chosen) }
                return
            }
            var index = candidateIndex
            while index < candidates.count {
                search(candidates[index], from: index + 1, chosen: chosen + [candidates[index]])
                index += 1
            }
        }
        search(0, from: 0, chosen: [])
        guard let breaks = best?.breaks else { return nil }
        let bounds = [0] + breaks + [characters.count]
        return (0..<count).map { line in
            // Character by character: `String(some Sequence<Character>)` is not specialized,
            // and its first call looks up associated types at run time.
            var text = ""
            for character in characters[bounds[line]..<bounds[line + 1]] { text.append(character) }
            return text
        }
    }
}

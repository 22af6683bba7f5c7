import CICU

/// Breaks a long title into balanced lines, as GB/T 9704 §7.3.3 asks: 梯形 or 菱形,
/// meaning intact, never a line that is much longer than the others.
///
/// A break falls between words, as ICU's dictionary-based word break finds them, and never
/// inside a book title, a quotation, a number with its unit or a date phrase. Among those
/// places the split with the most even lines wins, an upper line longer than the lower one
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
        // A boundary where a title's phrase is sure to end (after 的, 关于, 部, a mark, before
        // a number) is preferred to a bare word boundary inside a phrase (治理 / 能力现代化).
        let heuristic = heuristicBoundaries(characters)
        let strong = Set(heuristic)
        let weakCost = { (index: Int) in strong.contains(index) ? 0.0 : weakBreakCost }
        // The phrase ends alone first: when their best split costs less than one bare word
        // boundary would, no split through ICU's boundaries can beat it, and ICU (whose
        // dictionary takes about a millisecond to open, a fifth of a whole speech) is not asked.
        let phraseEnds = breakCandidates(characters, boundaries: heuristic)
        if phraseEnds.count <= maximumSearchedCandidates,
           let best = bestSplit(characters, into: lineCount, at: phraseEnds, capacity: Double(capacity)),
           best.cost < weakBreakCost {
            return best.lines
        }
        let words = wordBoundaries(characters) ?? heuristic
        for keepingQuotes in [true, false] {
            let candidates = breakCandidates(characters, boundaries: words, keepingQuotes: keepingQuotes)
            if candidates.count <= maximumSearchedCandidates,
               let best = bestSplit(characters, into: lineCount, at: candidates, capacity: Double(capacity), cost: weakCost) {
                return best.lines
            }
        }
        // No good place: break evenly by width, whatever the words.
        if characters.count > maximumSearchedCandidates {
            return evenSplit(characters, into: lineCount, capacity: Double(capacity))
        }
        let all = Array(1..<characters.count)
        return bestSplit(characters, into: lineCount, at: all, capacity: Double(capacity))?.lines ?? [title]
    }

    static let maximumSearchedLines = 3
    /// What a break at a bare word boundary costs, in the squared widths the evenness is
    /// measured in: four characters of imbalance are worth avoiding it.
    static let weakBreakCost = 16.0
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

    /// Where a line of the title may end: at a word boundary (ICU's dictionary-based word
    /// break for Chinese), never inside 《》 or “”, never between a number and its unit or
    /// inside a date phrase (2026年 / 上半年), never before a closing mark. Where ICU cannot
    /// be asked, the boundaries are the hand-made ones (`heuristicBoundaries`).
    ///
    /// - Parameter keepingQuotes: never break inside 《》 or “” (relaxed only when a book
    ///   title is too long for any line that keeps it whole).
    static func breakCandidates(_ characters: [Character], boundaries: [Int], keepingQuotes: Bool = true) -> [Int] {
        var depth = Array(repeating: 0, count: characters.count + 1)
        for (index, character) in characters.enumerated() {
            var level = depth[index]
            switch character {
            case "《", "“", "（", "「": level += 1
            case "》", "”", "）", "」": level = max(0, level - 1)
            default: break
            }
            depth[index + 1] = level
        }
        return boundaries.filter { index in
            guard index > 0, index < characters.count else { return false }
            let before = characters[index - 1], after = characters[index]
            if keepingQuotes, depth[index] > 0 { return false }
            if before.isASCII && after.isASCII && !before.isWhitespace && !after.isWhitespace { return false }
            if isClosingMark(after) { return false }
            // A number with its unit: 2026年, 30%, 5万, 12项.
            if before.isNumber && unitsAfterNumbers.contains(after) { return false }
            // A date phrase: 2026年上半年, 2026年第一季度, 2026年1月至6月, 7月份.
            if index >= 2, characters[index - 2].isNumber, before == "年" || before == "月",
               datePhraseStarts.contains(after) || after.isNumber { return false }
            if before == "第" || after == "年" && before.isNumber { return false }
            // 上半年, 下半年: the hand-made list ends words at 上 and 下 (会上, 乡下).
            if (before == "上" || before == "下") && after == "半" { return false }
            // A span of dates: 1月至6月.
            if before == "至" && after.isNumber || after == "至" { return false }
            return true
        }
    }

    static let unitsAfterNumbers: Set<Character> = ["年", "月", "日", "号", "%", "％", "万", "亿", "个", "项", "名", "人", "元", "次", "期", "届", "季", "周", "家", "户", "件", "条"]
    static let datePhraseStarts: Set<Character> = ["上", "下", "前", "后", "第", "一", "二", "三", "四", "全", "度", "份", "中", "底", "初"]

    /// ICU's word boundaries as character offsets, or nil when ICU cannot open a break
    /// iterator.
    static func wordBoundaries(_ characters: [Character]) -> [Int]? {
        var utf16: [UInt16] = []
        var characterAt: [Int: Int] = [:]
        for (index, character) in characters.enumerated() {
            characterAt[utf16.count] = index
            utf16.append(contentsOf: character.utf16)
        }
        characterAt[utf16.count] = characters.count
        var breaks = [Int32](repeating: 0, count: utf16.count + 2)
        let count = wengao_word_boundaries(utf16, Int32(utf16.count), &breaks, Int32(breaks.count))
        guard count >= 0 else { return nil }
        return breaks[0..<Int(count)].compactMap { characterAt[Int($0)] }
    }

    /// Boundaries without a dictionary: after a punctuation mark, before a run of Latin
    /// letters or digits, or after a character that ends names of bodies, periods and
    /// phrases in titles (部, 局, 委, 年, 的, 会 …).
    static func heuristicBoundaries(_ characters: [Character]) -> [Int] {
        var result: [Int] = []
        for index in 1..<characters.count {
            let before = characters[index - 1], after = characters[index]
            let scriptChange = !before.isASCII && after.isASCII
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
                          capacity: Double, cost breakCost: (Int) -> Double = { _ in 0 }) -> (lines: [String], cost: Double)? {
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
                for index in chosen { cost += breakCost(index) }
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
        guard let (cost, breaks) = best else { return nil }
        let bounds = [0] + breaks + [characters.count]
        let lines = (0..<count).map { line in
            // Character by character: `String(some Sequence<Character>)` is not specialized,
            // and its first call looks up associated types at run time.
            var text = ""
            for character in characters[bounds[line]..<bounds[line + 1]] { text.append(character) }
            return text
        }
        return (lines, cost)
    }
}

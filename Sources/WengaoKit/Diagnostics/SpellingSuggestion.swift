/// The did-you-mean hint: the closest of some known spellings to a mistyped one.
///
/// Input keys (标提 → 标题) and the command line's options and subcommands (`--formt` →
/// `--format`, `speach` → `speech`) are suggested by the same rule, so a typo is caught
/// the same way wherever it is made.
public enum SpellingSuggestion {
    /// The candidate nearest to `spelling` by edit distance on characters, or nil when even
    /// the nearest is more than about a third of the word away (no help, only noise).
    public static func closest(to spelling: String, among candidates: [String]) -> String? {
        let typed = Array(spelling.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate))
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, (max(spelling.count, best.candidate.count) + 2) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance on characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

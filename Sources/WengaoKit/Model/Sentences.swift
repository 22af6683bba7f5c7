/// Where the sentences of a point end, for the templates (a point of several sentences is
/// a run-in head and body text) and for the rules (only the head must be short).
public enum Sentences {
    /// Splits a point of several sentences after its first: at the first 。！？ (or ! ?)
    /// outside quotation marks, brackets and title marks, when text follows. A point of
    /// one sentence is all head.
    public static func first(of point: String) -> (head: String, rest: String) {
        // Walks the scalar view in place: most points are one sentence, and copying each
        // into an array cost more than the rest of the item's values.
        let scalars = point.unicodeScalars
        var depth = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            switch scalar {
            case "“", "（", "(", "《", "‘", "【", "「": depth += 1
            case "”", "）", ")", "》", "’", "】", "」": depth = max(0, depth - 1)
            case "。", "！", "？", "!", "?":
                guard depth == 0 else { continue }
                // A run of marks (？！, ……。) ends the sentence together.
                var end = index
                while end < scalars.endIndex, isSentenceEndRun(scalars[end]) { end = scalars.index(after: end) }
                var restStart = end
                while restStart < scalars.endIndex, scalars[restStart].properties.isWhitespace {
                    restStart = scalars.index(after: restStart)
                }
                guard restStart < scalars.endIndex else { return (point, "") }
                return (String(scalars[..<end]), String(scalars[restStart...]))
            default: break
            }
        }
        return (point, "")
    }

    private static func isSentenceEndRun(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "”", "’", "）": true
        default: false
        }
    }

    /// How many characters, punctuation and spaces not counted, the first sentence of a
    /// point has, counting no further than `limit`.
    public static func headLength(of point: String, upTo limit: Int) -> Int {
        var count = 0, depth = 0
        for scalar in point.unicodeScalars {
            switch scalar {
            case "“", "（", "(", "《", "‘", "【", "「": depth += 1
            case "”", "）", ")", "》", "’", "】", "」": depth = max(0, depth - 1)
            case "。", "！", "？", "!", "?" : if depth == 0 { return count }
            default:
                let properties = scalar.properties
                if !properties.isWhitespace, properties.generalCategory != .otherPunctuation,
                   !(0xFE00...0xFE0F).contains(scalar.value) {
                    count += 1
                    if count >= limit { return count }
                }
            }
        }
        return count
    }

    /// How many sentences a text has: its 。！？ outside quotation marks and brackets, and
    /// a last stretch without one.
    public static func count(in text: String) -> Int {
        var depth = 0, count = 0, pending = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "（", "(", "《", "‘", "【", "「": depth += 1; pending = true
            case "”", "）", ")", "》", "’", "】", "」": depth = max(0, depth - 1)
            case "。", "！", "？", "!", "?":
                if depth == 0, pending { count += 1; pending = false }
            default:
                // Asked only until the sentence has a character: the property look-up is
                // a few hundred instructions a scalar.
                if !pending, !scalar.properties.isWhitespace { pending = true }
            }
        }
        return count + (pending ? 1 : 0)
    }
}

/// Where the sentences of a point end, for the templates (a point of several sentences is
/// a run-in head and body text) and for the rules (only the head must be short).
public enum Sentences {
    /// Splits a point of several sentences after its first: at the first 。！？ (or ! ?)
    /// outside quotation marks, brackets and title marks, when text follows. A point of
    /// one sentence is all head.
    public static func first(of point: String) -> (head: String, rest: String) {
        let scalars = Array(point.unicodeScalars)
        var depth = 0
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "“", "（", "(", "《", "‘", "【", "「": depth += 1
            case "”", "）", ")", "》", "’", "】", "」": depth = max(0, depth - 1)
            case "。", "！", "？", "!", "?":
                guard depth == 0 else { continue }
                // A run of marks (？！, ……。) ends the sentence together.
                var end = index + 1
                while end < scalars.count, "。！？!?”’）".unicodeScalars.contains(scalars[end]) { end += 1 }
                let rest = String(String.UnicodeScalarView(scalars[end...]))
                guard rest.contains(where: { !$0.isWhitespace }) else { return (point, "") }
                let head = String(String.UnicodeScalarView(scalars[..<end]))
                return (head, String(rest.drop { $0.isWhitespace }))
            default: break
            }
        }
        return (point, "")
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
                if !scalar.properties.isWhitespace { pending = true }
            }
        }
        return count + (pending ? 1 : 0)
    }
}

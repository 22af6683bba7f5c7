import WengaoKit

/// A unified diff (`diff -u`) between two versions of a file whose lines correspond one to
/// one, as `wengao fix` makes them: it changes characters within lines and never adds or
/// removes a line. Three lines of context, as `diff -u` gives.
enum UnifiedDiff {
    static let context = 3

    static func text(old: String, new: String, path: String) -> String {
        let before = lines(old), after = lines(new)
        guard before.count == after.count else {
            // Not a fix's change: show it whole rather than pretend the lines correspond.
            return header(path) + "@@ -1,\(before.count) +1,\(after.count) @@\n"
                + before.map { "-" + $0 }.joined() + after.map { "+" + $0 }.joined()
        }
        let changed = before.indices.filter { before[$0] != after[$0] }
        guard !changed.isEmpty else { return "" }
        // Changed lines closer than twice the context share one hunk.
        var hunks: [ClosedRange<Int>] = []
        for line in changed {
            let range = max(0, line - context)...min(before.count - 1, line + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var text = header(path)
        for hunk in hunks {
            text += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            for line in hunk {
                if before[line] == after[line] {
                    text += " " + before[line]
                } else {
                    text += "-" + before[line] + "+" + after[line]
                }
            }
        }
        return text
    }

    /// The path shown with its control characters visible, like every name the tool prints.
    private static func header(_ path: String) -> String {
        let path = DiagnosticFormatter.visible(path)
        return "--- \(path)\n+++ \(path)\n"
    }

    /// The lines with their line ends; a last line without one gets diff's marker.
    private static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current + "\n\\ No newline at end of file\n") }
        return result
    }
}

/// A linear look at the text before it is composed, to refuse what would make composing
/// itself slow or huge.
///
/// The input format only ever needs keys that are plain text, so any sign of a non-text
/// key (`? `, `[..]:`, `*alias :`) is an error here, before composing: comparing such keys
/// to find repetitions would cost as much as their expansion, which for a "billion laughs"
/// alias is exponential. The number of YAML indicators bounds the number of nodes the
/// composer would build, so that count is capped too.
enum YAMLPreflight {
    static func diagnostics(for source: SourceText, limits: InputLimits) -> [Diagnostic] {
        let text = source.scalars
        var diagnostics: [Diagnostic] = []
        var indicators = 0
        var flowDepth = 0
        let indicatorLimit = 2 * limits.maximumNodes
        func at(_ offset: Int) -> SourceLocation {
            let (line, column) = source.lineAndColumn(of: offset)
            return SourceLocation(file: source.path, line: line, column: column)
        }
        for (offset, scalar) in text.enumerated() {
            // Every indicator is ASCII; most of a Chinese report is not.
            guard scalar.isASCII else { continue }
            switch scalar {
            case "-", ":", ",", "[", "{", "?":
                indicators += 1
                if indicators == indicatorLimit + 1 {
                    return [Diagnostic(.tooManyNodes(limit: limits.maximumNodes), at: at(offset))]
                }
            default:
                break
            }
            // Flow brackets nest without indentation, so a short line can nest thousands
            // deep; count them here (quotes are not followed, so this errs towards depth).
            if scalar == "[" || scalar == "{" {
                flowDepth += 1
                if flowDepth > limits.maximumDepth {
                    return [Diagnostic(.tooDeep(limit: limits.maximumDepth), at: at(offset))]
                }
            } else if scalar == "]" || scalar == "}" {
                flowDepth = max(0, flowDepth - 1)
            }
            // Only ? ] } * can start a non-text key; every other scalar skips the call.
            guard scalar == "?" || scalar == "]" || scalar == "}" || scalar == "*", diagnostics.count < 20 else { continue }
            if let problem = complexKey(at: offset, in: text) {
                diagnostics.append(Diagnostic(.complexKey(), at: at(offset), notes: [problem]))
            }
        }
        return diagnostics
    }

    /// A sign, at `offset`, of a key that is not plain text: an explicit `? ` key, a
    /// list or mapping written before `:`, or an alias written before `:`.
    private static func complexKey(at offset: Int, in text: [Unicode.Scalar]) -> String? {
        let scalar = text[offset]
        switch scalar {
        case "?":
            guard startsToken(at: offset, in: text), isSeparator(after: offset, in: text) else { return nil }
            return "“? ”在 YAML 中表示复杂键；若这是文字中的问号，请改用全角“？”"
        case "]", "}":
            guard colonFollows(from: offset + 1, in: text) else { return nil }
            return "方括号或花括号后紧跟“:”，会把列表或映射当作键；键只能是文字"
        case "*":
            guard startsToken(at: offset, in: text) else { return nil }
            var end = offset + 1
            while end < text.count, isAnchorCharacter(text[end]) { end += 1 }
            guard end > offset + 1, colonFollows(from: end, in: text) else { return nil }
            return "别名（*名称）不能用作键"
        default:
            return nil
        }
    }

    /// True when only blanks, or one of `- ? : [ { ,`, stand between the line start and `offset`.
    private static func startsToken(at offset: Int, in text: [Unicode.Scalar]) -> Bool {
        var index = offset - 1
        while index >= 0, text[index] == " " || text[index] == "\t" { index -= 1 }
        if index < 0 || SourceText.isLineBreak(text[index]) { return true }
        return "-?:[{,".unicodeScalars.contains(text[index])
    }

    private static func isSeparator(after offset: Int, in text: [Unicode.Scalar]) -> Bool {
        offset + 1 >= text.count || text[offset + 1] == " " || text[offset + 1] == "\t"
            || SourceText.isLineBreak(text[offset + 1])
    }

    private static func colonFollows(from start: Int, in text: [Unicode.Scalar]) -> Bool {
        var index = start
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        return index < text.count && text[index] == ":"
    }

    /// libyaml's anchor names: ASCII letters, digits, `_` and `-`.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
    }
}

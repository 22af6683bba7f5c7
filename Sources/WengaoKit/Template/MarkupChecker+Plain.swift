extension MarkupChecker {
    /// Whether the template's skeleton is markup that libxml2 would read without complaint
    /// and `structureProblems` would pass: the elements of `MarkupGrammar.swift` each in its
    /// place, with known styles, in the plain subset of XML `MarkupTokenizer` reads.
    ///
    /// A yes skips libxml2, whose reading of a template was a fifth of loading it; a no
    /// proves nothing and sends the skeleton to libxml2 and the structure check, which find
    /// the problem and its line.
    static func isPlainlyWellFormed(_ skeleton: String, styleSheet: StyleSheet) -> Bool {
        guard let tokens = MarkupTokenizer.tokens(of: skeleton) else { return false }
        func known(_ style: String?, in styles: [String: some Any]) -> Bool {
            guard let style else { return false }
            return styles[style] != nil || style.unicodeScalars.contains(placeholder)
        }
        // The open elements, outermost first.
        var open: [MarkupElementName] = []
        var sawRoot = false
        for token in tokens {
            switch token {
            case let .text(_, _, isBlank):
                // Text outside the root must be white space; inside, the structure check
                // reads only elements.
                if open.isEmpty && !isBlank { return false }
            case let .start(element, style, empty):
                // In the one element it may stand in (the root once, alone), written empty
                // when it is an empty element, with a known style where it needs one.
                let rule = element.rule
                guard rule.parent == open.last, empty || !rule.isEmpty else { return false }
                if rule.parent == nil {
                    guard !sawRoot else { return false }
                    sawRoot = true
                }
                switch rule.style {
                case .paragraph: guard known(style, in: styleSheet.paragraphStyles) else { return false }
                case .character: guard known(style, in: styleSheet.characterStyles) else { return false }
                case .none: break
                }
                if !empty { open.append(element) }
            case let .end(element):
                guard open.popLast() == element else { return false }
            }
        }
        return sawRoot && open.isEmpty
    }
}

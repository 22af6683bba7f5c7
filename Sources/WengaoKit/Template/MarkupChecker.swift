/// Checks Wengao's block markup (`MarkupGrammar.swift`) and reads it into paragraphs.
///
/// White space that contains a line break is layout of the template file, not text, and is
/// dropped; other spaces are kept (Latin words need them).
enum MarkupChecker {
    /// Stands in for every character of a Mustache tag while the template's markup is
    /// checked, so columns stay where they are in the file and values are recognisable.
    static let placeholder: Unicode.Scalar = "\u{E000}"

    /// Parses the template with its Mustache tags blanked out and checks the markup around
    /// them, reporting problems at the template's own lines.
    static func checkSkeleton(of source: SourceText, styleSheet: StyleSheet) throws {
        let skeleton = blankingTags(in: source.text)
        // Most templates are plain markup that is plainly right; libxml2 reads the rest and
        // says what is wrong, at the template's lines.
        if isPlainlyWellFormed(skeleton, styleSheet: styleSheet) { return }
        try checkSkeletonThroughLibxml2(skeleton, of: source, styleSheet: styleSheet)
    }

    /// The whole check of a skeleton: libxml2 reads it, then the structure is checked.
    static func checkSkeletonThroughLibxml2(_ skeleton: String, of source: SourceText, styleSheet: StyleSheet) throws {
        let root: MarkupElement
        do {
            root = try MarkupParser.parse(skeleton)
        } catch {
            let column = scalarColumn(line: SourceText(path: source.path, text: skeleton).line(error.line) ?? "",
                                      byteColumn: error.byteColumn)
            throw DiagnosticError(Diagnostic(.templateMarkup(error.message),
                                             at: SourceLocation(file: source.path, line: error.line, column: column)))
        }
        let problems = structureProblems(root, styleSheet: styleSheet)
        if !problems.isEmpty {
            throw DiagnosticError(problems.map { problem in
                Diagnostic(problem.message, at: SourceLocation(file: source.path, line: problem.line, column: 1))
            })
        }
    }

    /// Replaces `{{…}}` and `{{{…}}}` tags by placeholders, keeping line breaks.
    ///
    /// Works on UTF-8 bytes: every delimiter is ASCII, and each scalar of a tag (counted by
    /// its first byte) becomes one blank or placeholder, so columns stay where they were.
    static func blankingTags(in text: String) -> String {
        let bytes = Array(text.utf8)
        let count = bytes.count
        let placeholderBytes = Array(String(Character(placeholder)).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(count)
        var index = 0
        while index < count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "{") else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let braces = index + 2 < count && bytes[index + 2] == UInt8(ascii: "{") ? 3 : 2
            var end = index + 2
            while end < count, !closes(bytes, at: end, braces: braces) { end += 1 }
            end = min(end + braces, count)
            // Sections and comments produce no text of their own: blank them with spaces,
            // which may stand anywhere in XML. A value is a placeholder character.
            let sigil = index + 2 < count ? bytes[index + 2] : UInt8(ascii: " ")
            let isValue = !"!#^/>=".utf8.contains(sigil)
            for byte in bytes[index..<end] where byte & 0xC0 != 0x80 {
                if byte == UInt8(ascii: "\n") {
                    result.append(byte)
                } else if isValue {
                    result += placeholderBytes
                } else {
                    result.append(UInt8(ascii: " "))
                }
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `braces` closing braces start at `index` (a run cut short by the end of the
    /// text does not count).
    private static func closes(_ bytes: [UInt8], at index: Int, braces: Int) -> Bool {
        guard index + braces <= bytes.count else { return false }
        for offset in 0..<braces where bytes[index + offset] != UInt8(ascii: "}") { return false }
        return true
    }

    /// libxml2 counts columns in bytes; diagnostics count characters.
    static func scalarColumn(line: String, byteColumn: Int) -> Int {
        var bytes = 0
        var column = 1
        for scalar in line.unicodeScalars {
            bytes += String(scalar).utf8.count
            if bytes >= byteColumn { return column }
            column += 1
        }
        return max(column, 1)
    }

    struct Problem {
        var message: DiagnosticMessage
        var line: Int
    }

    /// What libxml2's tree breaks of the markup (`MarkupGrammar.swift`): an element outside
    /// the one it may stand in, a missing style, a style the style sheet does not define.
    static func structureProblems(_ root: MarkupElement, styleSheet: StyleSheet) -> [Problem] {
        guard let rootElement = MarkupElementName.named(root.name), rootElement.rule.parent == nil else {
            return [Problem(message: .templateMarkup(MarkupElementName.rootProblem(root.name)), line: root.line)]
        }
        var problems: [Problem] = []
        func checkStyle(_ element: MarkupElement, known: [String]) {
            guard let style = element.attributes["style"] else {
                problems.append(Problem(message: .templateMarkup("<\(element.name)> 缺少 style 属性"), line: element.line))
                return
            }
            if style.unicodeScalars.contains(placeholder) { return }
            if !known.contains(style) {
                problems.append(Problem(message: .unknownStyle(style, known: known.sorted()), line: element.line))
            }
        }
        let paragraphStyles = Array(styleSheet.paragraphStyles.keys)
        let characterStyles = Array(styleSheet.characterStyles.keys)
        func check(_ element: MarkupElement, as name: MarkupElementName) {
            let rule = name.rule
            switch rule.style {
            case .paragraph: checkStyle(element, known: paragraphStyles)
            case .character: checkStyle(element, known: characterStyles)
            case .none: break
            }
            guard rule.misplacedChild != nil else { return }
            for case let .element(child) in element.children {
                if let childName = MarkupElementName.named(child.name), childName.rule.parent == name {
                    check(child, as: childName)
                } else {
                    // What stands where it may not is reported, and not looked into.
                    problems.append(Problem(message: .templateMarkup(rule.misplaced(child.name)), line: child.line))
                }
            }
        }
        check(root, as: rootElement)
        return problems
    }

    /// Reads rendered markup into paragraphs.
    static func paragraphs(from markup: String, templatePath: String, styleSheet: StyleSheet) throws -> [Paragraph] {
        let root: MarkupElement
        do {
            root = try MarkupParser.parse(markup)
        } catch {
            throw DiagnosticError(Diagnostic(.templateMarkup(error.message),
                                             at: SourceLocation(file: templatePath, line: 1, column: 1),
                                             notes: ["在填入输入内容后的第 \(error.line) 行；输入的文字里可能有 XML 不允许的字符"]))
        }
        let problems = structureProblems(root, styleSheet: styleSheet)
        if let first = problems.first {
            throw DiagnosticError(Diagnostic(first.message, at: SourceLocation(file: templatePath, line: 1, column: 1),
                                             notes: ["在填入输入内容后的第 \(first.line) 行"]))
        }
        // The structure is checked: the root holds paragraphs, and a paragraph text, runs
        // and line breaks.
        var result: [Paragraph] = []
        for case let .element(element) in root.children {
            var inlines: [Inline] = []
            for child in element.children {
                switch child {
                case let .text(text):
                    let cleaned = droppingLayoutWhitespace(text)
                    if !cleaned.isEmpty { inlines.append(.text(cleaned, style: nil)) }
                case let .element(inline):
                    switch MarkupElementName.named(inline.name)?.rule.role {
                    case .lineBreak:
                        inlines.append(.lineBreak)
                    case .run:
                        let text = inline.children.map { node -> String in
                            if case let .text(text) = node { return text } else { return "" }
                        }.joined()
                        let cleaned = droppingLayoutWhitespace(text)
                        if !cleaned.isEmpty { inlines.append(.text(cleaned, style: inline.attributes["style"])) }
                    case .root, .paragraph, nil:
                        break
                    }
                }
            }
            // A paragraph whose values were all empty is left out rather than written blank.
            if !inlines.isEmpty { result.append(Paragraph(style: element.attributes["style"] ?? "body", inlines: inlines)) }
        }
        return result
    }

    /// Drops every run of white space that contains a line break.
    static func droppingLayoutWhitespace(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return text }
        var result = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        var pendingHasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pending.append(scalar)
                if scalar == "\n" || scalar == "\r" { pendingHasBreak = true }
            } else {
                if !pendingHasBreak { result.append(contentsOf: pending) }
                pending = String.UnicodeScalarView()
                pendingHasBreak = false
                result.append(scalar)
            }
        }
        if !pendingHasBreak { result.append(contentsOf: pending) }
        return String(result)
    }
}

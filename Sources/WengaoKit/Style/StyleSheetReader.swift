/// Reads a style file and applies it on top of a style sheet.
///
/// The default sheet is itself read this way from an empty one, so a user's file can
/// change any part — a margin, one style's font, a fallback list — and leave the rest.
public enum StyleSheetReader {
    /// Applies the style file at `path` to `base`.
    ///
    /// - Throws: `DiagnosticError` naming the file, line and column of every bad value.
    public static func apply(path: String, to base: StyleSheet) throws -> StyleSheet {
        let source = try SourceText.read(path: path)
        return try apply(source, to: base)
    }

    public static func apply(_ source: SourceText, to base: StyleSheet) throws -> StyleSheet {
        let composed: YAMLComposer.Result
        do {
            composed = try YAMLComposer.compose(source.text)
        } catch {
            throw DiagnosticError(YAMLErrorTranslation.diagnostic(for: error, source: source))
        }
        // A style written twice is ambiguous: say which line to keep instead of guessing.
        let repeated = composed.repeatedKeys.map { $0.diagnostic(file: source.path) }
        if !repeated.isEmpty { throw DiagnosticError(repeated) }
        let root = composed.root
        var reader = Reader(file: source.path, sheet: base)
        if let root { reader.apply(root) }
        if !reader.diagnostics.isEmpty { throw DiagnosticError(reader.diagnostics) }
        return reader.sheet
    }

    private struct Reader {
        let file: String
        var sheet: StyleSheet
        var diagnostics: [Diagnostic] = []

        init(file: String, sheet: StyleSheet) {
            self.file = file
            self.sheet = sheet
        }

        func at(_ node: YAMLNode) -> SourceLocation {
            node.mark.location(in: file)
        }

        mutating func fail(_ key: String, _ problem: String, _ node: YAMLNode) {
            diagnostics.append(Diagnostic(.styleValue(key, problem), at: at(node)))
        }

        func pairs(_ node: YAMLNode) -> [(String, YAMLNode)] {
            guard let mapping = node.mapping else { return [] }
            return mapping.pairs.map { ($0.key.string ?? "", $0.value) }
        }

        mutating func apply(_ root: YAMLNode) {
            guard root.mapping != nil else {
                fail("（顶层）", "应是“键: 值”的映射", root)
                return
            }
            for (key, value) in pairs(root) {
                switch key {
                case "page": page(value)
                case "grid": grid(value)
                case "fonts":
                    for (family, list) in pairs(value) {
                        sheet.fontFallbacks[family] = list.sequence?.nodes.compactMap(\.string) ?? list.string.map { [$0] } ?? []
                    }
                case "latin-font": if let name = value.string { sheet.latinFont = name }
                case "paragraph-styles":
                    for (name, body) in pairs(value) { paragraphStyle(name, body) }
                case "character-styles":
                    for (name, body) in pairs(value) { characterStyle(name, body) }
                default: fail(key, "无法识别的键；可用的键有 page、grid、fonts、latin-font、paragraph-styles、character-styles", value)
                }
            }
        }

        mutating func length(_ key: String, _ node: YAMLNode) -> Double? {
            guard let text = node.string, let value = Length.parse(text) else {
                fail(key, "应是长度，如 37mm、16pt 或 3号", node)
                return nil
            }
            return value
        }

        mutating func number(_ key: String, _ node: YAMLNode, range: ClosedRange<Double>) -> Double? {
            // The unit words 字 and 行 may follow the number. (Filtered by hand, scalar by
            // scalar: Foundation's replacingOccurrences goes through NSString, and building a
            // String from a filtered sequence is not specialized; the first use of either
            // costs run-time type lookups.)
            var text = ""
            for scalar in (node.string ?? "").unicodeScalars where scalar != "字" && scalar != "行" {
                text.unicodeScalars.append(scalar)
            }
            guard let value = Double(text.trimmingWhitespace), range.contains(value) else {
                fail(key, "应是 \(Int(range.lowerBound)) 到 \(Int(range.upperBound)) 之间的数", node)
                return nil
            }
            return value
        }

        mutating func flag(_ key: String, _ node: YAMLNode) -> Bool? {
            switch node.string {
            case "true", "yes", "是": return true
            case "false", "no", "否": return false
            default:
                fail(key, "应是 true 或 false", node)
                return nil
            }
        }

        mutating func page(_ node: YAMLNode) {
            for (key, value) in pairs(node) {
                guard let points = length(key, value) else { continue }
                switch key {
                case "width": sheet.page.width = points
                case "height": sheet.page.height = points
                case "margin-top": sheet.page.marginTop = points
                case "margin-bottom": sheet.page.marginBottom = points
                case "margin-left": sheet.page.marginLeft = points
                case "margin-right": sheet.page.marginRight = points
                case "page-number-gap": sheet.page.pageNumberGap = points
                default: fail(key, "无法识别的页面设置", value)
                }
            }
            if sheet.page.textWidth < 72 || sheet.page.textHeight < 72 {
                fail("page", "页边距过大，版心不足 1 英寸", node)
            }
        }

        mutating func grid(_ node: YAMLNode) {
            for (key, value) in pairs(node) {
                switch key {
                case "lines": if let n = number(key, value, range: 1...80) { sheet.grid.lines = Int(n) }
                case "characters": if let n = number(key, value, range: 1...80) { sheet.grid.characters = Int(n) }
                case "font-size": if let size = length(key, value) { sheet.grid.fontSize = size }
                default: fail(key, "无法识别的版心网格设置", value)
                }
            }
        }

        mutating func paragraphStyle(_ name: String, _ node: YAMLNode) {
            // A new style starts from body text, so a user's extra role needs only what differs.
            var style = sheet.paragraphStyles[name]
                ?? sheet.paragraphStyles["body"].map { base -> ParagraphStyle in
                    var copy = base
                    copy.displayName = name
                    return copy
                }
                ?? ParagraphStyle(displayName: name, font: "仿宋_GB2312", size: 16)
            for (key, value) in pairs(node) {
                switch key {
                case "name": if let text = value.string { style.displayName = text }
                case "font": if let text = value.string { style.font = text }
                case "size": if let size = length(key, value) { style.size = size }
                case "bold": if let bold = flag(key, value) { style.bold = bold }
                case "align":
                    if let alignment = value.string.flatMap(Alignment.init(rawValue:)) {
                        style.alignment = alignment
                    } else {
                        fail(key, "应是 left、center、right 或 justify", value)
                    }
                case "first-line-indent": if let n = number(key, value, range: -10...20) { style.firstLineIndent = n }
                case "left-indent": if let n = number(key, value, range: 0...20) { style.leftIndent = n }
                case "right-indent": if let n = number(key, value, range: 0...20) { style.rightIndent = n }
                case "space-before": if let n = number(key, value, range: 0...10) { style.spaceBefore = n }
                case "space-after": if let n = number(key, value, range: 0...10) { style.spaceAfter = n }
                case "keep-with-next": if let keep = flag(key, value) { style.keepWithNext = keep }
                default: fail(key, "无法识别的段落样式属性", value)
                }
            }
            sheet.paragraphStyles[name] = style
        }

        mutating func characterStyle(_ name: String, _ node: YAMLNode) {
            var style = sheet.characterStyles[name] ?? CharacterStyle(displayName: name)
            for (key, value) in pairs(node) {
                switch key {
                case "name": if let text = value.string { style.displayName = text }
                case "font": style.font = value.string
                case "bold": style.bold = flag(key, value)
                default: fail(key, "无法识别的字符样式属性", value)
                }
            }
            sheet.characterStyles[name] = style
        }
    }
}

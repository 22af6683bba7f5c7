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

        /// The entries of a mapping; anything else where a mapping belongs is an error.
        mutating func pairs(_ key: String, _ node: YAMLNode) -> [(String, YAMLNode)] {
            guard let mapping = node.mapping else {
                fail(key, "应是“键: 值”的映射（下一行缩进写各项）", node)
                return []
            }
            var result: [(String, YAMLNode)] = []
            for pair in mapping.pairs {
                guard let name = pair.key.string else {
                    fail(key, "键应是文字", pair.key)
                    continue
                }
                result.append((name, pair.value))
            }
            return result
        }

        /// A name or font as text a document can hold: no control character, no U+FFFE or
        /// U+FFFF (XML 1.0 forbids them, and an attribute holding one is not well-formed).
        mutating func text(_ key: String, _ node: YAMLNode) -> String? {
            guard let text = node.string, !text.isEmpty else {
                fail(key, "应是文字", node)
                return nil
            }
            return clean(key, text, node) ? text : nil
        }

        /// Whether `text` holds nothing a document cannot (reported at `node` otherwise).
        mutating func clean(_ key: String, _ text: String, _ node: YAMLNode) -> Bool {
            if let bad = text.unicodeScalars.first(where: Self.isForbidden) {
                fail(key, "含有文稿无法写入的字符 \(Self.codePoint(bad))（控制字符或 U+FFFE、U+FFFF）", node)
                return false
            }
            return true
        }

        /// A style's name as the documents use it for an id (DOCX `w:styleId`, ODT
        /// `style:name`, an XML name): letters, digits, `-`, `_` and `.`, not starting with a
        /// digit, `-` or `.`.
        mutating func styleName(_ name: String, _ node: YAMLNode) -> Bool {
            let scalars = Array(name.unicodeScalars)
            let isNameCharacter = { (scalar: Unicode.Scalar) in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.".unicodeScalars.contains(scalar)
            }
            guard let first = scalars.first, !Self.isForbidden(first), first.properties.isAlphabetic || first == "_",
                  scalars.allSatisfy({ !Self.isForbidden($0) && isNameCharacter($0) }) else {
                fail(name, "样式名只能用字母、汉字、数字、- 和 _，并以字母、汉字或 _ 开头", node)
                return false
            }
            return true
        }

        static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }

        static func codePoint(_ scalar: Unicode.Scalar) -> String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }

        mutating func apply(_ root: YAMLNode) {
            guard root.mapping != nil else {
                fail("（顶层）", "应是“键: 值”的映射", root)
                return
            }
            for (key, value) in pairs("（顶层）", root) {
                switch key {
                case "page": page(value)
                case "grid": grid(value)
                case "fonts":
                    for (family, list) in pairs(key, value) {
                        guard clean(key, family, list) else { continue }
                        if let sequence = list.sequence {
                            sheet.fontFallbacks[family] = sequence.nodes.compactMap { text(family, $0) }
                        } else if let single = text(family, list) {
                            sheet.fontFallbacks[family] = [single]
                        }
                    }
                case "latin-font": if let name = text(key, value) { sheet.latinFont = name }
                case "font-profile":
                    if let profile = value.string.flatMap(FontProfile.init(word:)) {
                        sheet.fontProfile = profile
                    } else {
                        fail(key, "应是 windows、xinchuang 或 free", value)
                    }
                case "paragraph-styles":
                    for (name, body) in pairs(key, value) where styleName(name, body) { paragraphStyle(name, body) }
                case "character-styles":
                    for (name, body) in pairs(key, value) where styleName(name, body) { characterStyle(name, body) }
                default: fail(key, "无法识别的键；可用的键有 page、grid、fonts、font-profile、latin-font、paragraph-styles、character-styles", value)
                }
            }
        }

        /// A length within `range` (points), said in millimetres or points as `unit` says.
        mutating func length(_ key: String, _ node: YAMLNode, range: ClosedRange<Double>, unit: LengthUnit = .points) -> Double? {
            guard let text = node.string, let value = Length.parse(text), value.isFinite else {
                fail(key, "应是长度，如 37mm、16pt 或 3号", node)
                return nil
            }
            guard range.contains(value) else {
                fail(key, "应在 \(unit.describe(range.lowerBound)) 到 \(unit.describe(range.upperBound)) 之间", node)
                return nil
            }
            return value
        }

        enum LengthUnit {
            case points, millimetres
            func describe(_ points: Double) -> String {
                switch self {
                case .points: "\(Int(points.rounded()))pt"
                case .millimetres: "\(Int((points * 25.4 / 72).rounded()))mm"
                }
            }
        }

        static let pageSide = StyleValueRange.pageSide
        static let margin = StyleValueRange.margin
        static let pageNumberGap = StyleValueRange.pageNumberGap
        static let typeSize = StyleValueRange.typeSize

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

        /// A whole number within `range`.
        mutating func whole(_ key: String, _ node: YAMLNode, range: ClosedRange<Double>) -> Int? {
            guard let value = number(key, node, range: range) else { return nil }
            guard value == value.rounded() else {
                fail(key, "应是整数", node)
                return nil
            }
            return Int(value)
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
            for (key, value) in pairs("page", node) {
                let range = switch key {
                case "width", "height": Self.pageSide
                case "page-number-gap": Self.pageNumberGap
                default: Self.margin
                }
                guard ["width", "height", "margin-top", "margin-bottom", "margin-left", "margin-right", "page-number-gap"].contains(key) else {
                    fail(key, "无法识别的页面设置", value)
                    continue
                }
                guard let points = length(key, value, range: range, unit: .millimetres) else { continue }
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
            for (key, value) in pairs("grid", node) {
                switch key {
                case "lines": if let n = whole(key, value, range: 1...80) { sheet.grid.lines = n }
                case "characters": if let n = whole(key, value, range: 1...80) { sheet.grid.characters = n }
                case "font-size": if let size = length(key, value, range: Self.typeSize) { sheet.grid.fontSize = size }
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
            for (key, value) in pairs(name, node) {
                switch key {
                case "name": if let text = text(key, value) { style.displayName = text }
                case "font": if let text = text(key, value) { style.font = text }
                case "size": if let size = length(key, value, range: Self.typeSize) { style.size = size }
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
            for (key, value) in pairs(name, node) {
                switch key {
                case "name": if let text = text(key, value) { style.displayName = text }
                case "font": if let text = text(key, value) { style.font = text }
                case "bold": style.bold = flag(key, value)
                default: fail(key, "无法识别的字符样式属性", value)
                }
            }
            sheet.characterStyles[name] = style
        }
    }
}

/// The ranges of a style file's lengths, in points (Docs/validation.md lists them in
/// millimetres; `DocumentedLimitsTests` holds the two together).
enum StyleValueRange {
    /// Word's largest page is 22 inches a side; LibreOffice's is larger.
    static let pageSide: ClosedRange<Double> = 72...1584
    static let margin: ClosedRange<Double> = 0...1584
    static let pageNumberGap: ClosedRange<Double> = 0...144
    /// From 七号 and smaller up to twice 初号.
    static let typeSize: ClosedRange<Double> = 4...84
}

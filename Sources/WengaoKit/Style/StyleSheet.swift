/// Page geometry, the line-and-character grid, and the look of every named style.
///
/// The GB/T 9704-2012 default lives in `Templates/gbt9704.style.yaml`; a user's style file
/// is applied on top of it and may change any part. Lengths are kept in points.
public struct StyleSheet: Sendable, Equatable {
    public var page = PageGeometry()
    public var grid = Grid()
    /// Fallbacks for each font family, tried in order where the first is missing.
    public var fontFallbacks: [String: [String]] = [:]
    /// The typefaces the styles' fonts were set to (`FontProfile`); the style files name the
    /// windows faces, and `applying(_:)` renames them.
    public var fontProfile = FontProfile.windows
    /// The font for Latin letters and digits in every style.
    public var latinFont = "Times New Roman"
    public var paragraphStyles: [String: ParagraphStyle] = [:]
    public var characterStyles: [String: CharacterStyle] = [:]

    public init() {}

    /// Characters a line holds at `size`, and the tracking that makes exactly
    /// `grid.characters` of the grid's size fit the text block.
    ///
    /// 28 characters of 16 pt are 448 pt, wider than the 442 pt block; GB/T 9704 asks for 28
    /// all the same, so glyphs are set slightly closer. The value is rounded down to a
    /// twentieth of a point (Word's unit), so that rounding can never push the 28th
    /// character onto the next line.
    public var gridLetterSpacing: Double {
        let pitch = page.textWidth / Double(grid.characters)
        let spacing = pitch - grid.fontSize
        return (spacing * 20).rounded(.down) / 20
    }

    /// The distance between baselines that makes `grid.lines` lines fill the text block.
    ///
    /// Rounded down to a twentieth of a point, for the same reason as the letter spacing.
    public var linePitch: Double {
        (page.textHeight / Double(grid.lines) * 20).rounded(.down) / 20
    }

    /// The width of one grid character: the unit of indents.
    public var characterPitch: Double { grid.fontSize + gridLetterSpacing }

    /// Letter spacing for text of `size`: the grid's tracking for grid-sized text, none
    /// for titles and page numbers, which GB/T 9704 places by other rules.
    public func letterSpacing(forSize size: Double) -> Double {
        size == grid.fontSize ? gridLetterSpacing : 0
    }

    /// Whether lines of the style named `role` snap to the line grid.
    ///
    /// Grid-size text snaps. Larger text does not: in LibreOffice a 2号 title line is taller
    /// than a grid line and would take two, while Word never snaps a line of exact height.
    /// Its exact one-pitch line height keeps it on the grid in both. Page numbers sit
    /// below the text block, outside the grid.
    public func snapsToGrid(role: String) -> Bool {
        role != "page-number" && paragraphStyles[role].map { $0.size == grid.fontSize } ?? true
    }

    /// The exact line height of the style named `role`: one grid pitch, except the page
    /// number, whose line is as high as its type.
    public func lineHeight(role: String) -> Double {
        role == "page-number" ? paragraphStyles[role]?.size ?? 14 : linePitch
    }
}

/// A4 and the GB/T 9704 margins, in points.
public struct PageGeometry: Sendable, Equatable {
    public var width = Length.millimetres(210)
    public var height = Length.millimetres(297)
    public var marginTop = Length.millimetres(37)
    public var marginBottom = Length.millimetres(35)
    public var marginLeft = Length.millimetres(28)
    public var marginRight = Length.millimetres(26)
    /// From the bottom of the text block to the top of the page number (GB/T 9704 §7.5: 7 mm).
    public var pageNumberGap = Length.millimetres(7)

    public var textWidth: Double { width - marginLeft - marginRight }
    public var textHeight: Double { height - marginTop - marginBottom }
}

/// GB/T 9704's grid: so many lines a page, so many characters a line, of one size.
public struct Grid: Sendable, Equatable {
    public var lines = 22
    public var characters = 28
    public var fontSize = 16.0
}

public enum Alignment: String, Sendable, Equatable {
    case left, center, right, justify
}

/// How a paragraph role looks.
public struct ParagraphStyle: Sendable, Equatable {
    /// The name users see in Word's and LibreOffice's style list (正文, 一级标题 …).
    public var displayName: String
    public var font: String
    public var size: Double
    public var bold = false
    public var alignment = Alignment.justify
    /// First-line indent in grid characters (2 for body text).
    public var firstLineIndent = 0.0
    /// Indents in grid characters.
    public var leftIndent = 0.0
    public var rightIndent = 0.0
    /// Blank lines before and after, in grid lines.
    public var spaceBefore = 0.0
    public var spaceAfter = 0.0
    /// Keep on the same page as the next paragraph (headings).
    public var keepWithNext = false

    public init(displayName: String, font: String, size: Double) {
        self.displayName = displayName
        self.font = font
        self.size = size
    }
}

/// How an emphasised run looks: the lead clause of a point.
public struct CharacterStyle: Sendable, Equatable {
    public var displayName: String
    public var font: String?
    public var bold: Bool?

    public init(displayName: String, font: String? = nil, bold: Bool? = nil) {
        self.displayName = displayName
        self.font = font
        self.bold = bold
    }
}

/// Lengths in points, from the units people write in style files.
public enum Length {
    public static func millimetres(_ value: Double) -> Double { value * 72 / 25.4 }

    /// Chinese type sizes (字号) in points, as printers and GB/T 148 use them.
    public static let chineseSizes: [String: Double] = [
        "初号": 42, "小初": 36, "一号": 26, "1号": 26, "小一": 24, "二号": 22, "2号": 22, "小二": 18,
        "三号": 16, "3号": 16, "小三": 15, "四号": 14, "4号": 14, "小四": 12, "五号": 10.5, "5号": 10.5,
        "小五": 9, "六号": 7.5, "6号": 7.5,
    ]

    /// Parses `37mm`, `3.7cm`, `16pt`, `1in` or a 字号 such as `3号`; nil when not a length.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        if let size = chineseSizes[trimmed] { return size }
        let units: [(String, Double)] = [("mm", 72 / 25.4), ("cm", 720 / 25.4), ("pt", 1), ("in", 72)]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            guard let value = Double(trimmed.dropLast(unit.count).trimmingWhitespace), value >= 0 else { return nil }
            return value * factor
        }
        return nil
    }
}

/// The page GB/T 9704-2012 §5.2 and §7 describe, in millimetres, and the tolerances the
/// measurements allow. Kept apart from Wengao's style sheet on purpose: the rules measure
/// the standard, not what the writers meant to do.
public struct PageFrame: Sendable {
    public var pageWidth = 210.0
    public var pageHeight = 297.0
    public var marginTop = 37.0
    public var marginBottom = 35.0
    public var marginLeft = 28.0
    public var marginRight = 26.0
    public var lines = 22
    public var characters = 28
    /// 3号, 2号, 4号 in points.
    public var bodySize = 16.0
    public var titleSize = 22.0
    public var pageNumberSize = 14.0
    /// §7.5: the page number's line sits 7 mm below the text block.
    public var pageNumberGap = 7.0
    /// §7.5: one character in from the text block's edge.
    public var pageNumberInset = 1.0

    // Tolerances (millimetres unless named otherwise).
    /// Paper size.
    public var paperTolerance = 0.5
    /// Left edge of unindented lines, page-number and date positions, title centring: the
    /// issue's ±1 mm.
    public var placementTolerance = 1.0
    /// Distance between the centres of two lines: a whole number of line pitches, give or
    /// take this (0.25 mm is 0.7 pt; LibreOffice places lines to 0.1 pt).
    public var gridTolerance = 0.25
    /// How far a full line may end short of the right edge. 28 characters at the pitch
    /// that can be set in whole twentieths of a point are 0.37 mm narrower than 156 mm, and
    /// LibreOffice's justification of Chinese lines stops up to 0.55 mm short of the edge
    /// (measured with and without letter spacing), so the issue's ±1 mm applies here too.
    public var rightEdgeShortfall = 1.0
    /// How far a glyph box may reach past the right edge without being a hanging mark
    /// (condensed glyphs are wider than their advance).
    public var rightEdgeOverhang = 0.3
    /// Type sizes, in points.
    public var sizeTolerance = 0.5

    public init() {}

    public var textLeft: Double { marginLeft }
    public var textRight: Double { pageWidth - marginRight }
    public var textTop: Double { marginTop }
    public var textBottom: Double { pageHeight - marginBottom }
    /// 225 mm / 22 lines.
    public var linePitch: Double { (textBottom - textTop) / Double(lines) }
    /// 156 mm / 28 characters: the width of one character of the grid.
    public var characterWidth: Double { (textRight - textLeft) / Double(characters) }

    /// The standard's page.
    public static let gbt9704 = PageFrame()
}

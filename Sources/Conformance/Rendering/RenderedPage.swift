import Foundation

/// A rectangle on a page in millimetres, measured from the top-left corner.
public struct Box: Sendable, Equatable {
    public var xMin: Double, yMin: Double, xMax: Double, yMax: Double

    public init(xMin: Double, yMin: Double, xMax: Double, yMax: Double) {
        self.xMin = xMin
        self.yMin = yMin
        self.xMax = xMax
        self.yMax = yMax
    }

    public var width: Double { xMax - xMin }
    public var height: Double { yMax - yMin }
    public var midX: Double { (xMin + xMax) / 2 }
    public var midY: Double { (yMin + yMax) / 2 }

    func union(_ other: Box) -> Box {
        Box(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin), xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
    }
}

/// A word as poppler found it: a run of glyphs without a gap, and its glyph box.
public struct Word: Sendable, Equatable {
    public var text: String
    public var box: Box

    public init(_ text: String, _ box: Box) {
        self.text = text
        self.box = box
    }
}

/// One visual line: the words whose boxes share a vertical centre, left to right.
public struct TextLine: Sendable, Equatable {
    public var words: [Word]
    public var box: Box

    public init(words: [Word]) {
        self.words = words.sorted { $0.box.xMin < $1.box.xMin }
        box = self.words.dropFirst().reduce(self.words[0].box) { $0.union($1.box) }
    }

    /// The line's characters without the gaps poppler reads as spaces.
    public var text: String { words.map(\.text).joined() }

    /// The type size in points, from the box height: poppler gives every glyph box the
    /// height of 1.3 em (its default ascent 0.95 and descent 0.35) for the fonts LibreOffice
    /// embeds. The tests check this against text of known size.
    public var typeSize: Double { box.height * 72 / 25.4 / 1.3 }
}

/// A page of a rendered document: its size and its lines, top to bottom.
public struct RenderedPage: Sendable, Equatable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var lines: [TextLine]

    public init(number: Int, width: Double, height: Double, lines: [TextLine]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }

    /// Groups words into visual lines: a word joins the line whose vertical centre lies
    /// within a third of the word's height of its own. Poppler's own line grouping is not
    /// relied on, so a raised digit or a hanging comma cannot start a line of its own.
    public init(number: Int, width: Double, height: Double, words: [Word]) {
        var groups: [[Word]] = []
        for word in words.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let last = groups.last?.last, abs(last.box.midY - word.box.midY) < word.box.height / 3 {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
            }
        }
        self.init(number: number, width: width, height: height, lines: groups.map { TextLine(words: $0) })
    }
}

/// Reads glyph boxes with `pdftotext -bbox-layout`.
public struct BoundingBoxReader: Sendable {
    public var pdftotext: ExternalTool

    public init(pdftotext: ExternalTool) {
        self.pdftotext = pdftotext
    }

    /// The pages of `pdf` with every word's box.
    public func pages(of pdf: URL) throws -> [RenderedPage] {
        try Self.pages(fromXHTML: pdftotext.run(["-bbox-layout", "-enc", "UTF-8", pdf.path, "-"]), name: pdf.lastPathComponent)
    }

    /// Parses pdftotext's XHTML: `page` elements (width, height in points) holding `word`
    /// elements with xMin, yMin, xMax, yMax.
    public static func pages(fromXHTML data: Data, name: String) throws -> [RenderedPage] {
        let root = try XMLTree.parse(data, name: name)
        let millimetres = 25.4 / 72
        return root.descendants(named: "page").enumerated().map { index, page in
            let words = page.descendants(named: "word").compactMap { word -> Word? in
                let values = ["xMin", "yMin", "xMax", "yMax"].compactMap { word.attributes[$0].flatMap(Double.init) }
                guard values.count == 4, !word.text.isEmpty else { return nil }
                return Word(word.text, Box(xMin: values[0] * millimetres, yMin: values[1] * millimetres,
                                           xMax: values[2] * millimetres, yMax: values[3] * millimetres))
            }
            return RenderedPage(number: index + 1,
                                width: (page.attributes["width"].flatMap(Double.init) ?? 0) * millimetres,
                                height: (page.attributes["height"].flatMap(Double.init) ?? 0) * millimetres,
                                words: words)
        }
    }
}

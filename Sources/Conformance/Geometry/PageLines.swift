import Foundation

/// A rendered page's lines sorted into what GB/T 9704 places differently: the page
/// number, the title, and the text in the text block.
struct PageLines {
    var page: RenderedPage
    /// Lines set as "— N —" below the text block.
    var pageNumbers: [TextLine]
    /// Everything else, top to bottom.
    var content: [TextLine]

    init(_ page: RenderedPage, frame: PageFrame) {
        self.page = page
        pageNumbers = page.lines.filter { Self.isPageNumber($0, frame: frame) }
        content = page.lines.filter { !Self.isPageNumber($0, frame: frame) }
    }

    static func isPageNumber(_ line: TextLine, frame: PageFrame) -> Bool {
        line.box.yMin >= frame.textBottom && pageNumberValue(line) != nil
    }

    /// N in "— N —".
    static func pageNumberValue(_ line: TextLine) -> Int? {
        let text = line.text.filter { !$0.isWhitespace }
        guard text.hasPrefix("—"), text.hasSuffix("—"), text.count > 2 else { return nil }
        return Int(text.dropFirst().dropLast())
    }
}

/// Every page's lines, with the title found on the first page.
struct DocumentLines {
    var pages: [PageLines]
    var frame: PageFrame

    init(_ pages: [RenderedPage], frame: PageFrame) {
        self.pages = pages.map { PageLines($0, frame: frame) }
        self.frame = frame
    }

    /// The title: the lines of title size at the top of the first page.
    var title: [TextLine] {
        guard let first = pages.first else { return [] }
        return Array(first.content.prefix { $0.typeSize > (frame.bodySize + frame.titleSize) / 2 })
    }

    func isBodySize(_ line: TextLine) -> Bool {
        abs(line.typeSize - frame.bodySize) <= 1
    }

    /// Content lines in reading order with their page, the title left out.
    var textLines: [(page: Int, line: TextLine)] {
        let titleCount = title.count
        return pages.enumerated().flatMap { index, page in
            (index == 0 ? Array(page.content.dropFirst(titleCount)) : page.content).map { (page.page.number, $0) }
        }
    }

    /// The grid slot (0 for the first line of the text block) a line's centre falls in.
    func slot(_ line: TextLine) -> Int {
        Int(((line.box.midY - frame.textTop) / frame.linePitch).rounded(.down))
    }

    /// True when a line starts at the left edge of the text block.
    func startsAtMargin(_ line: TextLine) -> Bool {
        abs(line.box.xMin - frame.textLeft) <= frame.placementTolerance
    }

    /// The number of whole grid characters between the left edge and the line's start.
    func indentCells(_ line: TextLine) -> Int {
        Int(((line.box.xMin - frame.textLeft) / frame.characterWidth).rounded())
    }

    /// True when a line starts at the left edge or a whole number of characters in.
    func startsOnCharacterGrid(_ line: TextLine) -> Bool {
        let cells = (line.box.xMin - frame.textLeft) / frame.characterWidth
        return cells > -0.2 && abs(cells - cells.rounded()) * frame.characterWidth <= frame.placementTolerance
    }
}

/// Which characters are Chinese text, and which punctuation 避头尾 moves or hangs.
enum ChineseText {
    static func isChinese(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true  // ideographs
        case 0x3000...0x303F, 0xFF01...0xFF60, 0xFFE0...0xFFE6: return true  // CJK and full-width punctuation
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7: return true  // — ‘ ’ “ ” … · set in the Chinese font
        default: return false
        }
    }

    /// Marks that may not start a line; LibreOffice hangs them past the right edge.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", "…", "—", "·", "％"]
    /// Marks that may not end a line.
    static let noLineEnd: Set<Character> = ["（", "《", "「", "『", "“", "‘"]
}

extension Double {
    /// "28.05" — millimetres and points in the table.
    var formatted: String { String(format: "%.2f", self) }
}

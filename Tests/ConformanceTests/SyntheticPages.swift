@testable import Conformance

/// Pages laid out the way LibreOffice lays out a correct GB/T 9704 document, built by hand
/// so that each rule can be shown to fail on exactly one fault.
enum SyntheticPages {
    static let frame = PageFrame.gbt9704
    /// LibreOffice's pitches: 28.95 pt and 15.75 pt.
    static let linePitch = 28.95 * 25.4 / 72
    static let characterPitch = 15.75 * 25.4 / 72
    static let em = 16 * 25.4 / 72

    /// A line of 3号 text in grid slot `slot`, starting `indent` characters in.
    static func line(_ text: String, slot: Int, indent: Int = 0, x: Double? = nil, size: Double = 16) -> TextLine {
        let height = size * 1.3 * 25.4 / 72
        let xMin = x ?? frame.textLeft + Double(indent) * characterPitch
        // The glyph box of the last character reaches past its condensed advance.
        let width = Double(text.count) * characterPitch * size / 16 + 0.09
        let top = frame.textTop + Double(slot) * linePitch + linePitch / 2 - height / 2
        return TextLine(words: [Word(text, Box(xMin: xMin, yMin: top, xMax: xMin + width, yMax: top + height))])
    }

    static func pageNumber(_ number: Int) -> TextLine {
        let height = 14 * 1.3 * 25.4 / 72, width = 16.15
        let xMin = number % 2 == 1 ? frame.textRight - characterPitch - width : frame.textLeft + characterPitch
        let top = frame.textBottom + 6.3
        return TextLine(words: [Word("— \(number) —", Box(xMin: xMin, yMin: top, xMax: xMin + width, yMax: top + height))])
    }

    static let full = String(repeating: "中", count: 28)
    static let firstLine = String(repeating: "文", count: 26)

    /// A full page of body text: paragraphs of a first line and three full lines.
    static func bodyPage(_ number: Int, lines count: Int = 22) -> RenderedPage {
        let lines = (0..<count).map { slot in
            slot % 4 == 0 ? line(firstLine, slot: slot, indent: 2) : line(full, slot: slot)
        }
        return RenderedPage(number: number, width: 210.01, height: 297, lines: lines + [pageNumber(number)])
    }

    /// A title of two lines, a blank line, then body text: the first page.
    static func titlePage() -> RenderedPage {
        let titleLines = ["某某区二〇二六年", "上半年工作总结"].enumerated().map { index, text in
            let width = Double(text.count) * 22 * 25.4 / 72
            var title = line(text, slot: index, x: frame.textLeft + (156 - width) / 2, size: 22)
            title.box.xMax = title.box.xMin + width
            title.words[0].box.xMax = title.box.xMax
            return title
        }
        let body = (3..<22).map { slot in slot == 3 ? line(firstLine, slot: slot, indent: 2) : line(full, slot: slot) }
        return RenderedPage(number: 1, width: 210.01, height: 297, lines: titleLines + body + [pageNumber(1)])
    }

    /// A short last page ending with the 成文日期, four characters in from the right.
    static func lastPage(_ number: Int) -> RenderedPage {
        let date = "2026年7月10日"
        let width = 7 * characterPitch + 4 * 0.5 * em
        var dateLine = line(date, slot: 3, x: frame.textRight - 4 * characterPitch - width)
        dateLine.box.xMax = dateLine.box.xMin + width
        dateLine.words[0].box.xMax = dateLine.box.xMax
        let lines = [line(firstLine, slot: 0, indent: 2), line("完。", slot: 1), dateLine, pageNumber(number)]
        return RenderedPage(number: number, width: 210.01, height: 297, lines: lines)
    }

    static func document() -> [RenderedPage] {
        [titlePage(), bodyPage(2), bodyPage(3), lastPage(4)]
    }
}

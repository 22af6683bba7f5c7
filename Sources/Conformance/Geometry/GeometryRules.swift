import Foundation

/// Measures rendered pages against GB/T 9704's page: paper, margins, the line grid,
/// characters per line, page numbers, title and date.
public struct GeometryRules: Sendable {
    public var frame: PageFrame

    public init(frame: PageFrame = .gbt9704) {
        self.frame = frame
    }

    /// Every geometry rule's result for one document's pages.
    public func check(_ pages: [RenderedPage]) -> [RuleResult] {
        let lines = DocumentLines(pages, frame: frame)
        return [
            pageSize(pages), leftEdge(lines), firstLine(lines), bottomEdge(lines), linesPerPage(lines),
            charactersPerLine(lines), pageNumber(lines), title(lines), date(lines),
        ]
    }

    func pageSize(_ pages: [RenderedPage]) -> RuleResult {
        let problems = pages.compactMap { page -> String? in
            abs(page.width - frame.pageWidth) <= frame.paperTolerance && abs(page.height - frame.pageHeight) <= frame.paperTolerance
                ? nil : "第 \(page.number) 页为 \(page.width.formatted) × \(page.height.formatted) mm"
        }
        guard let first = pages.first else { return RuleResult(.pageSize, measured: "无页面", problems: ["没有页面"]) }
        return RuleResult(.pageSize, measured: "\(first.width.formatted) × \(first.height.formatted) mm，\(pages.count) 页",
                          problems: problems)
    }

    /// Lines within half a character of the margin are unindented and must start at it;
    /// nothing may start left of it.
    func leftEdge(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        var starts: [Double] = []
        for (page, line) in lines.textLines {
            let x = line.box.xMin
            if x < frame.textLeft + frame.characterWidth / 2 {
                starts.append(x)
                if abs(x - frame.textLeft) > frame.placementTolerance {
                    problems.append("第 \(page) 页“\(line.text.prefix(8))”起于 \(x.formatted) mm")
                }
            }
        }
        guard let low = starts.min(), let high = starts.max() else {
            return RuleResult(.leftEdge, measured: "没有不缩进的行", problems: ["找不到不缩进的行，无法量左边距"])
        }
        let range = low == high ? "\(low.formatted) mm" : "\(low.formatted)–\(high.formatted) mm"
        return RuleResult(.leftEdge, measured: "\(range)（\(starts.count) 行）", problems: problems)
    }

    func firstLine(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        var tops: [Double] = []
        for page in lines.pages {
            guard let first = page.content.first else {
                problems.append("第 \(page.page.number) 页没有正文")
                continue
            }
            let top = first.box.yMin
            tops.append(top)
            if top < frame.textTop || top > frame.textTop + frame.linePitch {
                problems.append("第 \(page.page.number) 页首行上沿在 \(top.formatted) mm")
            }
        }
        let measured = tops.isEmpty ? "—" : "上沿 \(tops.min()!.formatted)–\(tops.max()!.formatted) mm"
        return RuleResult(.firstLine, measured: measured, problems: problems)
    }

    func bottomEdge(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        var lowest = 0.0
        for page in lines.pages {
            for line in page.content {
                lowest = max(lowest, line.box.yMax)
                if line.box.yMax > frame.textBottom {
                    problems.append("第 \(page.page.number) 页“\(line.text.prefix(8))”下沿在 \(line.box.yMax.formatted) mm")
                }
            }
            if page.pageNumbers.count > 1 { problems.append("第 \(page.page.number) 页有 \(page.pageNumbers.count) 个页码") }
        }
        return RuleResult(.bottomEdge, measured: "正文最低 \(lowest.formatted) mm", problems: problems)
    }

    /// Lines sit a whole number of pitches apart, the pitch fits 22 lines in the text
    /// block, and every page but the last is full.
    ///
    /// A page may end early only where keep-with-next carried headings over: then the
    /// next page starts with as many one-line paragraphs as the page lacks lines.
    func linesPerPage(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        let centres = lines.pages.map { $0.content.map(\.box.midY) }
        let gaps = centres.flatMap { page in zip(page, page.dropFirst()).map { $1 - $0 } }
        let pitches = gaps.filter { $0 < frame.linePitch * 1.5 }
        guard !pitches.isEmpty else { return RuleResult(.linesPerPage, measured: "—", problems: ["找不到相邻的行"]) }
        // The mean: LibreOffice places lines to a tenth of a point, so single gaps alternate.
        let pitch = pitches.reduce(0, +) / Double(pitches.count)
        if pitch * Double(frame.lines) > frame.textBottom - frame.textTop + frame.gridTolerance
            || pitch < frame.linePitch - frame.gridTolerance / 2 {
            problems.append("行距 \(pitch.formatted) mm，22 行应为 \(frame.linePitch.formatted) mm")
        }
        var excused = 0, full = 0, carried = 0
        for (index, page) in lines.pages.enumerated() {
            for (upper, lower) in zip(page.content, page.content.dropFirst()) {
                let steps = ((lower.box.midY - upper.box.midY) / pitch).rounded()
                if steps < 1 || abs(lower.box.midY - upper.box.midY - steps * pitch) > frame.gridTolerance {
                    problems.append("第 \(page.page.number) 页“\(lower.text.prefix(8))”不在行格上")
                }
            }
            guard index + 1 < lines.pages.count, let last = page.content.last else { continue }
            let missing = frame.lines - 1 - lines.slot(last)
            if missing <= 0 {
                full += 1
                continue
            }
            if carriedHeadings(lines.pages[index + 1], count: missing, lines: lines) {
                excused += 1
            } else if index + 2 == lines.pages.count, carriedToSignature(lines.pages[index + 1], room: missing) {
                carried += 1
            } else {
                problems.append("第 \(page.page.number) 页只排了 \(frame.lines - missing) 行")
            }
        }
        var note = excused > 0 ? "；\(excused) 页因标题须与下文同页而少排" : ""
        if carried > 0 { note += "；末段随署名移到末页（署名不单独成页）" }
        return RuleResult(.linesPerPage, measured: "行距 \(pitch.formatted) mm；末页前 \(full) 页排满 \(frame.lines) 行\(note)",
                          problems: problems)
    }

    /// True when the last page holds the text's last paragraph, which would have fitted in
    /// the `room` lines left on the page before, and then the 署名 block: GB/T 9704
    /// §7.3.5.5 keeps the signature and date off a page of their own, so the paragraph
    /// came along when the block did not fit.
    func carriedToSignature(_ page: PageLines, room: Int) -> Bool {
        let isDate = { (line: TextLine) in
            line.text.filter { !$0.isWhitespace }.wholeMatch(of: /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/) != nil
        }
        guard let dateIndex = page.content.firstIndex(where: isDate), dateIndex >= 2 else { return false }
        // The text above the block: one paragraph, its first line indented and the rest
        // from the left margin; the signature is the line above the date.
        // Measured against each other, not the page, so that a misplaced text block fails
        // only the rules of placement.
        let paragraph = page.content[..<(dateIndex - 1)]
        guard let first = paragraph.first, paragraph.count <= room else { return false }
        let margin = paragraph.dropFirst().map(\.box.xMin).min() ?? first.box.xMin - 2 * frame.characterWidth
        return first.box.xMin > margin + frame.characterWidth
            && paragraph.dropFirst().allSatisfy { abs($0.box.xMin - margin) <= frame.placementTolerance }
    }

    /// True when the page starts with `count` one-line paragraphs: short lines, each
    /// followed by a line that does not continue it from the left margin.
    func carriedHeadings(_ page: PageLines, count: Int, lines: DocumentLines) -> Bool {
        guard page.content.count > count else { return false }
        return (0..<count).allSatisfy { index in
            let line = page.content[index], next = page.content[index + 1]
            return line.box.xMax < frame.textRight - frame.characterWidth && !lines.startsAtMargin(next)
        }
    }
}

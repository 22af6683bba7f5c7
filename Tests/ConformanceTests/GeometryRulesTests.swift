import Testing
@testable import Conformance

/// Each rule passes a correct page and fails the one fault it is about.
@Suite struct GeometryRulesTests {
    let rules = GeometryRules()

    func outcome(_ rule: Rule, _ pages: [RenderedPage]) -> RuleResult {
        rules.check(pages).first { $0.rule == rule }!
    }

    @Test func aCorrectDocumentPassesEveryRule() {
        for result in rules.check(SyntheticPages.document()) {
            #expect(result.outcome == .pass, "\(result.rule): \(result.problems)")
        }
    }

    @Test func letterPaperFails() {
        var pages = SyntheticPages.document()
        pages[1].width = 215.9
        #expect(outcome(.pageSize, pages).outcome == .fail)
    }

    @Test func aTextBlockTwoMillimetresRightFailsTheLeftEdge() {
        var pages = SyntheticPages.document()
        pages[2].lines[1] = SyntheticPages.line(SyntheticPages.full, slot: 1, x: 30)
        #expect(outcome(.leftEdge, pages).problems.count == 1)
    }

    @Test func aPageStartingOneLineLowFailsTheFirstLineSlot() {
        var pages = SyntheticPages.document()
        pages[2].lines.removeFirst()
        #expect(outcome(.firstLine, pages).problems == ["第 3 页首行上沿在 48.65 mm"])
    }

    @Test func aTwentyThirdLineFailsTheBottomEdge() {
        let pages = [SyntheticPages.bodyPage(1, lines: 23), SyntheticPages.lastPage(2)]
        #expect(outcome(.bottomEdge, pages).outcome == .fail)
    }

    @Test func aPageEndingEarlyFailsUnlessHeadingsWereCarriedOver() {
        var pages = [SyntheticPages.bodyPage(1, lines: 21), SyntheticPages.bodyPage(2), SyntheticPages.lastPage(3)]
        #expect(outcome(.linesPerPage, pages).problems == ["第 1 页只排了 21 行"])
        // Page 2 now starts with a one-line heading, kept with the paragraph after it.
        pages[1].lines[0] = SyntheticPages.line("一、主要工作", slot: 0, indent: 2)
        pages[1].lines[1] = SyntheticPages.line(SyntheticPages.firstLine, slot: 1, indent: 2)
        let result = outcome(.linesPerPage, pages)
        #expect(result.outcome == .pass)
        #expect(result.measured.contains("1 页因标题须与下文同页而少排"))
    }

    @Test func aLineOffTheGridFails() {
        var pages = SyntheticPages.document()
        pages[2].lines[5].box.yMin += 1.5
        pages[2].lines[5].box.yMax += 1.5
        // Both gaps around the line are off by 1.5 mm.
        #expect(outcome(.linesPerPage, pages).problems == Array(repeating: "第 3 页“中中中中中中中中”不在行格上", count: 2))
    }

    @Test func twentySevenCharactersFailUnlessPunctuationWasCarriedDown() {
        var pages = SyntheticPages.document()
        let short = String(repeating: "中", count: 27)
        pages[2].lines[1] = SyntheticPages.line(short, slot: 1)
        pages[2].lines[1].box.xMax = SyntheticPages.frame.textRight
        #expect(outcome(.charactersPerLine, pages).problems == ["第 3 页“中中中中中中中中…”排了 27 字"])
        // 避头尾: the next line starts with a character that a closing mark followed.
        pages[2].lines[2] = SyntheticPages.line("中。" + String(repeating: "中", count: 26), slot: 2)
        #expect(outcome(.charactersPerLine, pages).outcome == .pass)
    }

    /// Two closing marks after the carried character (院”，) leave 26 cells, and only then.
    @Test func twentySixCharactersPassOnlyBeforeTwoClosingMarks() {
        var pages = SyntheticPages.document()
        pages[2].lines[1] = SyntheticPages.line(String(repeating: "中", count: 26), slot: 1)
        pages[2].lines[1].box.xMax = SyntheticPages.frame.textRight
        pages[2].lines[2] = SyntheticPages.line("中”，" + String(repeating: "中", count: 25), slot: 2)
        #expect(outcome(.charactersPerLine, pages).outcome == .pass)
        pages[2].lines[2] = SyntheticPages.line("中。" + String(repeating: "中", count: 26), slot: 2)
        #expect(outcome(.charactersPerLine, pages).problems == ["第 3 页“中中中中中中中中…”排了 26 字"])
    }

    /// Wengao does not hang punctuation, because LibreOffice loses a hung mark.
    @Test func aHangingMarkFails() {
        var pages = SyntheticPages.document()
        pages[2].lines[1] = SyntheticPages.line(SyntheticPages.full + "，", slot: 1)
        let result = outcome(.charactersPerLine, pages)
        #expect(result.outcome == .fail)
        #expect(result.measured.contains("悬挂标点 1，"))
        #expect(result.problems.count == 1 && result.problems[0].contains("悬挂在版心外"))
        // A 29th character that is not punctuation is one too many.
        pages[2].lines[1] = SyntheticPages.line(SyntheticPages.full + "中", slot: 1)
        #expect(outcome(.charactersPerLine, pages).outcome == .fail)
    }

    @Test func aPageNumberOnTheWrongSideFails() {
        var pages = SyntheticPages.document()
        pages[1].lines[pages[1].lines.count - 1] = SyntheticPages.pageNumber(3)
        let problems = outcome(.pageNumber, pages).problems
        #expect(problems.contains("第 2 页的页码是“— 3 —”"))
        #expect(problems.contains { $0.hasPrefix("第 2 页页码左空") })
    }

    @Test func anOffCentreTitleFails() {
        var pages = SyntheticPages.document()
        pages[0].lines[0].box.xMin += 2
        pages[0].lines[0].box.xMax += 2
        pages[0].lines[0].words[0].box = pages[0].lines[0].box
        #expect(outcome(.title, pages).problems.count == 1)
    }

    @Test func aDateThreeCharactersInFails() {
        var pages = SyntheticPages.document()
        let last = pages.count - 1
        pages[last].lines[2].box.xMin += SyntheticPages.characterPitch
        pages[last].lines[2].box.xMax += SyntheticPages.characterPitch
        #expect(outcome(.date, pages).outcome == .fail)
        pages[last].lines.remove(at: 2)
        #expect(outcome(.date, pages).outcome == .notApplicable)
    }

    /// The last page with a signature in slot 2 above the date in slot 3, each placed by its
    /// right gap in characters.
    private func signed(_ signature: String, gap signatureGap: Double, dateGap: Double) -> [RenderedPage] {
        var pages = SyntheticPages.document()
        let last = pages.count - 1
        let pitch = SyntheticPages.characterPitch, right = SyntheticPages.frame.textRight
        var date = pages[last].lines[2]
        let dateWidth = date.box.width
        date.box.xMax = right - dateGap * pitch
        date.box.xMin = date.box.xMax - dateWidth
        date.words[0].box = date.box
        var line = SyntheticPages.line(signature, slot: 2)
        let width = line.box.width
        line.box.xMax = right - signatureGap * pitch
        line.box.xMin = line.box.xMax - width
        line.words[0].box = line.box
        pages[last].lines[2] = date
        pages[last].lines.insert(line, at: 2)
        pages[last].lines[1] = SyntheticPages.line("完。", slot: 0)
        return pages
    }

    @Test func aSealedSignatureIsCentredOverTheDate() {
        // Centred over a date four characters in: the signature's gap is four plus half
        // the difference of their widths.
        let dateWidth = SyntheticPages.document().last!.lines[2].box.width / SyntheticPages.characterPitch
        let signatureWidth = SyntheticPages.line("某某局", slot: 0).box.width / SyntheticPages.characterPitch
        let centred = 4 + (dateWidth - signatureWidth) / 2
        let result = outcome(.date, signed("某某局", gap: centred, dateGap: 4))
        #expect(result.outcome == .pass, "\(result.problems)")
        #expect(result.measured.hasPrefix("盖章式"))
        #expect(outcome(.date, signed("某某局", gap: centred + 0.5, dateGap: 4)).outcome == .fail)
    }

    @Test func anUnsealedDateStartsTwoCharactersRightOfTheSignature() {
        let dateWidth = SyntheticPages.document().last!.lines[2].box.width / SyntheticPages.characterPitch
        let long = String(repeating: "某", count: 14)
        let longWidth = SyntheticPages.line(long, slot: 0).box.width / SyntheticPages.characterPitch
        // A signature longer than the date: the signature two in, the date further in.
        let result = outcome(.date, signed(long, gap: 2, dateGap: 2 + longWidth - 2 - dateWidth))
        #expect(result.outcome == .pass, "\(result.problems)")
        #expect(result.measured.hasPrefix("不盖章式"))
        // A date longer than the signature: the date two in, the signature further in.
        let shortWidth = SyntheticPages.line("某某局", slot: 0).box.width / SyntheticPages.characterPitch
        #expect(outcome(.date, signed("某某局", gap: 2 + dateWidth + 2 - shortWidth, dateGap: 2)).outcome == .pass)
        // Wengao's layout before: the signature two in, the date four in, whatever their lengths.
        #expect(outcome(.date, signed("某某局", gap: 2, dateGap: 4)).outcome == .fail)
    }

    @Test func paginationComparesFirstLines() {
        let pages = SyntheticPages.document()
        #expect(Pagination.compare(pages, pages).outcome == .pass)
        var other = pages
        other[2].lines.insert(SyntheticPages.line("多", slot: 0), at: 0)
        #expect(Pagination.compare(pages, other).problems.count == 1)
        #expect(Pagination.compare(pages, Array(pages.dropLast())).outcome == .fail)
    }
}

import Testing
@testable import Conformance

/// The grid check on a PDF whose faces sit at different heights in their cells: each mix of
/// faces is held to its own place, within `FaceBaselines.maximumShift` of the body's.
@Suite struct FaceBaselinesTests {
    let rules = GeometryRules()

    func linesPerPage(_ pages: [RenderedPage]) -> RuleResult {
        rules.check(pages).first { $0.rule == .linesPerPage }!
    }

    /// The synthetic document with every line whose slot is 1 more than a multiple of 4 set
    /// `shift` mm lower, as if in another face, and runs (in millimetres: a page 297 high)
    /// naming each line's face.
    func twoFaces(shift: Double) -> (pages: [RenderedPage], baselines: FaceBaselines) {
        var pages = SyntheticPages.document()
        var runs: [FaceBaselines.Page] = []
        for index in pages.indices {
            var pageRuns: [FaceBaselines.Run] = []
            pages[index].lines = pages[index].lines.map { line in
                let slot = Int(((line.box.midY - SyntheticPages.frame.textTop) / SyntheticPages.linePitch).rounded(.down))
                let other = slot % 4 == 1 && line.box.yMin < SyntheticPages.frame.textBottom
                var moved = line
                if other {
                    moved = TextLine(words: line.words.map { word in
                        var box = word.box
                        box.yMin += shift
                        box.yMax += shift
                        return Word(word.text, box)
                    })
                }
                pageRuns.append(FaceBaselines.Run(face: other ? "AR-PL-KaitiM-GB" : "FandolFang-Regular", box: moved.box))
                return moved
            }
            runs.append(FaceBaselines.Page(height: 297, runs: pageRuns))
        }
        return (pages, FaceBaselines(pages: runs))
    }

    @Test func aFaceSetLowerInItsCellsIsHeldToItsOwnPlace() {
        let (pages, baselines) = twoFaces(shift: 0.3)
        #expect(linesPerPage(pages).outcome == .fail, "the plain check sees the face's 0.3 mm")
        let aligned = baselines.align(pages, frame: .gbt9704)
        #expect(aligned.outliers.isEmpty)
        #expect(abs((aligned.shifts["AR-PL-KaitiM-GB"] ?? 0) - 0.3) < 0.01, "\(aligned.shifts)")
        #expect(linesPerPage(aligned.pages).outcome == .pass, "\(linesPerPage(aligned.pages).problems)")
    }

    @Test func aFaceHalfALineOffIsStillFound() {
        let (pages, baselines) = twoFaces(shift: 3)
        let aligned = baselines.align(pages, frame: .gbt9704)
        #expect(aligned.outliers == ["AR-PL-KaitiM-GB"])
        #expect(linesPerPage(aligned.pages).outcome == .fail)
    }

    @Test func oneLineOffAmongItsFaceIsStillFound() {
        var (pages, baselines) = twoFaces(shift: 0.3)
        // One body line 0.6 mm low: its face's other lines keep the face's place.
        let line = pages[2].lines[6]
        pages[2].lines[6] = TextLine(words: line.words.map { word in
            var box = word.box
            box.yMin += 0.6
            box.yMax += 0.6
            return Word(word.text, box)
        })
        baselines.pages[2].runs[6].box = pages[2].lines[6].box
        let aligned = baselines.align(pages, frame: .gbt9704)
        #expect(linesPerPage(aligned.pages).problems.contains { $0.hasPrefix("第 3 页") }, "\(linesPerPage(aligned.pages).problems)")
    }

    @Test func pdftohtmlsXMLGivesFacesAndBoxes() {
        let xml = """
        <page number="1" position="absolute" top="0" left="0" height="2525" width="1785">
        \t<fontspec id="2" size="24" family="DAAAAA+NotoSansCJKjp-Regular-VKana" color="#000000"/>
        \t<fontspec id="4" size="24" family="FAAAAA+FandolFang-Regular" color="#000000"/>
        <text top="509" left="333" width="426" height="62" font="2">一、主要工作及成效</text>
        <text top="598" left="462" width="319" height="62" font="4">上半年全区实现</text>
        <page number="2" position="absolute" top="0" left="0" height="2525" width="1785">
        <text top="300" left="100" width="10" height="62" font="4">点</text>
        """
        let parsed = FaceBaselines.parse(xml)
        #expect(parsed.pages.map(\.height) == [2525, 2525])
        #expect(parsed.pages[0].runs.map(\.face) == ["NotoSansCJKjp-Regular", "FandolFang-Regular"])
        #expect(parsed.pages[0].runs[1].box == Box(xMin: 462, yMin: 598, xMax: 781, yMax: 660))
        #expect(parsed.pages[1].runs.count == 1)
    }
}

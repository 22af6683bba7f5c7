import Foundation
import Testing
@testable import Conformance

@Suite struct BoundingBoxReaderTests {
    /// What `pdftotext -bbox-layout` prints, cut down: a DOCTYPE that must not be fetched,
    /// the XHTML namespace, points from the top-left corner.
    let xhtml = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><doc>
        <page width="595.303937" height="841.889764"><flow><block><line>
        <word xMin="79.500000" yMin="602.300764" xMax="89.676000" yMax="623.100764">4</word>
        <word xMin="93.000000" yMin="603.800764" xMax="411.176000" yMax="624.600764">次专题研究&amp;</word>
        </line></block></flow>
        <flow><block><line><word xMin="460.2" yMin="760.5" xMax="506.0" yMax="778.7">— 1 —</word></line></block></flow></page>
        <page width="595.303937" height="841.889764"></page>
        </doc></body></html>
        """

    @Test func readsPagesWordsAndBoxesInMillimetres() throws {
        let pages = try BoundingBoxReader.pages(fromXHTML: Data(xhtml.utf8), name: "test.html")
        #expect(pages.count == 2)
        #expect(pages[0].number == 1 && abs(pages[0].width - 210.01) < 0.01 && abs(pages[0].height - 297) < 0.01)
        #expect(pages[0].lines.map(\.text) == ["4次专题研究&", "— 1 —"])
        #expect(abs(pages[0].lines[0].box.xMin - 28.046) < 0.001)
        #expect(pages[1].lines.isEmpty)
    }

    /// A digit raised 1.5 pt above the Chinese baseline still belongs to its line.
    @Test func wordsOnOneLineGroupByCentre() throws {
        let pages = try BoundingBoxReader.pages(fromXHTML: Data(xhtml.utf8), name: "test.html")
        #expect(pages[0].lines[0].words.count == 2)
        #expect(abs(pages[0].lines[0].typeSize - 17.15) < 0.01)
    }

    @Test func brokenXHTMLIsAnError() {
        #expect(throws: XMLTreeError.self) { try BoundingBoxReader.pages(fromXHTML: Data("<html><page>".utf8), name: "broken.html") }
    }
}

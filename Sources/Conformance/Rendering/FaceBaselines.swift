import Foundation

/// Which faces set each line of a PDF, and where each mix of faces puts a line inside its
/// grid cell.
///
/// LibreOffice centres a line's type in its grid cell by the fonts' own ascent and descent,
/// so a line in FandolFang (仿宋), one in Noto Sans CJK (黑体) and one that starts with a 楷体
/// run-in head sit at slightly different heights in cells of the same pitch: measured on
/// Wengao's PDFs, 0.2–0.3 mm apart, against the 0.25 mm the grid check allows between
/// neighbouring lines. With the Windows fonts, or in LibreOffice's rendering of a DOCX
/// without them (one substitute face for every role), every line has the same mix and the
/// difference never shows.
///
/// `align` gives the grid check each mix's own position: it measures, for every mix of faces
/// (the set of fonts a line's glyphs are in, from `pdftohtml`), where its lines fall in their
/// cells, and moves each line by its mix's difference from the body text's mix, so that the
/// check holds every line to the position of the lines set like it. A mix may differ from the
/// body's by at most `maximumShift`: a whole class of lines set half a line off is still found.
public struct FaceBaselines: Sendable {
    /// One run of glyphs in one font, as `pdftohtml -xml` reports it; its box in the page's
    /// own units (pdftohtml's points × zoom).
    public struct Run: Sendable, Equatable {
        public var face: String
        public var box: Box
    }

    /// A page: its height in pdftohtml's units, and its runs.
    public struct Page: Sendable, Equatable {
        public var height: Double
        public var runs: [Run]
    }

    public var pages: [Page]

    /// How far a mix of faces may sit from the body text's place in the cell.
    public static let maximumShift = 0.5

    public init(pages: [Page]) { self.pages = pages }

    /// Reads the runs of `pdf` with `pdftohtml -xml`, zoomed (it allows at most 3×: positions
    /// to a third of a point, enough to tell which line a run is on).
    public static func read(_ pdf: URL, pdftohtml: ExternalTool) throws -> FaceBaselines {
        let output = try pdftohtml.run(["-xml", "-i", "-fontfullname", "-zoom", "3", "-stdout", pdf.path])
        return parse(String(decoding: output, as: UTF8.self))
    }

    /// Parses pdftohtml's XML: `page` elements with their height, `fontspec` elements
    /// (id → family) and `text` elements with top, left, width, height and a font id. The
    /// family loses its subset prefix (`EAAAAA+`) and LibreOffice's `-VKana` suffix.
    static func parse(_ xml: String) -> FaceBaselines {
        var faces: [String: String] = [:]
        var pages: [Page] = []
        let page = /<page [^>]*height="(\d+)"/
        let fontspec = /<fontspec id="(\d+)"[^>]* family="([^"]*)"/
        let text = /<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)"/
        for line in xml.split(separator: "\n") {
            if let match = line.firstMatch(of: page) {
                pages.append(Page(height: Double(match.1) ?? 0, runs: []))
            } else if let match = line.firstMatch(of: fontspec) {
                var family = String(match.2)
                if let plus = family.firstIndex(of: "+") { family = String(family[family.index(after: plus)...]) }
                if family.hasSuffix("-VKana") { family.removeLast("-VKana".count) }
                faces[String(match.1)] = family
            } else if let match = line.firstMatch(of: text), !pages.isEmpty,
                      let top = Double(match.1), let left = Double(match.2), let width = Double(match.3),
                      let height = Double(match.4) {
                let box = Box(xMin: left, yMin: top, xMax: left + width, yMax: top + height)
                pages[pages.count - 1].runs.append(Run(face: faces[String(match.5)] ?? "?", box: box))
            }
        }
        return FaceBaselines(pages: pages)
    }

    /// The faces of `line`: those of the runs whose vertical centre lies in the line's box
    /// and that overlap it across, sorted and joined with `+`.
    func mix(of line: TextLine, page index: Int, height: Double) -> String {
        guard index < pages.count, pages[index].height > 0 else { return "?" }
        let scale = height / pages[index].height
        let faces = Set(pages[index].runs.filter { run in
            run.box.midY * scale >= line.box.yMin && run.box.midY * scale <= line.box.yMax
                && run.box.xMax * scale > line.box.xMin && run.box.xMin * scale < line.box.xMax
        }.map(\.face))
        return faces.isEmpty ? "?" : faces.sorted().joined(separator: "+")
    }

    /// Where each mix of faces sits in its cells, relative to the body text's mix (the mix of
    /// most body-size lines), in millimetres; and the pages with every line moved by its mix's
    /// shift, for the grid check. Mixes further than `maximumShift` from the body's are listed
    /// in `outliers` and not moved.
    public func align(_ pages: [RenderedPage], frame: PageFrame)
        -> (pages: [RenderedPage], shifts: [String: Double], outliers: [String]) {
        let lines = DocumentLines(pages, frame: frame)
        // The pitch the lines are really set at (28.95 pt where 225 mm / 22 is 29.0): a
        // phase taken against the nominal pitch would drift 0.3 mm down a page.
        // The median, not the mean: a gap into a line of another mix is longer or shorter by
        // that mix's shift.
        var gaps: [Double] = []
        for page in lines.pages {
            for (upper, lower) in zip(page.content, page.content.dropFirst()) {
                let gap = lower.box.midY - upper.box.midY
                let count = (gap / frame.linePitch).rounded()
                if count >= 1 && count <= 3 { gaps.append(gap / count) }
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let pitch = gaps.isEmpty ? frame.linePitch : median(gaps)
        var phases: [String: [Double]] = [:]
        var bodyCounts: [String: Int] = [:]
        for (index, page) in lines.pages.enumerated() {
            for line in page.content {
                let mix = mix(of: line, page: index, height: page.page.height)
                let offset = (line.box.midY - frame.textTop).truncatingRemainder(dividingBy: pitch)
                phases[mix, default: []].append(offset < 0 ? offset + pitch : offset)
                if lines.isBodySize(line) { bodyCounts[mix, default: 0] += 1 }
            }
        }
        guard let body = bodyCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
              let bodyPhases = phases[body] else { return (pages, [:], []) }
        let bodyPhase = median(bodyPhases)
        var shifts: [String: Double] = [:]
        var outliers: [String] = []
        for (mix, values) in phases {
            let shift = median(values) - bodyPhase
            if abs(shift) <= Self.maximumShift { shifts[mix] = shift } else { outliers.append(mix) }
        }
        let aligned = pages.enumerated().map { index, page in
            let frameLines = PageLines(page, frame: frame)
            let moved = page.lines.map { line -> TextLine in
                // The page number is not on the grid; it stays where it is.
                guard frameLines.content.contains(line), let shift = shifts[mix(of: line, page: index, height: page.height)], shift != 0 else { return line }
                return TextLine(words: line.words.map { word in
                    var box = word.box
                    box.yMin -= shift
                    box.yMax -= shift
                    return Word(word.text, box)
                })
            }
            return RenderedPage(number: page.number, width: page.width, height: page.height, lines: moved)
        }
        return (aligned, shifts, outliers.sorted())
    }
}

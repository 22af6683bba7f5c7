import Testing
@testable import WengaoKit

@Suite struct ScalarTextTests {
    /// The hand-written UTF-8 decoding and encoding agree with the standard library on
    /// one-, two-, three- and four-byte scalars, line breaks and combining marks.
    @Test func decodingAndEncodingMatchTheStandardLibrary() {
        let samples = ["", "abc", "é\u{0301}ß", "会议讲话稿。", "😀𠀀x", "a\r\nb\u{2028}c\u{85}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        for sample in samples {
            #expect(ScalarText.scalars(sample) == Array(sample.unicodeScalars), "\(sample.debugDescription)")
            #expect(ScalarText.string(ScalarText.scalars(sample)).utf8.elementsEqual(sample.utf8))
        }
        let source = SourceText(path: "t", text: "一\r\n二\r三\n\u{2028}四")
        #expect(source.lineStarts == [0, 3, 5, 7, 8])
    }

    /// The quick look at a value's bytes agrees with trimming, splitting and checking it
    /// scalar by scalar.
    @Test func untouchedValuesAreThoseWithNothingToTrimSplitOrReport() {
        let samples = ["", "会议", " 会议", "会议　", "\t会议", "会议\u{2028}", "\u{A0}a", "a\u{85}b", "a\u{9F}b", "a\u{A0}b",
                       "a\u{7F}", "a\u{1}b", "a\tb\rc", "a\nb", "a\n", "x\u{FFFE}", "x\u{FFFF}y", "x\u{FFFD}", "😀", "é\u{0301}"]
        for sample in samples {
            let scalars = Array(sample.unicodeScalars)
            for lineFeeds in [true, false] {
                let untouched = !scalars.isEmpty
                    && !ScalarText.isWhitespace(scalars.first!) && !ScalarText.isWhitespace(scalars.last!)
                    && !scalars.contains(where: NodeWalker.isForbiddenInXML)
                    && (lineFeeds || !scalars.contains("\n"))
                #expect(ScalarText.untouchedCount(sample, lineFeeds: lineFeeds) == (untouched ? scalars.count : nil),
                        "\(sample.debugDescription) lineFeeds: \(lineFeeds)")
            }
        }
    }
}

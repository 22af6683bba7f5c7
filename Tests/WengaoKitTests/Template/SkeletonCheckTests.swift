import Foundation
import Testing
@testable import WengaoKit

/// The quick skeleton check (`MarkupChecker.isPlainlyWellFormed`) may only say yes where
/// libxml2 and the structure check find nothing: a yes skips them. A no costs only time,
/// but the shipped templates must get a yes, or the quick check is dead weight.
@Suite struct SkeletonCheckTests {
    static let sheet = Result { try TemplateSet(directory: TemplateTests.templates.path).styleSheet }

    /// Whether libxml2 and the structure check accept the skeleton.
    func libxml2Accepts(_ skeleton: String, _ sheet: StyleSheet) -> Bool {
        let source = SourceText(path: "t.mustache", text: skeleton)
        return (try? MarkupChecker.checkSkeletonThroughLibxml2(skeleton, of: source, styleSheet: sheet)) != nil
    }

    @Test(arguments: Genre.allCases)
    func shippedTemplatesPassQuickly(_ genre: Genre) throws {
        let sheet = try Self.sheet.get()
        let url = TemplateTests.templates.appendingPathComponent("\(genre.rawValue).mustache")
        let skeleton = MarkupChecker.blankingTags(in: try String(contentsOf: url, encoding: .utf8))
        #expect(MarkupChecker.isPlainlyWellFormed(skeleton, styleSheet: sheet))
        #expect(libxml2Accepts(skeleton, sheet))
    }

    static let cases: [(skeleton: String, quick: Bool)] = [
        ("<document><p style=\"body\">正文</p></document>", true),
        ("\n  <document>\n<p style=\"title\">标题<br/>第二行</p>\n</document>\n", true),
        ("<document><p style=\"body\"><span style=\"lead-2\">一是</span>正文</p></document>", true),
        ("<document><p style=\"\u{E000}\u{E000}\">值</p></document>", true),
        ("<document/>", true),
        // Each of these is wrong, or outside the plain subset; libxml2 decides.
        ("<document><p style=\"nosuch\">x</p></document>", false),
        ("<document><p>没有样式</p></document>", false),
        ("<document><p style=\"body\" style=\"body\">x</p></document>", false),
        ("<document><p style=\"body\" class=\"a\" class=\"b\">x</p></document>", false),
        ("<document><p style=\"body\">x</p></document><document/>", false),
        ("文字<document><p style=\"body\">x</p></document>", false),
        ("<document><p style=\"body\">x</document></p>", false),
        ("<document><p style=\"body\">x</p>", false),
        ("<document><span style=\"lead-2\">x</span></document>", false),
        ("<document><p style=\"body\"><span style=\"lead-2\"><br/></span></p></document>", false),
        ("<document><p style=\"body\"><p style=\"body\">x</p></p></document>", false),
        ("<document><p style=\"body\">a &amp; b</p></document>", false),
        ("<document><p style=\"body\">a > b</p></document>", false),
        ("<?xml version=\"1.0\"?><document><p style=\"body\">x</p></document>", false),
        ("<document><!-- 注释 --><p style=\"body\">x</p></document>", false),
        ("<document><p style='body'>x</p></document>", true),
        ("<document><p style=\"body\"><br></br></p></document>", false),
        ("<document><P style=\"body\">x</P></document>", false),
        ("<document><p style=\"body\">x</p ></document >", true),
    ]

    @Test func quickYesMeansLibxml2Yes() throws {
        let sheet = try Self.sheet.get()
        for (skeleton, quick) in Self.cases {
            let quickly = MarkupChecker.isPlainlyWellFormed(skeleton, styleSheet: sheet)
            #expect(quickly == quick, "\(skeleton)")
            if quickly { #expect(libxml2Accepts(skeleton, sheet), "\(skeleton)") }
        }
    }

    /// Every one-character deletion from a shipped skeleton: wherever the quick check still
    /// says yes, libxml2 must too.
    @Test(arguments: Genre.allCases)
    func deletionsNeverFoolTheQuickCheck(_ genre: Genre) throws {
        let sheet = try Self.sheet.get()
        let url = TemplateTests.templates.appendingPathComponent("\(genre.rawValue).mustache")
        let scalars = Array(MarkupChecker.blankingTags(in: try String(contentsOf: url, encoding: .utf8)).unicodeScalars)
        var yeses = 0, noes = 0
        for index in scalars.indices {
            var mutated = scalars
            mutated.remove(at: index)
            let skeleton = String(String.UnicodeScalarView(mutated))
            guard MarkupChecker.isPlainlyWellFormed(skeleton, styleSheet: sheet) else { noes += 1; continue }
            yeses += 1
            #expect(libxml2Accepts(skeleton, sheet), "deleting character \(index)")
        }
        // Deleting a character of text keeps the skeleton right, deleting one of a tag does
        // not: the loop checked both kinds.
        #expect(yeses > 0 && noes > 0)
    }
}

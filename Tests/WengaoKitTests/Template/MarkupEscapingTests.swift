import Foundation
import Testing
@testable import WengaoKit

@Suite struct MarkupEscapingTests {
    @Test func escapesTheFiveCharactersAndLeavesOtherTextAlone() {
        let escaping = MarkupEscaping()
        #expect(escaping.escapeText("Tom's <b> & \"R&D\"") == "Tom&#39;s &lt;b&gt; &amp; &quot;R&amp;D&quot;")
        #expect(escaping.escapeText("抓好基层党建工作。") == "抓好基层党建工作。")
        #expect(escaping.escapeText("") == "")
    }

    @Test func aLessThanSignWithACombiningMarkIsEscapedToo() {
        // "<" + U+0338 is one grapheme cluster; comparing characters would miss the "<".
        #expect(MarkupEscaping().escapeText("a<\u{0338}b") == "a&lt;\u{0338}b")
    }

    @Test func aValueWithMarkupCharactersRendersAsText() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write("""
            title: "R&D <中心> 2026年上半年工作总结"
            achievements:
              - point: "x<\\u0338y & 'z'"
            """, "escapes.yaml", in: folder)
        let generator = try Scratch.generator()
        let report = try #require(generator.check(path: input).report)
        let document = try generator.document(for: report, genre: .summary)
        let text = document.paragraphs.flatMap(\.inlines).compactMap { inline -> String? in
            if case let .text(text, _) = inline { return text } else { return nil }
        }.joined()
        #expect(text.contains("R&D <中心>"))
        #expect(text.contains("x<\u{0338}y & 'z'"))
    }

    @Test func templateErrorsKeepTheTemplatesOwnLineNumbers() throws {
        // The escaping pragma is a line of its own before the user's first line.
        let sheet = try TemplateSet(directory: Scratch.templates.path).styleSheet
        let source = SourceText(path: "broken.mustache", text: "<document>\n{{#items}}\n<p style=\"body\">{{/other}}</p>\n</document>\n")
        #expect {
            try DocumentTemplate(source: source, styleSheet: sheet)
        } throws: { error in
            let location = (error as? DiagnosticError)?.diagnostics.first?.location
            return location?.file == "broken.mustache" && location?.line == 3
        }
    }
}

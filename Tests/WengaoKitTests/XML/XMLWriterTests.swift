import Foundation
import Testing
@testable import WengaoKit

/// The XML writer's exact bytes — libxml2's `xmlTextWriter`'s, which every golden file
/// holds — and a round trip through libxml2's parser for random text, so that a change in
/// how parts are handed to libxml2 cannot change a byte unnoticed.
@Suite struct XMLWriterTests {
    func written(_ body: (XMLWriter) -> Void) throws -> String {
        let xml = XMLWriter()
        body(xml)
        return String(decoding: try xml.finish(), as: UTF8.self)
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    @Test func escapesAsLibxml2sTextWriterDid() throws {
        let special = "a<b>c&d\"e'f\tg\nh\ri 文稿"
        let xml = try written { xml in
            xml.element("w:document", [("xmlns:w", "urn:x"), ("w:val", special)]) {
                xml.element("w:t", text: special)
                xml.element("w:br")
                xml.element("w:t", text: "")
                xml.element("w:p") { xml.element("w:r", [("w:a", "")]) }
            }
        }
        #expect(xml == Self.declaration
            + "<w:document xmlns:w=\"urn:x\" w:val=\"a&lt;b&gt;c&amp;d&quot;e'f&#9;g&#10;h&#13;i 文稿\">"
            + "<w:t>a&lt;b&gt;c&amp;d&quot;e'f\tg\nh&#13;i 文稿</w:t><w:br/><w:t></w:t><w:p><w:r w:a=\"\"/></w:p>"
            + "</w:document>\n")
    }

    @Test func textAfterChildrenAndSeveralTextsInARow() throws {
        let xml = try written { xml in
            xml.element("text:p") {
                xml.text("一")
                xml.element("text:s", [("text:c", "2")])
                xml.text("二")
                xml.text("三")
            }
        }
        #expect(xml == Self.declaration + "<text:p>一<text:s text:c=\"2\"/>二三</text:p>\n")
    }

    @Test func randomTextReadsBackThroughLibxml2() throws {
        let pieces = ["<", ">", "&", "\"", "'", "\t", "\n", "\r", " ", "  ", "文", "a", "&amp;", "]]>", "\u{85}", "😀", "\u{E000}"]
        var generator = SeededGenerator(seed: 2012)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let value = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let xml = try written { xml in
                xml.element("document") { xml.element("p", [("style", value)], text: text) }
            }
            let root = try MarkupParser.parse(xml)
            guard case let .element(paragraph)? = root.children.first else {
                Issue.record("no paragraph in \(xml)")
                continue
            }
            // libxml2 reads a CR written as such as LF; one written as &#13; stays CR.
            let read = paragraph.children.map { node -> String in
                if case let .text(text) = node { return text } else { return "" }
            }.joined()
            #expect(read == text, "\(xml)")
            #expect(paragraph.attributes["style"] == value, "\(xml)")
        }
    }
}

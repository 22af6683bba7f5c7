import Foundation
import Testing
@testable import WengaoKit

/// libyaml's last English words, tags that would print data raw, and what a tab or CR in a
/// text becomes (issue 12, item 13).
@Suite struct YAMLMessageTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        ReportReader().read(SourceText(path: "输入.yaml", text: text)).diagnostics
    }

    @Test(arguments: [
        ("title: \"\\ud800\"\nachievements: [a]\n", 1, "\\u 转义不是一个有效的字符"),
        ("%YAML 2.0\n---\ntitle: t\nachievements: [a]\n", 1, "不支持这个 YAML 版本"),
        ("title: t\n\u{FEFF}achievements: [a]\n", 2, "字节顺序标记"),
        ("title: t\n" + String(repeating: "k", count: 1100) + ": v\nachievements: [a]\n", 2, "键最多 1024 个字符"),
    ] as [(String, Int, String)])
    func messagesAreInChinese(_ text: String, _ line: Int, _ words: String) {
        let found = Self.diagnostics(text).filter { $0.severity == .error }
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.location?.line == line)
        #expect(found.first?.message.contains(words) == true, "\(found.first?.message ?? "")")
        #expect(found.first?.message.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value > 0x7F } == true)
    }

    @Test func tagsOtherThanTextAreRefusedAtTheirPlace() {
        let found = Self.diagnostics("title: !!binary aGVsbG8=\nachievements: [!custom 加强领导, !!int 12345, !!str 文字]\n")
        #expect(found.map(\.id) == ["yaml-syntax", "yaml-syntax"], "\(found.map(\.message))")
        #expect(found.map { $0.location?.line } == [1, 2])
        #expect(found[0].message.contains("!!binary") && found[1].message.contains("!custom"))
    }

    @Test func aTabPrintsAsASpaceInBothFormatsAndACarriageReturnIsALineBreak() throws {
        let set = try TemplateSet(directory: Scratch.templates.path, genres: [.summary])
        let generator = Generator(templates: set)
        func text(_ input: String, _ format: OutputFormat) throws -> String {
            let source = SourceText(path: "输入.yaml", text: input)
            let read = ReportReader().read(source)
            let document = try generator.document(for: try #require(read.report), genre: .summary)
            let parts = try format.writer.parts(for: document, styleSheet: set.styleSheet)
            let part = try #require(parts.first { $0.path == (format == .docx ? "word/document.xml" : "content.xml") })
            return String(decoding: part.data, as: UTF8.self)
        }
        let tabbed = "title: 某某局工作总结\nachievements:\n  - point: \"加强领导甲\\t乙\"\n    details: \"第一句\\r第二句。\"\n"
        let spaced = tabbed.replacingOccurrences(of: "\\t", with: " ")
        for format in [OutputFormat.docx, .odt] {
            let written = try text(tabbed, format)
            #expect(written == (try text(spaced, format)), "\(format)")
            #expect(!written.contains("\t") && !written.contains("text:tab"))
            #expect(written.contains("第一句第二句。"))
        }
    }
}

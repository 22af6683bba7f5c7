import Testing
@testable import WengaoKit

/// Wengao's own Mustache: the cases of the Mustache specification its templates rely on,
/// and errors at the template's line and column.
@Suite struct MustacheTests {
    /// Named values for the tests, answering from a dictionary.
    struct Values: TemplateObject {
        var names: [String: TemplateValue]
        func value(named name: String) -> TemplateValue? { names[name] }
    }

    static func object(_ names: [String: TemplateValue]) -> TemplateValue { .object(Values(names: names)) }

    func render(_ template: String, _ names: [String: TemplateValue]) throws -> String {
        var renderer = MustacheRenderer(root: Self.object(names))
        renderer.render(try MustacheParser.parse(template))
        return renderer.output
    }

    func error(_ template: String) -> MustacheSyntaxError? {
        do {
            _ = try MustacheParser.parse(template)
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesAreAlwaysEscaped() throws {
        let names: [String: TemplateValue] = ["x": .text("<a & 'b'>\"")]
        #expect(try render("[{{x}}]", names) == "[&lt;a &amp; &#39;b&#39;&gt;&quot;]")
        // The unescaped forms would let input text become markup: refused where they stand.
        #expect(error("一\n二{{{x}}}") == MustacheSyntaxError(problem: .unescapedValue(tag: "{{{x}}}"),
                                                          position: TemplatePosition(line: 2, column: 2)))
        #expect(error("[{{& x }}]") == MustacheSyntaxError(problem: .unescapedValue(tag: "{{&x}}"),
                                                         position: TemplatePosition(line: 1, column: 2)))
        #expect(try render("[{{missing}}]", names) == "[]")
        #expect(try render("{{yes}} {{no}}", ["yes": .flag(true), "no": .flag(false)]) == "true false")
    }

    @Test func dottedNamesAndTheCurrentValue() throws {
        let names = ["date": Self.object(["chinese": .text("2026年7月10日")]), "list": .list([.text("甲"), .text("乙")])]
        #expect(try render("{{date.chinese}}|{{date.iso}}|{{#list}}<{{.}}>{{/list}}", names) == "2026年7月10日||<甲><乙>")
        // The first component is found outwards; the rest only inside what it found.
        let nested = ["a": Self.object(["b": Self.object([:])]), "c": .text("outer")]
        #expect(try render("{{#a}}{{#b}}[{{c}}][{{a.c}}]{{/b}}{{/a}}", nested) == "[outer][]")
    }

    @Test func sectionsOverListsFlagsAndValues() throws {
        let names: [String: TemplateValue] = [
            "items": .list([Self.object(["n": .text("1")]), Self.object(["n": .text("2")])]),
            "empty": .list([]), "on": .flag(true), "off": .flag(false), "word": .text(""),
        ]
        #expect(try render("{{#items}}{{n}},{{/items}}", names) == "1,2,")
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}", names) == "none")
        #expect(try render("{{#on}}on{{/on}}{{#off}}off{{/off}}{{^off}}!off{{/off}}", names) == "on!off")
        // A present value shows its section, even empty text; only absence shows `^`.
        #expect(try render("{{#word}}[{{.}}]{{/word}}{{^word}}absent{{/word}}{{^nothing}}absent{{/nothing}}", names)
                == "[]absent")
    }

    @Test func aNameMissingInAnItemIsLookedUpOutside() throws {
        let names = ["title": TemplateValue.text("总"), "items": .list([Self.object(["title": .text("分")]), Self.object([:])])]
        #expect(try render("{{#items}}{{title}};{{/items}}", names) == "分;总;")
    }

    @Test func commentsAndStandaloneTagsTakeTheirLine() throws {
        let template = "{{! 说明\n   跨行 }}\n<a>\n  {{#on}}  \n<b>\n{{/on}}\r\n{{^on}}\n<c>\n{{/on}}\n<d>{{#on}}x{{/on}}\n  {{x}}\n"
        #expect(try render(template, ["on": .flag(true), "x": .text("v")]) == "<a>\n<b>\n<d>x\n  v\n")
        // Two tags on a line: neither stands alone.
        #expect(try render("{{#on}}{{/on}}\n|", ["on": .flag(true)]) == "\n|")
        #expect(try render("x {{! c }}\n|", [:]) == "x \n|")
        #expect(try render("  {{! at the end }}", [:]) == "")
    }

    @Test func errorsNameTheTagsLineAndColumn() {
        #expect(error("<a>\n  {{#items}}\n  {{/other}}") ==
                MustacheSyntaxError(problem: .closeNameMismatch(opened: "items", closed: "other"),
                                    position: TemplatePosition(line: 3, column: 3)))
        // An unclosed section is shown where it opens, not at the end of the file.
        #expect(error("一\n二{{#a}}\n{{#b}}{{/b}}\n") ==
                MustacheSyntaxError(problem: .unclosedSection("a"), position: TemplatePosition(line: 2, column: 2)))
        #expect(error("甲乙{{/a}}") ==
                MustacheSyntaxError(problem: .closeWithoutOpening("a"), position: TemplatePosition(line: 1, column: 3)))
        #expect(error("\n\n  {{title") == MustacheSyntaxError(problem: .unclosedTag, position: TemplatePosition(line: 3, column: 3)))
        #expect(error("{{}}")?.problem == .badName(""))
        #expect(error("{{a..b}}")?.problem == .badName("a..b"))
    }

    @Test func partialsDelimitersAndPragmasAreRejectedWithTheirPlace() {
        for (template, column) in [("x{{> part}}", 2), ("xy{{=<% %>=}}", 3), ("{{%PRAGMA}}", 1), ("{{$block}}{{/block}}", 1)] {
            let found = error(template)
            guard case .unsupported? = found?.problem else {
                Issue.record("\(template): \(String(describing: found))")
                continue
            }
            #expect(found?.position == TemplatePosition(line: 1, column: column))
            #expect(found?.explanation.contains("不支持") == true)
        }
    }

    @Test func parsingTakesTimeInProportionToTheTemplate() throws {
        // Tens of thousands of tags: a parser that measures the rest of the template per
        // tag would take seconds here.
        let template = String(repeating: "<p>{{#items}}{{n}}{{/items}}</p>\n", count: 20_000)
        let nodes = try MustacheParser.parse(template)
        #expect(nodes.count == 40_001)  // the text between sections is one node
    }

    @Test func theMarkupSkeletonKeepsEveryColumn() {
        // A value becomes one placeholder per scalar, a section or comment spaces; line
        // breaks inside a tag stay, and an unclosed tag is blanked to the end.
        let p = String(Character(MarkupChecker.placeholder))
        #expect(MarkupChecker.blankingTags(in: "a{{x}}b\n{{#s}}中{{/s}}") == "a" + String(repeating: p, count: 5) + "b\n      中      ")
        #expect(MarkupChecker.blankingTags(in: "{{{值}}}|{{! 一\n二 }}|{{x") == String(repeating: p, count: 7) + "|     \n    |" + String(repeating: p, count: 3))
    }
}

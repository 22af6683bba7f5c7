import Foundation
import Testing
@testable import WengaoKit

/// Paragraphs built while rendering (`MarkupBuilder`) against the rendered markup read back
/// by libxml2 (`MarkupChecker.paragraphs`): the same paragraphs whenever the builder gives
/// any, and whenever libxml2 or the checker finds a problem, no paragraphs from the builder,
/// so the problem is reported as before.
@Suite struct MarkupBuilderTests {
    struct Values: TemplateObject {
        var names: [String: TemplateValue]
        func value(named name: String) -> TemplateValue? { names[name] }
    }

    static let templates = TemplateTests.templates
    static let sheet = Result { try TemplateSet(directory: templates.path).styleSheet }

    /// Both ways of reading one rendering.
    struct TwoWays {
        var built: [Paragraph]?
        var reference: Result<[Paragraph], DiagnosticError>
        var compiled: Bool
    }

    func twoWays(_ text: String, _ names: [String: TemplateValue]) throws -> TwoWays {
        let sheet = try Self.sheet.get()
        let template = try DocumentTemplate(source: SourceText(path: "t.mustache", text: text), styleSheet: sheet)
        let context = TemplateValue.object(Values(names: names))
        let built = try template.compiled.flatMap { try template.build($0, context: context, styleSheet: sheet) }
        let reference = Result { () throws(DiagnosticError) -> [Paragraph] in
            do { return try template.renderThroughMarkup(context, styleSheet: sheet) } catch let error as DiagnosticError {
                throw error
            } catch { throw DiagnosticError([]) }
        }
        return TwoWays(built: built, reference: reference, compiled: template.compiled != nil)
    }

    /// The builder agrees with libxml2, or stands aside.
    func expectAgreement(_ ways: TwoWays, _ comment: Comment? = nil) {
        switch ways.reference {
        case let .success(paragraphs):
            if let built = ways.built { #expect(built == paragraphs, comment) }
        case .failure:
            #expect(ways.built == nil, comment)
        }
    }

    @Test(arguments: [Genre.summary, .speech])
    func shippedTemplatesBuildTheSameDocumentsDirectly(genre: Genre) throws {
        let set = try TemplateSet(directory: Self.templates.path, genres: [genre])
        let template = try #require(set.template(for: genre))
        #expect(template.compiled != nil)
        let inputs = [
            TemplateTests.input,
            try String(contentsOf: WriterGoldenTests.golden.appendingPathComponent("report.yaml"), encoding: .utf8),
            "title: A&B <c> \"d\" 'e'\nproblems: [x < y & z, \"tab\\there\", \"two  spaces\", \"line\\rbreak\\nend\"]\n",
            "title: 只有标题\n",
            "title: \"\\u00A0 \"\nachievements: [\"]]>\", \"a\\u0085b\"]\n",
        ]
        for input in inputs {
            let report = try #require(ReportReader().read(SourceText(path: "t.yaml", text: input)).report)
            let context = TemplateContext.make(for: report)
            let compiled = try #require(template.compiled)
            let built = try #require(try template.build(compiled, context: context, styleSheet: set.styleSheet))
            #expect(built == (try template.renderThroughMarkup(context, styleSheet: set.styleSheet)))
        }
    }

    @Test func markupInAValueIsText() throws {
        let text = "<document>\n<p style=\"body\">{{x}}</p>\n</document>\n"
        for value in ["<b>", "a & b", "x</p><p style=\"body\">y", "]]>", "<br/>"] {
            let ways = try twoWays(text, ["x": .text(value)])
            #expect(ways.built == [Paragraph(style: "body", inlines: [.text(value, style: nil)])], "\(value)")
            expectAgreement(ways, "\(value)")
        }
    }

    @Test func theDiagnosticOfABadRenderingIsTheSameAsBefore() throws {
        let sheet = try Self.sheet.get()
        let text = "<document>\n<p style=\"body\">{{title}}</p>\n</document>\n"
        let template = try DocumentTemplate(source: SourceText(path: "t.mustache", text: text), styleSheet: sheet)
        var report = try #require(ReportReader().read(SourceText(path: "t.yaml", text: "title: 标题\n")).report)
        // A character XML forbids, which the input's own checks would have refused.
        report.title?.value = "标\u{1}题"
        func diagnostics(_ body: () throws -> Any) -> [Diagnostic] {
            do { _ = try body() } catch let error as DiagnosticError { return error.diagnostics } catch {}
            return []
        }
        let rendered = diagnostics { try template.render(report, styleSheet: sheet) }
        let reference = diagnostics { try template.renderThroughMarkup(TemplateContext.make(for: report), styleSheet: sheet) }
        #expect(rendered.count == 1)
        #expect(rendered == reference)
        #expect(rendered.first?.location == SourceLocation(file: "t.mustache", line: 1, column: 1))
        #expect(rendered.first?.notes.first?.contains("填入输入内容后") == true, "\(rendered)")
    }

    @Test func charactersXMLForbidsAreLeftToLibxml2() throws {
        let text = "<document>\n<p style=\"body\">{{x}}<span style=\"lead-1\">{{y}}</span></p>\n</document>\n"
        for bad in ["\u{01}", "a\u{0B}b", "\u{FFFE}", "x\u{FFFF}", "\u{0}"] {
            let ways = try twoWays(text, ["x": .text(bad), "y": .text("正常")])
            #expect(ways.built == nil)
            expectAgreement(ways)
            expectAgreement(try twoWays(text, ["x": .text("正常"), "y": .text(bad)]))
        }
        for fine in ["\u{FFFD}", "\u{10FFFF}", "\u{7F}\u{85}", "\u{E000}", "a\r\nb", "\t"] {
            let ways = try twoWays(text, ["x": .text(fine), "y": .text(fine)])
            #expect(ways.built != nil, "\(fine.unicodeScalars.map(\.value))")
            expectAgreement(ways)
        }
    }


    @Test func templateTextOutsideTheSubsetRendersThroughLibxml2() throws {
        for text in [
            "<document>\n<p style=\"body\">R&amp;D {{x}}</p>\n</document>\n",
            "<document>\n<!-- 注释 -->\n<p style=\"body\">{{x}}</p>\n</document>\n",
            "<?xml version=\"1.0\"?>\n<document>\n<p style=\"body\">{{x}}</p>\n</document>\n",
            "<document>\n<p style=\"body\" class=\"a\tb\">{{x}}</p>\n</document>\n",
            "<document>\n<p style=\"body\">a > b {{x}}</p>\n</document>\n",
        ] {
            let ways = try twoWays(text, ["x": .text("值")])
            #expect(!ways.compiled, "\(text)")
            #expect(ways.built == nil)
            #expect((try? ways.reference.get()) != nil, "\(text)")
        }
    }

    @Test func layoutWhitespaceAndEmptyParagraphsMatch() throws {
        let text = """
        <document>
          <p style="body">  {{x}}  </p>
          <p style="body">
            {{x}}
            <span style="lead-1"> {{y}} </span>
            <br/>{{y}}<br />
          </p>
          <p style="body">{{empty}}</p>
          <p style='body'><span style="lead-2">{{empty}}</span></p>
        </document>
        """
        for (x, y) in [("甲", "乙"), ("", ""), (" a  b ", "\n"), ("c\r", "\rd"), ("\t", " ")] {
            let ways = try twoWays(text, ["x": .text(x), "y": .text(y), "empty": .text("")])
            #expect(ways.compiled)
            #expect(ways.built != nil)
            expectAgreement(ways, "\(x.debugDescription) \(y.debugDescription)")
        }
    }

    @Test func randomRenderingsAgreeWithLibxml2() throws {
        // Values and sections chosen at random in a template that uses them in every
        // place: the builder either gives libxml2's paragraphs or stands aside.
        let text = """
        <document>{{u}}
        {{#list}}<p style="body">{{u}}{{x}}<span style="lead-1">{{x}}{{u}}</span>{{#flag}}<br/>{{/flag}}{{x}}</p>{{/list}}
        {{#flag}}<p style="title">{{x}}</p>{{/flag}}{{^flag}}<p style="salutation">{{u}}</p>{{/flag}}
        </document>
        """
        let pieces = ["", " ", "\n", "\t", "文", "a b", "<", ">", "&", "&amp;", "\"", "'", "]]", "]]>", "\u{1}", "\u{FFFE}",
                      "<br/>", "</p>", "\r\n", "  ", "\u{E000}"]
        var generator = SeededGenerator(seed: 9704)
        for round in 0..<400 {
            func value() -> String {
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let names: [String: TemplateValue] = [
                "x": .text(value()),
                "u": .text(round % 3 == 0 ? value() : ""),
                "flag": .flag(Bool.random(using: &generator)),
                "list": .list(Array(repeating: .flag(true), count: Int.random(in: 0...2, using: &generator))),
            ]
            expectAgreement(try twoWays(text, names), "round \(round)")
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

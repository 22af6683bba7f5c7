import Foundation
import Testing
@testable import WengaoKit

/// Templates written to hurt (issue 12, item 10): each is refused when it is loaded, or its
/// rendering stops at the budget with a clear error, quickly. The time bound is CPU time of
/// the rendering thread, as in `HostileInputTests`: three seconds in a debug build, one in
/// an optimized one, where the reproducer took 10–12 s and 1.4 GiB before.
@Suite(.serialized) struct TemplateLimitTests {
    #if DEBUG
    static let timeLimit: Duration = .seconds(3)
    #else
    static let timeLimit: Duration = .seconds(1)
    #endif

    static let sheet = MarkupBuilderTests.sheet

    /// The diagnostics of loading `text` as a template; empty when it loads.
    func loadDiagnostics(_ text: String) throws -> [Diagnostic] {
        do {
            _ = try DocumentTemplate(source: SourceText(path: "t.mustache", text: text), styleSheet: try Self.sheet.get())
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        }
    }

    func report(_ yaml: String) throws -> Report {
        try #require(ReportReader().read(SourceText(path: "t.yaml", text: yaml)).report)
    }

    @Test(arguments: [("<document>\n<p style=\"body\">{{{title}}}</p>\n</document>\n", 2, 17),
                      ("<document>\n<p style=\"body\">{{& title}}</p>\n</document>\n", 2, 17),
                      ("<document>\n<p style=\"body\">{{{ title }}}</p>\n</document>\n", 2, 17)])
    func unescapedValuesAreRefusedAtLoad(text: String, line: Int, column: Int) throws {
        let diagnostics = try loadDiagnostics(text)
        #expect(diagnostics.map(\.id) == ["template-syntax"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.mustache", line: line, column: column))
        #expect(diagnostics.first?.message.contains("不经转义") == true, "\(diagnostics)")
    }

    /// Sections that open an element and close it outside, or hold the root: the skeleton
    /// (every section shown once) is well-formed, so only the section check finds them, at
    /// the section's own line, whatever the input.
    @Test(arguments: [
        ("<document>\n<p style=\"body\">{{#a}}<span style=\"lead-1\">{{/a}}x</span></p>\n</document>\n", 2, 17, "<span>"),
        ("<document>\n{{#items}}<p style=\"body\">{{point}}{{/items}}</p>\n</document>\n", 2, 1, "<p>"),
        ("<document>\n<p style=\"body\">x{{^a}}</p><p style=\"body\">{{/a}}y</p>\n</document>\n", 2, 18, "</p>"),
        ("{{#a}}<document><p style=\"body\">x</p></document>{{/a}}", 1, 1, "<document>"),
        ("<document>\n<p style=\"body\">{{#a}}<br{{/a}}/>x</p>\n</document>\n", 2, 17, "节外结束"),
    ])
    func sectionsThatStraddleAnElementAreRefusedAtLoad(text: String, line: Int, column: Int, named: String) throws {
        let diagnostics = try loadDiagnostics(text)
        #expect(diagnostics.map(\.id) == ["template-markup"], "\(diagnostics)")
        #expect(diagnostics.first?.location == SourceLocation(file: "t.mustache", line: line, column: column))
        #expect(diagnostics.first?.message.contains(named) == true, "\(diagnostics.map(\.message))")
    }

    @Test func sectionsHoldingWholeElementsLoad() throws {
        for text in [
            "<document>\n{{#items}}<p style=\"body\">{{point}}<!-- <p> --></p>{{/items}}\n</document>\n",
            "<document>\n<p style=\"body\">{{#a}}<span style='lead-1'>{{b}}</span><br/>{{/a}}甲</p>\n</document>\n",
            "<document>\n<p style=\"body\">{{#a}}<![CDATA[<p>]]>{{/a}}x</p>\n</document>\n",
        ] {
            #expect(try loadDiagnostics(text).isEmpty, "\(text)")
        }
    }

    @Test func sectionsNestedPastTheLimitAreRefusedAtLoad() throws {
        func nested(_ depth: Int) -> String {
            let open = (0..<depth).map { "{{#s\($0)}}" }.joined()
            let close = (0..<depth).reversed().map { "{{/s\($0)}}" }.joined()
            return "<document>\n<p style=\"body\">" + open + "x" + close + "</p>\n</document>\n"
        }
        let limit = MustacheParser.maximumSectionDepth
        #expect(try loadDiagnostics(nested(limit)).isEmpty)
        let refused = try loadDiagnostics(nested(limit + 1))
        #expect(refused.map(\.id) == ["template-syntax"])
        // At the opening tag one past the limit, after `<p style="body">` and the tags before it.
        let before = (0..<limit).map { "{{#s\($0)}}".count }.reduce(0, +)
        #expect(refused.first?.location == SourceLocation(file: "t.mustache", line: 2, column: 17 + before))
        #expect(refused.first?.message.contains("\(limit) 层") == true)
    }

    /// The reproducer, within the nesting allowed: sections over the same lists
    /// inside each other, each level multiplying the rendering by three or more.
    @Test func aMultiplyingTemplateStopsAtTheBudgetQuickly() throws {
        let depth = MustacheParser.maximumSectionDepth
        let open = (0..<depth).map { $0 % 2 == 0 ? "{{#parts}}" : "{{#items}}" }.joined()
        let close = (0..<depth).reversed().map { $0 % 2 == 0 ? "{{/parts}}" : "{{/items}}" }.joined()
        let text = "<document>\n<p style=\"body\">\n" + open + "{{title}}{{point}}" + close + "\n</p>\n</document>\n"
        #expect(text.utf8.count < 400)
        let sheet = try Self.sheet.get()
        let template = try DocumentTemplate(source: SourceText(path: "t.mustache", text: text), styleSheet: sheet)
        let report = try report(try String(contentsOf: Scratch.packageRoot.appendingPathComponent("Samples/meeting-speech.yaml"),
                                           encoding: .utf8))
        var diagnostics: [Diagnostic] = []
        let elapsed = ThreadCPUTime.measure {
            do { _ = try template.render(report, styleSheet: sheet) } catch let error as DiagnosticError {
                diagnostics = error.diagnostics
            } catch {}
        }
        #expect(elapsed < Self.timeLimit, "took \(elapsed)")
        #expect(diagnostics.map(\.id) == ["template-too-large"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.mustache", line: 3, column: 1))
        #expect(diagnostics.first?.message.contains("{{#parts}}") == true)
        // The slower way through libxml2 stops at the same budget.
        let context = TemplateContext.make(for: report)
        #expect(throws: DiagnosticError.self) { try template.renderThroughMarkup(context, styleSheet: sheet) }
    }

    /// The largest inputs Wengao reads — a megabyte of points, and 50,000 nodes nested three
    /// deep with details — render the shipped templates within a quarter of the budget, so
    /// the budget refuses only templates that multiply.
    @Test(arguments: [Genre.speech, .summary])
    func theLargestInputsStayFarInsideTheBudget(genre: Genre) throws {
        let set = try TemplateSet(directory: Scratch.templates.path, genres: [genre])
        let template = try #require(set.template(for: genre))
        let compiled = try #require(template.compiled)
        for input in [Self.widestInput, Self.deepestInput] {
            #expect(input.utf8.count <= InputLimits.default.maximumFileSize)
            let report = try report(input)
            var renderer = MustacheRenderer(root: TemplateContext.make(for: report), output: MarkupBuilder(styleSheet: set.styleSheet))
            renderer.render(compiled)
            #expect(!renderer.exhausted)
            #expect(renderer.spent * 4 < MustacheRenderer<MarkupBuilder>.defaultBudget,
                    "\(genre): \(renderer.spent) of \(MustacheRenderer<MarkupBuilder>.defaultBudget)")
        }
    }

    /// Three parts of 10,000 one-line points: just under 1 MiB.
    static let widestInput: String = {
        let points = (0..<10_000).map { "第\($0)项工作取得新进展" }.joined(separator: ", ")
        return "title: 某某区某某局2026年上半年工作总结\nachievements: [\(points)]\nproblems: [\(points)]\nnext_steps: [\(points)]\n"
    }()

    /// Points with details, sub-points and theirs, up to just under the node limit.
    static let deepestInput: String = {
        var lines = ["title: 某某区某某局2026年上半年工作总结", "achievements:"]
        for _ in 0..<1_000 {
            lines.append("  - point: 要点写成一句完整的话。")
            lines.append("    details: [第一段具体内容。, 第二段具体内容。]")
            lines.append("    subpoints:")
            for _ in 0..<3 {
                lines.append("      - point: 子要点。")
                lines.append("        details: 子要点的具体内容。")
                lines.append("        subpoints: [第三层要点一。, 第三层要点二。]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}

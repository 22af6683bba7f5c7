import Testing
@testable import WengaoKit

@Suite struct DiagnosticFormatterTests {
    let source = SourceText(path: "a.yaml", text: "title: 标题\n成绩:\n  - 完成x人培训\n")
    var diagnostic: Diagnostic {
        Diagnostic(.placeholder("x人"), at: SourceLocation(file: "a.yaml", line: 3, column: 7), notes: ["一条注"])
    }

    @Test func compilerStyleWithCaretUnderTheCharacter() {
        let text = DiagnosticFormatter.format(diagnostic, source: source)
        #expect(text == """
        a.yaml:3:7: 警告: “x人”像是没有填写的占位符；请填上实际的数字或名称 [placeholder]
            3 |   - 完成x人培训
              |         ^
          注: 一条注
        """)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!DiagnosticFormatter.format(diagnostic, source: source).contains("\u{1B}["))
        let coloured = DiagnosticFormatter.format(diagnostic, source: source, colors: .init(enabled: true))
        #expect(coloured.contains("\u{1B}[1;35m警告:\u{1B}[0m"))
    }

    @Test func longLinesAreShownAroundTheColumn() {
        let line = String(repeating: "甲", count: 100) + "X" + String(repeating: "乙", count: 100)
        let (shown, before) = DiagnosticFormatter.window(of: line, column: 101)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(shown.unicodeScalars.count == DiagnosticFormatter.maximumShownLine + 2)
        #expect(shown.unicodeScalars.dropFirst(before.unicodeScalars.count).first == "X")
        #expect(DiagnosticFormatter.window(of: "short", column: 3) == ("short", "sh"))
    }

    @Test func jsonEscapes() {
        let tricky = Diagnostic(.error, id: "x", message: "引号\"与\\换行\n和\u{01}", at: SourceLocation(file: "b\".yaml", line: 1, column: 2))
        #expect(DiagnosticFormatter.json([tricky]) == """
        [
          {
            "file": "b\\".yaml",
            "line": 1,
            "column": 2,
            "severity": "error",
            "id": "x",
            "message": "引号\\"与\\\\换行\\n和\\u0001"
          }
        ]

        """)
        #expect(DiagnosticFormatter.json([]) == "[]\n")
    }

    @Test func closingCount() {
        let error = Diagnostic(.missingTitle(), at: nil)
        #expect(DiagnosticFormatter.summary([error, error, diagnostic, diagnostic, diagnostic]) == "2 个错误，3 个警告")
    }
}

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

    /// Issue 12, item 6: a line holding `ESC ] 0 ; PWNED BEL ESC [ 2 J` would retitle the
    /// terminal and clear it; the line, the message and the file name show it visibly, the
    /// caret still under the character it points at.
    @Test func controlCharactersAreShownNotSentToTheTerminal() {
        let line = "title: \u{1B}]0;PWNED\u{07}\u{1B}[2J标题\u{7F}\u{9B}X"
        let source = SourceText(path: "a\u{1B}[31m.yaml", text: line + "\n")
        let column = line.unicodeScalars.count   // the X
        let text = DiagnosticFormatter.format(
            Diagnostic(.error, id: "x", message: "含\u{1B}[2J", at: SourceLocation(file: "a\u{1B}[31m.yaml", line: 1, column: column),
                       notes: ["注\u{07}"]),
            source: source)
        // `title: ␛]0;PWNED␇␛[2J` is 21 columns, 标题 4, ␡ 1, <U+009B> 8: the X is in column 35.
        #expect(text == """
        a␛[31m.yaml:1:\(column): 错误: 含␛[2J [x]
            1 | title: ␛]0;PWNED␇␛[2J标题␡<U+009B>X
              | \(String(repeating: " ", count: 34))^
          注: 注␇
        """)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(DiagnosticFormatter.visible("制表\t不变") == "制表\t不变")
        #expect(DiagnosticFormatter.visible("\u{00}\u{0A}\u{0D}\u{1F}") == "\u{2400}\u{240A}\u{240D}\u{241F}")
    }

    /// Bidirectional controls would make the printed line read otherwise than the file
    /// (“Trojan Source”) and move the caret off its character: shown as code points.
    @Test func bidirectionalControlsAreShown() {
        #expect(DiagnosticFormatter.visible("要点\u{202E}甲乙\u{202C}丙") == "要点<U+202E>甲乙<U+202C>丙")
        #expect(DiagnosticFormatter.visible("\u{2066}\u{2069}\u{200E}\u{200F}") == "<U+2066><U+2069><U+200E><U+200F>")
        // Joiners and the other format characters a Chinese text may hold are left alone.
        #expect(DiagnosticFormatter.visible("a\u{200D}b\u{FEFF}") == "a\u{200D}b\u{FEFF}")
        let line = "内容: \u{202E}甲乙X"
        let text = DiagnosticFormatter.format(
            Diagnostic(.error, id: "x", message: "m", at: SourceLocation(file: "a.yaml", line: 1, column: line.unicodeScalars.count)),
            source: SourceText(path: "a.yaml", text: line + "\n"))
        #expect(!text.unicodeScalars.contains("\u{202E}"))
        // `内容: ` takes 6 columns, <U+202E> 8, 甲乙 4: the caret follows 18 of them.
        #expect(text.contains("| \(String(repeating: " ", count: 18))^"), "\(text)")
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

import Foundation
import Testing

/// Nothing a user's file holds reaches the terminal as a control sequence (issue 12, item 6):
/// text output shows control characters visibly, JSON output escapes them.
@Suite struct TerminalSafetyTests {
    /// Sets the window title to PWNED, rings the bell and clears the screen when printed raw.
    static let attack = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"

    /// A scratch folder with an input whose name and `title` hold the attack.
    func hostileInput(test: String = #function) throws -> (folder: URL, name: String) {
        let folder = try Paths.scratch(test)
        let name = "a\(Self.attack).yaml"
        let text = "title: 标题\(Self.attack)\norganization: 某某局\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return (folder, name)
    }

    func rawControls(_ text: String) -> [UInt8] {
        text.utf8.filter { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F }
    }

    @Test func validateShowsTheSequenceInTheLineAndTheFileName() throws {
        let (folder, name) = try hostileInput()
        let result = try Command.wengao(["validate", name], in: folder)
        #expect(result.status == 1)
        #expect(!result.stdout.utf8.contains(0x1B) && !result.stdout.utf8.contains(0x07))
        #expect(rawControls(result.stdout + result.stderr).isEmpty)
        // The control-character error, its file name and line shown visibly, the caret under
        // the ESC, column 10 (`title: 标题` is 11 columns wide in a terminal).
        #expect(result.stdout.contains("""
        a␛]0;PWNED␇␛[2J.yaml:1:10: 错误: 文本中有不可见的控制字符 U+001B，文档无法容纳；请删除它 [control-character]
            1 | title: 标题␛]0;PWNED␇␛[2J
              |            ^
        """), "\(result.stdout)")
    }

    @Test func generatingNamesTheFileVisiblyOnStandardError() throws {
        let (folder, name) = try hostileInput()
        let result = try Command.wengao(["summary", name], in: folder)
        #expect(result.status == 1)
        #expect(!result.stderr.utf8.contains(0x1B) && !result.stderr.utf8.contains(0x07))
        #expect(result.stderr.contains("a␛]0;PWNED␇␛[2J.yaml:1:10:"), "\(result.stderr)")
        // A missing file with such a name, and an unknown option holding one, likewise.
        let missing = try Command.wengao(["summary", "b\u{1B}[2J.yaml", "-o", "x.docx"], in: folder)
        #expect(rawControls(missing.stderr).isEmpty && missing.stderr.contains("b␛[2J.yaml"), "\(missing.stderr)")
        let option = try Command.wengao(["summary", "--\u{1B}[2J"], in: folder)
        #expect(option.status == 64)
        #expect(rawControls(option.stderr).isEmpty && option.stderr.contains("--␛[2J"), "\(option.stderr)")
    }

    @Test func jsonKeepsTheExactCharactersEscaped() throws {
        let (folder, name) = try hostileInput()
        let result = try Command.wengao(["validate", "--format", "json", name], in: folder)
        #expect(rawControls(result.stdout).isEmpty)
        #expect(result.stdout.contains(#""file": "a\u001b]0;PWNED\u0007\u001b[2J.yaml""#), "\(result.stdout)")
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(array?.first?["file"] as? String == name)
    }
}

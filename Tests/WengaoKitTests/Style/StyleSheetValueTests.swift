import Foundation
import Testing
@testable import WengaoKit

/// A style file's every value has a type and a range: a bad one is a `style-value` error at
/// its line and column, never a crash (issue 12: 1e20mm ended the process with SIGILL) and
/// never a document that is not well-formed (a control character in a font name).
@Suite struct StyleSheetValueTests {
    static let defaults = try! StyleSheetReader.apply(path: Scratch.templates.appendingPathComponent("gbt9704.style.yaml").path, to: StyleSheet())

    /// The diagnostics reading `text` as a style file on top of the defaults gives.
    static func problems(_ text: String) -> [Diagnostic] {
        do {
            _ = try StyleSheetReader.apply(SourceText(path: "house.style.yaml", text: text), to: defaults)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, id: "unexpected", message: "\(error)", at: nil)]
        }
    }

    @Test(arguments: [
        ("page: {width: 1e20mm}", 1, 15, "应在 25mm 到 559mm 之间"),
        ("paragraph-styles: {title: {size: 1e30mm}}", 1, 34, "应在 4pt 到 84pt 之间"),
        ("page:\n  page-number-gap: 1e300mm\n", 2, 20, "应在 0mm 到 51mm 之间"),
        ("page: {width: 1e15mm}", 1, 15, "应在 25mm 到 559mm 之间"),
        ("page: {margin-left: 1e400mm}", 1, 21, "应是长度"),
        ("grid: {font-size: 0pt}", 1, 19, "应在 4pt 到 84pt 之间"),
        ("grid: {lines: 22.5}", 1, 15, "应是整数"),
        ("page: hello", 1, 7, "应是“键: 值”的映射"),
        ("paragraph-styles:\n  body: 42\n", 2, 9, "应是“键: 值”的映射"),
        ("fonts: hello", 1, 8, "应是“键: 值”的映射"),
        ("latin-font: \"Times\\u001b]0;x\\u0007\"", 1, 13, "U+001B"),
        ("paragraph-styles: {title: {font: \"A\\uFFFEB\"}}", 1, 34, "U+FFFE"),
        ("fonts: {\"仿宋\\u0000\": [FangSong]}", 1, 21, "U+0000"),
        ("character-styles: {lead-1: {font: [a, b]}}", 1, 35, "应是文字"),
        ("character-styles: {lead-1: {name: \"x\\u0085\"}}", 1, 35, "U+0085"),
        ("paragraph-styles: {\"my style\": {font: 黑体}}", 1, 32, "样式名只能用"),
    ] as [(String, Int, Int, String)])
    func aBadValueIsAnErrorAtItsPlace(_ text: String, _ line: Int, _ column: Int, _ words: String) {
        let problems = Self.problems(text)
        #expect(problems.count == 1, "\(problems)")
        let problem = problems.first
        #expect(problem?.id == "style-value")
        #expect(problem?.location?.line == line && problem?.location?.column == column, "\(String(describing: problem?.location))")
        #expect(problem?.message.contains(words) == true, "\(problem?.message ?? "")")
    }

    @Test func valuesAtTheEdgesOfTheirRangesAreTaken() {
        #expect(Self.problems("page: {width: 558mm, height: 558mm, margin-left: 0mm, page-number-gap: 50mm}").isEmpty)
        #expect(Self.problems("paragraph-styles:\n  title: {size: 初号, font: 方正小标宋_GBK}\n  新角色: {font: 楷体_GB2312}\n").isEmpty)
        #expect(Self.problems("grid: {lines: 22, characters: 28}").isEmpty)
    }
}

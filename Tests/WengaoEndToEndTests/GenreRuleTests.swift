import Foundation
import Testing

/// Rules that hold for one genre only are checked when that genre is written: a speech
/// with no 会议 would be titled …工作总结, so writing it warns; the summary and `validate` do not.
@Suite struct GenreRuleTests {
    @Test func aSpeechWithoutAMeetingIsWarnedAboutAtTheTitle() throws {
        let folder = try Paths.scratch()
        let input = folder.appendingPathComponent("无会议.yaml")
        try "标题: 某某局2026年上半年工作总结\n成绩: [党建引领更加有力]\n".write(to: input, atomically: true, encoding: .utf8)
        let speech = try Command.wengao(["speech", input.path, "--output-dir", folder.path])
        #expect(speech.status == 0)
        #expect(speech.stderr.contains("无会议.yaml:1:5: 警告: 没有写“会议”"), "\(speech.stderr)")
        #expect(speech.stderr.contains("[no-meeting]"))
        let summary = try Command.wengao(["summary", input.path, "--output-dir", folder.path])
        #expect(!summary.stderr.contains("no-meeting"), "\(summary.stderr)")
        #expect(!(try Command.wengao(["validate", input.path])).stdout.contains("no-meeting"))
        let silenced = try Command.wengao(["speech", input.path, "--ignore", "no-meeting", "--output-dir", folder.path])
        #expect(!silenced.stderr.contains("no-meeting"))
        #expect(try Command.wengao(["speech", input.path, "--strict", "--output-dir", folder.path]).status == 1)
    }
}

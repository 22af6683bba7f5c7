import Foundation
import Testing

/// `wengao fix` through the real binary, on a file with 66 punctuation slips, typed
/// numbering and trailing spaces, in the shapes a fix must leave alone (comments, quoting
/// styles, a literal block, CRLF, a byte-order mark).
@Suite struct FixCommandTests {
    static let folder = Paths.fixtures.appendingPathComponent("fix")

    private func copyOfSlips() throws -> URL {
        let scratch = try Paths.scratch()
        let copy = scratch.appendingPathComponent("slips.yaml")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("slips.yaml"), to: copy)
        return copy
    }

    @Test func validateShowsThreeOfEachRuleAndCountsTheRest() throws {
        let result = try Command.wengao(["validate", "slips.yaml"], in: Self.folder)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 40, "\(lines.count) lines")
        #expect(result.stdout.contains("另有 63 处 [half-width-punctuation] 未列出"))
        let all = try Command.wengao(["validate", "--all", "slips.yaml"], in: Self.folder)
        #expect(all.stdout.components(separatedBy: "[half-width-punctuation]").count - 1 == 66)
        let json = try Command.wengao(["validate", "--format", "json", "slips.yaml"], in: Self.folder)
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(entries?.filter { $0["id"] as? String == "half-width-punctuation" }.count == 66, "JSON is never cut")
    }

    @Test func fixLeavesNothingToReportAndEveryOtherByteAsItWas() throws {
        let file = try copyOfSlips()
        let original = try Data(contentsOf: file)
        let result = try Command.wengao(["fix", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("已改正"))
        let fixed = try Data(contentsOf: file)
        #expect(fixed == (try Data(contentsOf: Self.folder.appendingPathComponent("slips.fixed.yaml"))),
                "the fixed file differs from the reviewed one in Fixtures/fix")
        let after = try Command.wengao(["validate", "--strict", file.path])
        #expect(after.status == 0, "\(after.stdout)")
        #expect(after.stdout.hasSuffix("0 个错误，0 个警告\n"))

        // Independently of the reviewed file: the BOM, every line end and every comment
        // line stay byte for byte, and the lines still correspond one to one.
        #expect(fixed.starts(with: [0xEF, 0xBB, 0xBF]))
        let before = String(decoding: original, as: UTF8.self).components(separatedBy: "\r\n")
        let now = String(decoding: fixed, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(before.count == now.count)
        for (old, new) in zip(before, now) where old.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            || old.hasSuffix("# 注释里的, 也不改") {
            if old.hasPrefix("\u{FEFF}#") || old.trimmingCharacters(in: .whitespaces).hasPrefix("#") { #expect(old == new) }
            else { #expect(new.hasSuffix("# 注释里的, 也不改"), "a comment after a value is kept") }
        }
        #expect(String(decoding: fixed, as: UTF8.self).contains("单位: '某某区某某局'"), "quoting is kept")

        let again = try Command.wengao(["fix", file.path])
        #expect(again.stderr.contains("无需改正"))
        #expect(try Data(contentsOf: file) == fixed, "a second fix changes nothing")
    }

    @Test func dryRunPrintsADiffThatPatchApplies() throws {
        let file = try copyOfSlips()
        let original = try Data(contentsOf: file)
        let result = try Command.wengao(["fix", "--dry-run", "slips.yaml"], in: file.deletingLastPathComponent())
        #expect(result.status == 0)
        #expect(try Data(contentsOf: file) == original, "--dry-run changes nothing")
        #expect(result.stdout.hasPrefix("--- slips.yaml\n+++ slips.yaml\n@@ -4,29 +4,29 @@\n"))
        let patch = try Requirement.tool("patch", package: "patch")
        let diff = file.deletingLastPathComponent().appendingPathComponent("fix.diff")
        try Data(result.stdout.utf8).write(to: diff)
        let applied = try Command.run(patch, ["--binary", "slips.yaml", "fix.diff"], in: file.deletingLastPathComponent())
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        #expect(try Data(contentsOf: file) == (try Data(contentsOf: Self.folder.appendingPathComponent("slips.fixed.yaml"))))
    }

    @Test func aFileWithAYAMLErrorIsNotTouched() throws {
        let scratch = try Paths.scratch()
        let file = scratch.appendingPathComponent("broken.yaml")
        let bytes = Data("标题: 某某局工作总结\n成绩:\n  - 加强领导,压实责任\n  - [未闭合的方括号, 压实\n".utf8)
        try bytes.write(to: file)
        let result = try Command.wengao(["fix", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:4:"), "\(result.stderr)")
        #expect(result.stderr.contains("未改动"))
        #expect(try Data(contentsOf: file) == bytes)
        #expect(try Command.wengao(["fix", scratch.appendingPathComponent("missing.yaml").path]).status == 1)
    }

    @Test func permissionsAndSymbolicLinksAreKept() throws {
        let file = try copyOfSlips()
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let link = file.deletingLastPathComponent().appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(try Command.wengao(["fix", link.path]).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == file.path)
        #expect(try Data(contentsOf: file) == (try Data(contentsOf: Self.folder.appendingPathComponent("slips.fixed.yaml"))))
    }
}

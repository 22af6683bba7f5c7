import Foundation
import Testing
@testable import WengaoKit

/// Inputs written to hurt: each must end in a clear error, quickly, never a crash or a
/// hang. The bound, in CPU time of the reading thread, is the issue's one second in an optimized build; a debug build (what
/// `swift test` makes) runs this code several times slower, so it gets three. Either is
/// far below what an exponential blow-up would take. The binary's time and memory on the
/// alias bomb are measured through /usr/bin/time in the end-to-end tests.
@Suite(.serialized) struct HostileInputTests {
    #if DEBUG
    static let timeLimit: Duration = .seconds(3)
    #else
    static let timeLimit: Duration = .seconds(1)
    #endif

    /// Reads `text` and returns the ids found, failing if it took too long.
    func check(_ text: String, limits: InputLimits = .default) throws -> [String] {
        try check(bytes: Array(text.utf8), limits: limits)
    }

    func check(bytes: [UInt8], limits: InputLimits = .default) throws -> [String] {
        var ids: [String] = []
        let fixture = MarkedFixture(marked: bytes)
        let elapsed = ThreadCPUTime.measure {
            ids = fixture.diagnostics(limits: limits).map(\.id)
        }
        #expect(elapsed < Self.timeLimit, "took \(elapsed)")
        return ids
    }

    static func laughs(levels: Int = 9, width: Int = 9) -> String {
        var text = "title: t\nachievements:\n  - &a {point: lol}\n"
        var previous = "a"
        for level in 1..<levels {
            let name = "l\(level)"
            text += "  - &\(name) {point: lol, subpoints: [" + Array(repeating: "*\(previous)", count: width).joined(separator: ", ") + "]}\n"
            previous = name
        }
        return text
    }

    @Test func billionLaughsStopsAtTheNodeLimit() throws {
        #expect(try check(Self.laughs()) == ["alias-limit"])
    }

    @Test func anAliasedKeyIsRefusedBeforeComposing() throws {
        // Yams would hash the key's whole expansion: exponential without this check.
        let bomb = Self.laughs().replacingOccurrences(of: "achievements:\n", with: "x:\n") + "? *l8\n: boom\n"
        #expect(try check(bomb) == ["complex-key"])
        #expect(try check("title: t\n{*a : 1}: 2\n").contains("complex-key"))
        #expect(try check("title: t\nx: [a]\n[a]: 1\n").contains("complex-key"))
    }

    @Test func nestedExplicitKeysAreRefused() throws {
        let text = (0..<500).map { String(repeating: " ", count: $0 * 2) + "?" }.joined(separator: "\n") + " x\n"
        #expect(try check(text).first == "complex-key")
    }

    @Test func aliasesCannotMultiplyTheText() throws {
        let long = String(repeating: "很长的文字", count: 20_000) // 300 KB
        let text = "title: t\nopening:\n  - &a \"\(long)\"\n" + String(repeating: "  - *a\n", count: 40) + "achievements: [a]\n"
        #expect(try check(text) == ["alias-limit"])
    }

    @Test func deepFlowNestingIsAnError() throws {
        #expect(try check("title: " + String(repeating: "[", count: 100_000)) == ["nesting-too-deep"])
        #expect(try check("title: t\nachievements: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n")
                == ["nesting-too-deep"])
    }

    @Test func denseFilesHitTheNodeLimitBeforeComposing() throws {
        let block = "title: t\nachievements:\n" + String(repeating: "- a\n", count: 200_000)
        #expect(try check(block) == ["too-many-nodes"])
        let flow = "title: t\nachievements: [" + String(repeating: "a,", count: 300_000) + "a]\n"
        #expect(try check(flow) == ["too-many-nodes"])
    }

    @Test func manyRepeatedKeysAreEachReportedOnce() throws {
        let text = "title: t\nachievements: [加强领导]\n" + String(repeating: "title: again\n", count: 20_000)
        let ids = try check(text)
        #expect(ids.count == 20_000 && Set(ids) == ["duplicate-key"])
    }

    @Test func sizeCap() throws {
        let limits = InputLimits(maximumFileSize: 1_000)
        #expect(try check(String(repeating: "#", count: 1_001), limits: limits) == ["file-too-large"])
        #expect(try check(String(repeating: "#", count: 999) + "\n", limits: limits) != ["file-too-large"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wengao-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        try Data(count: InputLimits.default.maximumFileSize + 1).write(to: big)
        #expect(ReportValidator.check(path: big.path).diagnostics.map(\.id) == ["file-too-large"])
    }

    @Test func directoriesAndMissingFiles() throws {
        let directory = ReportValidator.check(path: FileManager.default.temporaryDirectory.path).diagnostics
        #expect(directory.map(\.id) == ["file-unreadable"])
        #expect(directory.first?.message.contains("文件夹") == true)
        let missing = ReportValidator.check(path: "/nonexistent/input.yaml").diagnostics
        #expect(missing.map(\.id) == ["file-unreadable"])
        #expect(missing.first?.message.contains("不存在") == true)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: 标题\nachievements: [加强领导]\n".utf8)
        #expect(try check(bytes: bytes) == [])
    }

    @Test func everyByteIsHandled() throws {
        // Each single byte, and each byte after a valid start: no crash, an answer.
        for byte in UInt8.min...UInt8.max {
            _ = try check(bytes: [byte])
            _ = try check(bytes: Array("title: t\nachievements: [a".utf8) + [byte] + Array("]\n".utf8))
        }
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// Temporaries: named so that a later run knows its own, removed when their run is gone
/// (issue 12, item 8).
@Suite struct AtomicFileTests {
    @Test func aTemporaryNameGivesItsProcess() {
        #expect(AtomicFile.processOfTemporary(named: ".讲话.docx.wengao-4242-123456.tmp") == 4242)
        #expect(AtomicFile.processOfTemporary(named: ".a-b-c.odt.wengao-7-0.tmp") == 7)
        for name in ["讲话.docx", ".x.wengao-12.tmp", ".x.wengao-a-1.tmp", ".x.wengao-0-1.tmp", "x.wengao-5-1.tmp",
                     ".x.wengao-5-1.tmp.bak", ".x.pandoc-5-1.tmp"] {
            #expect(AtomicFile.processOfTemporary(named: name) == nil, "\(name)")
        }
    }

    /// The id of a process that has ended: a child started and waited for.
    static func endedProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func onlyTheTemporariesOfEndedRunsAreRemoved() throws {
        let folder = try Scratch.folder()
        let ended = try Self.endedProcess()
        let stale = ".讲话.docx.wengao-\(ended)-99.tmp"
        let live = ".讲话.odt.wengao-\(getppid())-98.tmp"
        let mine = ".总结.docx.wengao-\(getpid())-97.tmp"
        let others = ["讲话.docx", ".hidden.tmp", ".x.wengao-notes.tmp"]
        for name in [stale, live, mine] + others { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        #expect(StaleTemporaries.remove(in: folder.path + "/") == 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ([live, mine] + others).sorted())
    }

    @Test func aWriteLeavesOnlyTheFile() throws {
        let folder = try Scratch.folder()
        let target = folder.appendingPathComponent("讲话.docx").path
        try AtomicFile.write(Data("新".utf8), to: target)
        try AtomicFile.write(Data("更新".utf8), to: target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["讲话.docx"])
        #expect(FileSystem.contents(of: target, upTo: 100) == Array("更新".utf8))
    }
}

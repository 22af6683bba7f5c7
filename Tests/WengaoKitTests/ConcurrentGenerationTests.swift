import Foundation
import Testing
@testable import WengaoKit

/// A lone document's run works on two threads (`wengao`'s single-input path): the
/// templates load while the input is read, and the two formats are packaged at once.
/// The files must be the very bytes the one-thread path writes.
@Suite struct ConcurrentGenerationTests {
    @Test func backgroundWorkHandsOverItsResult() {
        let work = BackgroundWork { (1...1000).reduce(0, +) }
        #expect(work.join() == 500_500)
        #expect(work.join() == 500_500, "joined twice, the same result")
    }

    @Test func backgroundWorkDroppedUnjoinedIsWaitedFor() {
        let done = Lock()
        nonisolated(unsafe) var finished = false
        do {
            _ = BackgroundWork { () -> Int in
                usleep(20_000)
                done.withLock { finished = true }
                return 0
            }
        }
        #expect(done.withLock { finished }, "the object's end waited for its work")
    }

    @Test func preparedAndConcurrentPackagesAreTheSameBytes() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("东城"), "单位.yaml", in: folder)
        func run(_ name: String, prepared: Bool, concurrently: Bool) throws -> [Data] {
            let plan = try BatchPlan(inputs: [input], formats: [.docx, .odt], outputDirectory: folder.appendingPathComponent(name).path)
            let generator = try Scratch.generator()
            if prepared { generator.prepare([.docx, .odt]) }
            let job = plan.jobs[0]
            let outcome = generator.generate(job, checked: Generator.check(job), genre: .speech,
                                             formatsConcurrently: concurrently)
            #expect(outcome.succeeded, "\(outcome.diagnostics)")
            return try outcome.written.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }
        }
        let plain = try run("plain", prepared: false, concurrently: false)
        #expect(plain.count == 2)
        #expect(try run("both", prepared: true, concurrently: true) == plain)
        #expect(try run("prepared", prepared: true, concurrently: false) == plain)
    }
}

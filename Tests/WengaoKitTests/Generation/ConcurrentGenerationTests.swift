import Foundation
import Testing
@testable import WengaoKit

/// A lone document's run works on two threads (`wengao`'s single-input path): the
/// templates load while the input is read, and the two formats are packaged at once.
/// The files must be the very bytes the one-thread path writes.
@Suite(.timeLimit(.minutes(1))) struct ConcurrentGenerationTests {
    @Test func backgroundWorkHandsOverItsResult() {
        let work = BackgroundWork { (1...1000).reduce(0, +) }
        #expect(work.join() == 500_500)
        #expect(work.join() == 500_500, "joined twice, the same result")
        // Many at once: each result comes back whether its thread or the caller ran it.
        let works = (0..<200).map { index in BackgroundWork { index * index } }
        #expect(works.enumerated().allSatisfy { $0.element.join() == $0.offset * $0.offset })
    }

    /// Work whose object goes away unjoined either never starts or is finished first: it
    /// never runs on after.
    @Test func backgroundWorkDroppedUnjoinedNeverRunsOn() {
        for _ in 0..<50 {
            let state = Lock()
            nonisolated(unsafe) var started = false, finished = false
            do {
                _ = BackgroundWork { () -> Int in
                    state.withLock { started = true }
                    usleep(2_000)
                    state.withLock { finished = true }
                    return 0
                }
            }
            state.withLock { #expect(!started || finished) }
            usleep(3_000)
            state.withLock { #expect(started == finished, "a work that started after its object's end") }
        }
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

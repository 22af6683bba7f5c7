import Foundation
import Testing
@testable import WengaoServer

/// PDF conversions go through the gate: never more than its width at once, all of them done.
@Suite struct ConcurrencyGateTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0
        func enter() { lock.withLock { running += 1; most = max(most, running) } }
        func leave() { lock.withLock { running -= 1 } }
    }

    @Test func atMostTwoRunAtOnceAndEveryOneFinishes() async {
        let gate = ConcurrencyGate(width: 2), counter = Counter()
        let results = await withTaskGroup(of: Int.self) { group in
            for number in 0..<8 {
                group.addTask {
                    await gate.run {
                        counter.enter()
                        usleep(50_000)  // blocking, as a LibreOffice run is
                        counter.leave()
                        return number
                    }
                }
            }
            var results: [Int] = []
            for await result in group { results.append(result) }
            return results.sorted()
        }
        #expect(results == Array(0..<8))
        // Never more than the width; how many of the two places are taken at once depends on
        // how many threads Dispatch has free, which a loaded 2-core machine does not promise.
        #expect(counter.most <= 2)
        #expect(counter.most >= 1)
    }
}

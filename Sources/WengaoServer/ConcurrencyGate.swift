import Dispatch

/// Runs blocking work (a LibreOffice conversion) on a thread of its own, at most `width` at
/// once: the server's few cooperative threads go on answering while a PDF is made, and a
/// burst of PDF requests queues instead of starting a LibreOffice each.
actor ConcurrencyGate {
    private let width: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { self.width = max(1, width) }

    func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        if running >= width {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        let value = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
        // The place passes to the next in line (`running` stays), or is given back.
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
        return value
    }
}

import FoundationEssentials
import WengaoKit

/// A one-line progress bar on standard error: done/total, rate, time left.
///
/// Drawn only on a terminal; in a pipe or a log file it stays silent, so redirected
/// output holds only diagnostics and the closing count. Redrawn at most ten times a second,
/// so a thousand fast documents do not cost a thousand terminal writes.
final class ProgressBar {
    private let total: Int
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var done = 0
    private var visible = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
        start = clock.now
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = clock.now
        if done < total, let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        draw(elapsed: now - start)
    }

    /// Removes the bar so that a diagnostic or the closing count starts on a clean line.
    func clear() {
        guard visible else { return }
        write("\r\u{1B}[2K")
        visible = false
    }

    private func draw(elapsed: Duration) {
        let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-3)
        let rate = Double(done) / seconds
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 24
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        write("\r\u{1B}[2K" + BatchText.progress(bar: bar, done: done, total: total, rate: rate,
                                                 remaining: Self.clockTime(left)))
        visible = true
    }

    static func clockTime(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return "\(whole / 60):" + (whole % 60 < 10 ? "0" : "") + "\(whole % 60)"
    }

    private func write(_ text: String) {
        StandardStream.standardError.write(text)
    }
}

import Foundation
import Testing

/// The benchmark harness runs end to end with tiny counts. Its numbers are not checked:
/// a benchmark is not a timed test (Docs/benchmark.md).
@Suite struct BenchmarkSmokeTests {
    @Test func theHarnessPrintsItsTable() throws {
        let bench = Paths.executable.deletingLastPathComponent().appendingPathComponent("wengao-bench")
        let result = try Command.run(bench, ["--quick", "--no-install", "--wengao", Paths.executable.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.first?.hasPrefix("| measurement | wengao | pandoc") == true)
        for row in ["| one speech", "| peak RSS, one speech", "| batch of 6 speeches", "| peak RSS, batch of 2 → 6",
                    "| scaling: one input of", "| stage parse", "| stage validate", "| stage template", "| stage write",
                    "| stage zip", "| stage save", "| import one speech .docx"] {
            #expect(rows.contains { $0.hasPrefix(row) }, "no row \(row)")
        }
    }
}

import Foundation
import Testing

/// Compares `actual` with `Fixtures/golden/<name>`; `RECORD_GOLDEN=1` writes it instead.
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Paths.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "golden \(name) differs; rerun with RECORD_GOLDEN=1 if the change is intended",
            sourceLocation: sourceLocation)
}

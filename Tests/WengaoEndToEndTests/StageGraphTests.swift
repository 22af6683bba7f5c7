import Foundation
import Testing

/// The library's folders depend only on earlier stages (Docs/architecture.md): the graph
/// derived from the code by Scripts/stage-graph.py has no back-edge.
@Suite struct StageGraphTests {
    @Test func noFolderUsesALaterStage() throws {
        let python = try Requirement.tool("python3", package: "python3")
        let script = Paths.packageRoot.appendingPathComponent("Scripts/stage-graph.py")
        let result = try Command.run(python, [script.path, "--check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("back-edges: 0"))
        // Every stage folder is seen, so a renamed or moved folder cannot slip past the check.
        for stage in ["System", "Diagnostics", "Model", "Input", "Validation", "Template", "Document", "Writers", "Package"] {
            #expect(result.stdout.contains("  \(stage) "), "\(stage) missing from the graph")
        }
    }
}

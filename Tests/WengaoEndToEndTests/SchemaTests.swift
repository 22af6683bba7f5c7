import Foundation
import Testing
import WengaoKit

/// The JSON Schema for editors: the committed copy is what `wengao schema` prints, the
/// samples point at it and pass it, and it agrees with the validator on a fixture set.
///
/// The agreement is on what a schema can say: a fixture is schema-valid exactly when
/// `wengao validate` finds no error in it. What a schema cannot say (a day that does not
/// exist, content warnings) is left out of the set on purpose.
@Suite struct SchemaTests {
    static let schemaFile = Paths.samples.appendingPathComponent("wengao-input.schema.json")
    static let fixtures = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/Schema")
    static let sampleFiles = ["half-year-summary.yaml", "meeting-speech.yaml"].map { Paths.samples.appendingPathComponent($0) }

    @Test func committedSchemaIsWhatTheCommandPrints() throws {
        let printed = try Command.wengao(["schema"])
        #expect(printed.status == 0)
        #expect(printed.stdout == (try String(contentsOf: Self.schemaFile, encoding: .utf8)),
                "Samples/wengao-input.schema.json is stale: wengao schema > Samples/wengao-input.schema.json")
        #expect(printed.stdout == InputSchema.json)
    }

    @Test func samplesNameTheSchemaForTheirEditor() throws {
        for sample in Self.sampleFiles {
            let firstLine = try String(contentsOf: sample, encoding: .utf8).split(separator: "\n").first
            #expect(firstLine == "# yaml-language-server: $schema=wengao-input.schema.json", "\(sample.lastPathComponent)")
        }
    }

    @Test func schemaAndValidatorAgree() throws {
        try Requirement.need(Self.pythonHasJSONSchema, "python3 with jsonschema and pyyaml is needed (pip install jsonschema pyyaml)")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let files = fixtures.map { Self.fixtures.appendingPathComponent($0) } + Self.sampleFiles
        let result = try Command.run(URL(fileURLWithPath: Requirement.which("python3")!.path),
                                     [Paths.packageRoot.appendingPathComponent("Scripts/check-schema.py").path, Self.schemaFile.path]
                                     + files.map(\.path))
        #expect(result.status == 0, "\(result.stderr)")
        let verdicts = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(verdicts.count == files.count)
        for verdict in verdicts {
            let path = verdict["file"] as? String ?? ""
            let schemaValid = verdict["valid"] as? Bool
            let diagnostics = ReportValidator.check(path: path).diagnostics
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(schemaValid == !diagnostics.hasErrors,
                    "\(name): schema says \(String(describing: schemaValid)) \(verdict["errors"] ?? ""), validator says \(diagnostics.map(\.id))")
            if name.hasPrefix("valid-") || Self.sampleFiles.map(\.lastPathComponent).contains(name) { #expect(schemaValid == true, "\(name)") }
            if name.hasPrefix("invalid-") { #expect(schemaValid == false, "\(name)") }
        }
    }

    static var pythonHasJSONSchema: Bool {
        guard let python = Requirement.which("python3") else { return false }
        return (try? Command.run(python, ["-c", "import jsonschema, yaml"]).status) == 0
    }
}

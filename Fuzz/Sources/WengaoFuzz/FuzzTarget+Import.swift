@testable import WengaoKit

/// `wengao import`'s readers under the fuzzer: `import-text` takes the bytes as a .txt (encoding
/// detection, debris, structure, YAML), `import-zip` as a .docx and then as an .odt (the zip
/// reader, the XML, the structure). Besides crashes, it checks what the importer promises:
/// it either refuses the file with a message naming it, or writes YAML that the input reader
/// takes without a syntax error.
func fuzzImport(_ bytes: [UInt8], asPackage: Bool) {
    let names = asPackage ? ["fuzz.docx", "fuzz.odt"] : ["fuzz.txt"]
    for name in names {
        let outcome: DocumentImporter.Outcome
        do {
            outcome = try DocumentImporter.importDocument(bytes, name: name, options: .init())
        } catch {
            precondition(error.message.hasPrefix(name + "："), "an import error that does not name the file: \(error.message)")
            continue
        }
        let checked = ReportValidator.check(source: SourceText(path: "fuzz.yaml", text: outcome.yaml))
        let syntax = checked.diagnostics.filter { $0.id.hasPrefix("yaml-") || ["duplicate-key", "unknown-key", "wrong-type"].contains($0.id) }
        precondition(syntax.isEmpty, "the importer wrote YAML its own reader refuses: \(syntax.map(\.message))\n\(outcome.yaml)")
    }
}

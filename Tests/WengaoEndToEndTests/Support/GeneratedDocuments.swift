import Conformance
import Foundation
import Testing

/// One output the conformance tests check: an input, a genre, a format.
struct DocumentCase: Sendable, Hashable, CustomTestStringConvertible {
    var input: String
    var genre: String
    var format: String

    /// Both samples and the stress input, in both genres and both formats.
    static let all: [DocumentCase] = inputs.keys.sorted().flatMap { input in
        ["summary", "speech"].flatMap { genre in ["docx", "odt"].map { DocumentCase(input: input, genre: genre, format: $0) } }
    }

    /// Every input by its short name.
    static let inputs: [String: URL] = [
        "half-year-summary": Paths.samples.appendingPathComponent("half-year-summary.yaml"),
        "meeting-speech": Paths.samples.appendingPathComponent("meeting-speech.yaml"),
        "stress": Paths.fixtures.appendingPathComponent("stress.yaml"),
        // Items written as whole paragraphs at every level: run-in heads, not chains of
        // headings, so every full page keeps its 22 lines.
        "paragraph-items": Paths.fixtures.appendingPathComponent("paragraph-items.yaml"),
    ]

    /// The file name: the DOCX and ODT of one input and genre share it, so that the
    /// measurement pairs them for the pagination rule.
    var fileName: String { "\(genre)-\(input).\(format)" }
    var testDescription: String { fileName }
}

/// The documents, generated once per test run by the real `wengao` into one folder.
enum GeneratedDocuments {
    static let folder: Result<URL, GenerationError> = {
        do {
            let folder = try Paths.scratch("generated-documents")
            for item in DocumentCase.all {
                let result = try Command.wengao([item.genre, DocumentCase.inputs[item.input]!.path,
                                                 "-o", folder.appendingPathComponent(item.fileName).path])
                guard result.status == 0 else {
                    return .failure(GenerationError(message: "wengao \(item.genre) \(item.input) failed: \(result.stderr)"))
                }
            }
            return .success(folder)
        } catch {
            return .failure(GenerationError(message: "\(error)"))
        }
    }()

    static func url(_ item: DocumentCase) throws -> URL {
        try folder.get().appendingPathComponent(item.fileName)
    }

    /// The standard schemas, each compiled once for the whole run.
    static let schemas = StandardSchemas(folder: Paths.schemas)
}

struct GenerationError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

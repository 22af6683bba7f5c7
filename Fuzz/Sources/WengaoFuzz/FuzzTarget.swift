import Foundation
import WengaoKit

/// libFuzzer's entry point: one input file's bytes through the whole pipeline —
/// read → validate → template → write the DOCX and ODT packages.
///
/// Besides crashes (and AddressSanitizer's findings), it checks what the pipeline
/// promises: every diagnostic points inside the file, and an input without errors always
/// yields both documents.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    let source: SourceText
    do {
        source = try SourceText.decode(bytes, path: "fuzz.yaml")
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: bytes.count + 1)
        return 0
    } catch {
        fatalError("SourceText.decode threw something other than diagnostics: \(error)")
    }
    let (report, diagnostics) = ReportValidator.check(source: source)
    checkLocations(diagnostics, lines: source.text.unicodeScalars.count + 1)
    guard let report else { return 0 }
    // A generator per input: its caches live and die with the input, so LeakSanitizer sees
    // anything they would keep past it.
    let generator = Generator(templates: Fuzzing.templates)
    do {
        for genre in Genre.allCases {
            let document = try generator.document(for: report, genre: genre)
            for format in [OutputFormat.docx, .odt] {
                _ = try generator.package(document, format: format, timestamp: Date(timeIntervalSince1970: 0))
            }
        }
    } catch {
        fatalError("an input without errors failed to generate: \(error)")
    }
    return 0
}

private func checkLocations(_ diagnostics: [Diagnostic], lines: Int) {
    for diagnostic in diagnostics {
        guard let location = diagnostic.location else { continue }
        if location.line < 1 || location.column < 1 || location.line > lines {
            fatalError("diagnostic outside the file: \(diagnostic)")
        }
    }
}

enum Fuzzing {
    /// Templates are loaded once, from the repository beside this package.
    static let templates: TemplateSet = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        return try! TemplateSet(directory: folder.path)
    }()
}

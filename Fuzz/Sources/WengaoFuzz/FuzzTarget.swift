import Foundation
// Internal writers and libxml2's reader are used to check each part (built with -enable-testing).
@testable import WengaoKit

/// libFuzzer's entry point. `WENGAO_FUZZ_MODE` picks what the bytes are:
///
/// - `input` (the default): an input file, through the whole pipeline — read → validate →
///   template → write the DOCX and ODT packages;
/// - `style`: a style file applied on top of GB/T 9704's, then both packages of a small
///   report written with it;
/// - `template`: a template, loaded and checked, then rendered from the sample report;
/// - `import-text`, `import-zip`: a document for `wengao import` (FuzzTarget+Import.swift).
///
/// Besides crashes (and AddressSanitizer's findings), it checks what the pipeline
/// promises: every diagnostic points inside the file, a file without errors always yields
/// its documents, and what is written is well-formed (libxml2 reads every XML part back).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    switch Fuzzing.mode {
    case "style": fuzzStyle(bytes)
    case "template": fuzzTemplate(bytes)
    case "import-text": fuzzImport(bytes, asPackage: false)
    case "import-zip": fuzzImport(bytes, asPackage: true)
    default: fuzzInput(bytes)
    }
    return 0
}

private func fuzzInput(_ bytes: [UInt8]) {
    let source: SourceText
    do {
        source = try SourceText.decode(bytes, path: "fuzz.yaml")
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: bytes.count + 1)
        return
    } catch {
        fatalError("SourceText.decode threw something other than diagnostics: \(error)")
    }
    let (report, diagnostics) = ReportValidator.check(source: source)
    checkLocations(diagnostics, lines: source.text.unicodeScalars.count + 1)
    guard let report else { return }
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
}

/// The bytes as a file of that kind, or nil after checking the diagnostics of one that is not text.
private func decoded(_ bytes: [UInt8], path: String) -> SourceText? {
    do {
        return try SourceText.decode(bytes, path: path)
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: bytes.count + 1)
        return nil
    } catch {
        fatalError("SourceText.decode threw something other than diagnostics: \(error)")
    }
}

private func fuzzStyle(_ bytes: [UInt8]) {
    guard let source = decoded(bytes, path: "fuzz.style.yaml") else { return }
    let sheet: StyleSheet
    do {
        sheet = try StyleSheetReader.apply(source, to: Fuzzing.templates.styleSheet)
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: source.text.unicodeScalars.count + 1)
        return
    } catch {
        fatalError("a style file threw something other than diagnostics: \(error)")
    }
    // Every style the sheet has, one paragraph each, through both writers.
    var paragraphs = sheet.paragraphStyles.keys.sorted().map { Paragraph(style: $0, inlines: [.text("文字 Text 12", style: nil)]) }
    for name in sheet.characterStyles.keys.sorted() {
        paragraphs.append(Paragraph(style: "body", inlines: [.text("要点", style: name), .text("内容", style: nil)]))
    }
    let document = Document(properties: DocumentProperties(title: "标题"), paragraphs: paragraphs)
    for format in [OutputFormat.docx, .odt] {
        do {
            let parts = try format.writer.parts(for: document, styleSheet: sheet)
            for part in parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".rels") {
                do { _ = try MarkupParser.parse(String(decoding: part.data, as: UTF8.self)) } catch {
                    fatalError("\(format) \(part.path) is not well-formed with this style file: \(error.message)")
                }
            }
        } catch {
            fatalError("a style file without errors failed to write \(format): \(error)")
        }
    }
}

private func fuzzTemplate(_ bytes: [UInt8]) {
    guard let source = decoded(bytes, path: "fuzz.mustache") else { return }
    let template: DocumentTemplate
    do {
        template = try DocumentTemplate(source: source, styleSheet: Fuzzing.templates.styleSheet)
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: source.text.unicodeScalars.count + 1)
        return
    } catch {
        fatalError("a template threw something other than diagnostics: \(error)")
    }
    do {
        _ = try template.render(Fuzzing.sample, styleSheet: Fuzzing.templates.styleSheet)
    } catch let error as DiagnosticError {
        checkLocations(error.diagnostics, lines: source.text.unicodeScalars.count + 1)
    } catch {
        fatalError("rendering threw something other than diagnostics: \(error)")
    }
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
    static let mode = ProcessInfo.processInfo.environment["WENGAO_FUZZ_MODE"] ?? "input"

    /// The sample summary's report, rendered by every template the fuzzer makes.
    static let sample: Report = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        return ReportValidator.check(path: folder.appendingPathComponent("half-year-summary.yaml").path).report!
    }()

    /// Templates are loaded once, from the repository beside this package.
    static let templates: TemplateSet = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        return try! TemplateSet(directory: folder.path)
    }()
}

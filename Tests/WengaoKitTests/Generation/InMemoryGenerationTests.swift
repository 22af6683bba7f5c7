import Foundation
import Testing
@testable import WengaoKit

/// Bytes that are no file (`wengao serve`'s request bodies) are read, checked and packaged
/// exactly as a file with those bytes is.
@Suite struct InMemoryGenerationTests {
    @Test func bytesAreReadWithAFilesChecksAndDiagnostics() throws {
        let folder = try Scratch.folder()
        let cases = [
            "title: 标题\nachievements:\n  items:\n    - point: 坚持,推动\n    - 12\nfoo: 1\n",
            "title: a\u{7}b\nachievements: [x]\n",
            "title: [unclosed\n",
            "   \n",
        ]
        for (index, text) in cases.enumerated() {
            let path = try Scratch.write(text, "case\(index).yaml", in: folder)
            let fromFile = ReportValidator.check(path: path)
            let fromBytes = ReportValidator.check(bytes: Array(text.utf8), name: path)
            #expect(fromBytes.diagnostics.map(\.id) == fromFile.diagnostics.map(\.id), "case \(index)")
            #expect(fromBytes.diagnostics.map(\.message) == fromFile.diagnostics.map(\.message), "case \(index)")
            #expect(fromBytes.diagnostics.map(\.location) == fromFile.diagnostics.map(\.location), "case \(index)")
            #expect(fromBytes.report == fromFile.report, "case \(index)")
        }
        // The size limit holds for bytes too.
        let tooLarge = ReportValidator.check(bytes: Array(repeating: UInt8(ascii: "a"), count: 100), name: "x",
                                             limits: InputLimits(maximumFileSize: 99))
        #expect(tooLarge.diagnostics.map(\.id) == ["file-too-large"])
    }

    @Test(arguments: [Genre.speech, .summary])
    func packagesInMemoryAreTheBytesGenerateWrites(genre: Genre) throws {
        let generator = try Scratch.generator()
        let folder = try Scratch.folder()
        let bytes = try Array(Data(contentsOf: Scratch.sampleSpeech))
        let targets = [OutputFormat.docx, .odt].map {
            BatchPlan.Target(format: $0, path: folder.appendingPathComponent("out.\($0.rawValue)").path,
                             displayPath: "out.\($0.rawValue)")
        }
        let written = generator.generate(BatchPlan.Job(input: Scratch.sampleSpeech.path, targets: targets), genre: genre)
        #expect(written.succeeded)
        let made = generator.packages(Generator.check(bytes: bytes, name: "输入"), targets: targets, genre: genre)
        #expect(made.succeeded)
        #expect(made.packages.count == 2)
        for (package, target) in zip(made.packages, targets) {
            #expect(package == (try Data(contentsOf: URL(fileURLWithPath: target.path))), "\(target.format)")
        }
        #expect(made.corrections == written.corrections)
    }

    @Test func anInputWithErrorsMakesNoPackageAndSaysWhy() throws {
        let made = try Scratch.generator().packages(Generator.check(bytes: Array("organization: 某局\n".utf8), name: "输入"),
                                                    targets: [BatchPlan.Target(format: .docx, path: "输入.docx", displayPath: "输入.docx")],
                                                    genre: .summary)
        #expect(!made.succeeded)
        #expect(made.packages.isEmpty)
        #expect(made.diagnostics.contains { $0.id == "missing-title" && $0.location?.file == "输入" })
    }
}

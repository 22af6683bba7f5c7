import Foundation
import Testing
@testable import WengaoKit

@Suite struct BatchGenerationTests {
    /// Runs `plan` and returns the outcomes in the order the consumer saw them.
    func run(_ plan: BatchPlan, workers: Int) throws -> [BatchOutcome] {
        var outcomes: [BatchOutcome] = []
        try Scratch.generator().generate(plan, genre: .summary, workers: workers) { outcomes.append($0) }
        return outcomes
    }

    func plan(_ names: [String], broken: Set<String> = [], in folder: URL) throws -> BatchPlan {
        let inputs = try names.map { name in
            try Scratch.write(broken.contains(name) ? "title: [unclosed" : Scratch.input(name), "in/\(name).yaml", in: folder)
        }
        return try BatchPlan(inputs: inputs, formats: [.docx, .odt], outputDirectory: folder.appendingPathComponent("out").path)
    }

    @Test func aFailingInputIsReportedAndTheOthersAreWritten() throws {
        let folder = try Scratch.folder()
        let names = (1...7).map { "单位\($0)" }
        let outcomes = try run(try plan(names, broken: ["单位3"], in: folder), workers: 2)
        #expect(outcomes.map(\.index) == Array(0..<7))
        #expect(outcomes.map(\.succeeded) == [true, true, false, true, true, true, true])
        #expect(outcomes[2].diagnostics.map(\.id) == ["yaml-unclosed"])
        #expect(outcomes[2].written.isEmpty)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(written.count == 12)
        #expect(!written.contains("单位3.docx") && !written.contains("单位3.odt"))
    }

    @Test func theSameInputsGiveTheSameBytesOnOneWorkerOrSeveral() throws {
        let names = (1...6).map { "dept\($0)" }
        var results: [[Data]] = []
        for workers in [1, 2, 4] {
            let folder = try Scratch.folder()
            let plan = try plan(names, in: folder)
            let outcomes = try run(plan, workers: workers)
            results.append(try outcomes.flatMap(\.written).map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) })
        }
        #expect(results[0].count == 12)
        #expect(results[0] == results[1])
        #expect(results[0] == results[2])
    }

    @Test func strictTurnsAWarningIntoAFailure() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("x") + "\nproblems: []\n", "warn.yaml", in: folder)
        let plan = try BatchPlan(inputs: [input], formats: [.odt], outputDirectory: folder.path)
        let generator = try Scratch.generator()
        let relaxed = generator.generate(plan.jobs[0], genre: .summary, strict: false)
        let strict = generator.generate(plan.jobs[0], genre: .summary, strict: true)
        #expect(relaxed.succeeded && relaxed.diagnostics.map(\.id) == ["empty-section"])
        #expect(!strict.succeeded && strict.written.isEmpty)
    }

    @Test func anUnwritableOutputFailsThatInputOnly() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("x"), "x.yaml", in: folder)
        // A folder where the document should go cannot be replaced by it.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out/x.docx"), withIntermediateDirectories: true)
        let plan = try BatchPlan(inputs: [input], formats: [.docx], outputDirectory: folder.appendingPathComponent("out").path)
        let outcome = try Scratch.generator().generate(plan.jobs[0], genre: .summary)
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.map(\.id) == ["output-unwritable"])
    }

    /// A package the zip format cannot hold reaches the user as its own message, naming the
    /// file, not as an internal error. The real path (Generator → ZipPackage) with the limit
    /// lowered from 4 GiB to 2 KB, which every document's content part exceeds.
    @Test func aPackageTooLargeForZipIsItsOwnError() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("x"), "x.yaml", in: folder)
        let plan = try BatchPlan(inputs: [input], formats: [.docx, .odt], outputDirectory: folder.appendingPathComponent("out").path)
        var generator = try Scratch.generator()
        generator.packageSizeLimit = 2048
        for concurrently in [false, true] {
            let outcome = generator.generate(plan.jobs[0], checked: Generator.check(plan.jobs[0]), genre: .summary,
                                             formatsConcurrently: concurrently)
            #expect(!outcome.succeeded && outcome.written.isEmpty)
            let path = plan.jobs[0].targets[0].path
            #expect(outcome.diagnostics == [Diagnostic(.error, id: "package-write-failed",
                                                       message: "无法生成 \(path)：文稿的某一部分超过 4 GB，.docx / .odt 所用的 zip 格式装不下；请把输入拆成几份较小的文稿",
                                                       at: nil)])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}

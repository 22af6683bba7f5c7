import Foundation
import Testing
@testable import WengaoKit

@Suite struct BatchPlanTests {
    @Test func folderStandsForItsYAMLFilesSortedWithoutHiddenFilesOrSubfolders() throws {
        let folder = try Scratch.folder()
        for name in ["b.yaml", "a.yml", "C.YAML", ".hidden.yaml", "notes.txt", "sub/d.yaml"] {
            try Scratch.write(Scratch.input("x"), name, in: folder)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        let inputs = try BatchInputs.expand([folder.path])
        #expect(inputs.map { URL(fileURLWithPath: $0).lastPathComponent } == ["C.YAML", "a.yml", "b.yaml"])
    }

    @Test func filesAndFoldersMixAndAFileGivenTwiceIsOneInput() throws {
        let folder = try Scratch.folder()
        let a = try Scratch.write(Scratch.input("a"), "in/a.yaml", in: folder)
        let b = try Scratch.write(Scratch.input("b"), "b.yaml", in: folder)
        let inputs = try BatchInputs.expand([b, folder.appendingPathComponent("in").path, a, folder.path + "/./b.yaml"])
        #expect(inputs == [b, a])
    }

    @Test func aMissingFileIsLeftToFailAsAnInput() throws {
        #expect(try BatchInputs.expand(["/nonexistent/x.yaml"]) == ["/nonexistent/x.yaml"])
    }

    @Test func aFolderWithoutInputsIsAnError() throws {
        let folder = try Scratch.folder()
        try Scratch.write("x", "readme.md", in: folder)
        #expect {
            try BatchInputs.expand([folder.path])
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.id) == ["folder-without-inputs"]
        }
    }

    @Test func outputsAreNamedAfterInputsInTheOutputFolder() throws {
        let plan = try BatchPlan(inputs: ["in/东城街道.yaml", "b.yml"], formats: [.docx, .odt],
                                 outputDirectory: "/tmp/out")
        #expect(plan.jobs.map { $0.targets.map(\.path) } == [
            ["/tmp/out/东城街道.docx", "/tmp/out/东城街道.odt"],
            ["/tmp/out/b.docx", "/tmp/out/b.odt"],
        ])
    }

    @Test func twoInputsWritingTheSameFileAreOneErrorNamingBoth() throws {
        #expect {
            try BatchPlan(inputs: ["a/report.yaml", "ok.yaml", "b/report.yml"], formats: [.docx, .odt],
                          outputDirectory: "/tmp/out")
        } throws: { error in
            guard let diagnostics = (error as? DiagnosticError)?.diagnostics, diagnostics.count == 1 else { return false }
            let message = diagnostics[0].message
            return diagnostics[0].id == "output-collision" && message.contains("a/report.yaml")
                && message.contains("b/report.yml") && message.contains("/tmp/out/report.docx")
                && message.contains("/tmp/out/report.odt") && !message.contains("ok.yaml")
        }
    }

    /// Issue 12, item 7: names that are canonically equivalent but different bytes are two
    /// files — two inputs and two outputs, no collision; the same bytes still collide.
    @Test func pathsAreComparedAsBytesNotAsCanonicallyEquivalentStrings() throws {
        let folder = try Scratch.folder()
        let names = ["\u{91D1}.yaml", "\u{F90A}.yaml", "caf\u{E9}.yaml", "cafe\u{301}.yaml"]
        #expect(names[0] == names[1] && names[2] == names[3], "Swift takes them for one string")
        var paths: [String] = []
        for name in names {
            let path = folder.path + "/" + name
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(descriptor >= 0, "cannot make \(name)")
            close(descriptor)
            paths.append(path)
        }
        let expanded = try BatchInputs.expand([folder.path] + paths)
        #expect(Set(expanded.map { Array($0.utf8) }) == Set(paths.map { Array($0.utf8) }))
        #expect(expanded.count == 4)
        let plan = try BatchPlan(inputs: expanded, formats: [.docx], outputDirectory: "/tmp/out")
        #expect(Set(plan.jobs.map { Array($0.targets[0].path.utf8) }).count == 4)
        #expect {
            try BatchPlan(inputs: ["a/\u{91D1}.yaml", "b/\u{F90A}.yml", "c/\u{91D1}.yml"], formats: [.docx], outputDirectory: "/tmp/out")
        } throws: { error in
            guard let diagnostics = (error as? DiagnosticError)?.diagnostics, diagnostics.count == 1 else { return false }
            let message = diagnostics[0].message.unicodeScalars
            // a/ and c/ collide, b/ (U+F90A) does not.
            return message.contains("\u{91D1}") && !message.contains("\u{F90A}")
                && diagnostics[0].message.utf8.elementsEqual("输入文件 a/\u{91D1}.yaml、c/\u{91D1}.yml 会写入同一个输出文件 /tmp/out/\u{91D1}.docx；请给其中一个改名，或分两次运行并用 --output-dir 指定不同的文件夹".utf8)
        }
    }

    @Test func anOutputOverAnInputIsRefused() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("x"), "x.docx", in: folder)
        #expect {
            try BatchPlan(input: input, output: input, format: .docx)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.id) == ["output-is-input"]
        }
    }

    @Test func anOutputOverAnInputIsRefusedHoweverItIsSpelled() throws {
        let folder = try Scratch.folder()
        let input = try Scratch.write(Scratch.input("x"), "in/x.docx", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: "in")
        for output in ["in/./x.docx", "in//x.docx", "in/../in/x.docx", "missing/../in/x.docx", "link/x.docx"] {
            #expect {
                try BatchPlan(input: input, output: folder.path + "/" + output, format: .docx)
            } throws: { error in
                (error as? DiagnosticError)?.diagnostics.map(\.message)
                    == [DiagnosticMessage.outputIsInput(folder.path + "/" + output).text]
            }
        }
        _ = try BatchPlan(input: input, output: folder.path + "/in/y.docx", format: .docx)
    }

    @Test func aFileReachedThroughALinkedFolderIsOneInput() throws {
        let folder = try Scratch.folder()
        let a = try Scratch.write(Scratch.input("a"), "in/a.yaml", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: folder.path + "/in")
        #expect(try BatchInputs.expand([a, folder.path + "/link/a.yaml", folder.path + "/link"]) == [a])
    }

    @Test func outputsAreShownAsTheUserWroteThemAndWrittenToAbsolutePaths() throws {
        let plan = try BatchPlan(inputs: ["in/东城街道.yaml"], formats: [.docx], outputDirectory: "out//")
        let target = plan.jobs[0].targets[0]
        #expect(target.displayPath == "out//东城街道.docx")
        #expect(target.path == FileManager.default.currentDirectoryPath + "/out//东城街道.docx")
        let named = try BatchPlan(input: "a.yaml", output: "./sub/../named.odt/", format: .odt).jobs[0].targets[0]
        #expect(named.displayPath == "./sub/../named.odt")
        #expect(named.path == FileManager.default.currentDirectoryPath + "/named.odt")
    }
}

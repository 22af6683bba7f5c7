import Conformance
import Foundation
import Testing

/// `--fonts` and `wengao fonts` through the real binary, fontconfig and LibreOffice.
@Suite(.serialized) struct FontsCommandTests {
    @Test func fontsPrintsEachRoleWithWhatThisMachineAndThePDFUse() throws {
        _ = try Requirement.tool("fc-match", package: "fontconfig")
        try Requirement.need(FileManager.default.fileExists(atPath: "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"),
                             "FandolFang (texlive-lang-chinese) prints the 仿宋 role")
        let windows = try Command.wengao(["fonts"])
        #expect(windows.status == 0, "\(windows.stderr)")
        #expect(windows.stdout.contains("字体方案：windows"))
        #expect(windows.stdout.contains("仿宋（正文）：仿宋_GB2312"))
        #expect(windows.stdout.contains("  PDF：FandolFang（代替），GB2312 汉字 6763/6763"), "\(windows.stdout)")
        #expect(windows.stdout.contains("  PDF：AR PL KaitiM GB（代替），GB2312 汉字 6763/6763"))
        let free = try Command.wengao(["fonts", "--fonts", "free"])
        #expect(free.status == 0)
        #expect(free.stdout.contains("黑体（一级标题）：Noto Sans CJK SC\n  本机显示：Noto Sans CJK SC，GB2312 汉字 6763/6763"), "\(free.stdout)")
        let xinchuang = try Command.wengao(["fonts", "--fonts", "xinchuang"])
        #expect(xinchuang.stdout.contains("标题（小标宋）：方正小标宋_GBK"))
        let wrong = try Command.wengao(["fonts", "--fonts", "mac"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("windows"), "\(wrong.stderr)")
    }

    @Test func aFreeProfilePDFShowsFourFacesAndItsDocumentsNameThem() throws {
        try LibreOffice.require()
        _ = try Requirement.tool("pdffonts", package: "poppler-utils")
        let folder = try Paths.scratch()
        let sample = Paths.samples.appendingPathComponent("half-year-summary.yaml")
        let run = try Command.wengao(["summary", sample.path, "--fonts", "free", "--format", "odt,pdf", "--output-dir", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let listing = try Command.run(Requirement.which("pdffonts")!, [folder.appendingPathComponent("half-year-summary.pdf").path]).stdout
        for face in ["NotoSerifCJK", "NotoSansCJK", "FandolFang-Regular", "GBZenKai-Medium"] {
            #expect(listing.contains(face), "\(face) missing:\n\(listing)")
        }
        let odt = try PackageArchive(url: folder.appendingPathComponent("half-year-summary.odt"))
        let content = String(decoding: try odt.data(at: "content.xml"), as: UTF8.self)
        #expect(content.contains("svg:font-family=\"FandolFang\""))
        #expect(!content.contains("仿宋_GB2312"))
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// `--fonts`: each profile names one face per role in both formats, and never a list.
@Suite struct FontProfileTests {
    static let report = Scratch.packageRoot.appendingPathComponent("Tests/WengaoKitTests/Writers/Golden/report.yaml")

    /// Every font name a part declares: DOCX `w:eastAsia`/`w:ascii` and `w:font w:name`,
    /// ODT `svg:font-family` and `style:font-name-asian`.
    static func fontNames(in parts: [PackagePart]) -> Set<String> {
        let pattern = /(?:w:eastAsia|w:ascii|w:hAnsi|w:name|svg:font-family|style:font-name-asian|style:font-name)="([^"]*)"/
        var names = Set<String>()
        for part in parts where part.path.hasSuffix(".xml") {
            let text = String(decoding: part.data, as: UTF8.self)
            for match in text.matches(of: pattern) { names.insert(String(match.1)) }
        }
        return names
    }

    @Test(arguments: FontProfile.allCases, [OutputFormat.docx, .odt])
    func eachRoleIsOneNameOfTheProfile(profile: FontProfile, format: OutputFormat) throws {
        let set = try TemplateSet(directory: Scratch.templates.path, genres: [.summary], fontProfile: profile)
        let generator = Generator(templates: set)
        let report = try #require(generator.check(path: Self.report.path).report)
        let document = try generator.document(for: report, genre: .summary)
        let names = Self.fontNames(in: try format.writer.parts(for: document, styleSheet: set.styleSheet))
            .subtracting(["zh-CN", "en-US", "Normal", "Times New Roman"])
        #expect(!names.contains { $0.contains(";") || $0.contains(",") }, "\(names)")
        let expected = Set(FontProfile.Role.allCases.map(profile.font(for:)))
        // DOCX style names (w:name) are display names, not fonts: only the fonts are compared.
        let fonts = names.filter { name in FontProfile.allCases.contains { p in FontProfile.Role.allCases.contains { p.font(for: $0) == name } } }
        #expect(fonts == expected, "\(profile) \(format): \(fonts)")
    }

    @Test func aStyleFileChoosesTheProfileAndTheCommandLineWins() throws {
        let folder = try Scratch.folder()
        let style = folder.appendingPathComponent("free.style.yaml")
        try Data("font-profile: free\n".utf8).write(to: style)
        let free = try TemplateSet(directory: Scratch.templates.path, genres: [], styleOverride: style.path)
        #expect(free.styleSheet.paragraphStyles["body"]?.font == "FandolFang")
        #expect(free.styleSheet.paragraphStyles["page-number"]?.font == "Noto Serif CJK SC")
        #expect(free.styleSheet.characterStyles["lead-2"]?.font == "AR PL KaitiM GB")
        let xinchuang = try TemplateSet(directory: Scratch.templates.path, genres: [], styleOverride: style.path, fontProfile: .xinchuang)
        #expect(xinchuang.styleSheet.paragraphStyles["title"]?.font == "方正小标宋_GBK")
        #expect(xinchuang.styleSheet.paragraphStyles["page-number"]?.font == "方正书宋_GBK")
        try Data("font-profile: wps\n".utf8).write(to: style)
        #expect(throws: DiagnosticError.self) { try TemplateSet(directory: Scratch.templates.path, genres: [], styleOverride: style.path) }
    }

    @Test func gb2312HasItsHanziAndCoverageCountsThem() {
        #expect(FontReport.gb2312Hanzi.count == 6763)
        #expect(FontReport.gb2312Hanzi.first == 0x4E00)
        // 一 (4E00) to 龥 (9FA5) holds every GB2312 hanzi; a charset without CJK none.
        #expect(FontReport.covered(FontReport.gb2312Hanzi, charset: "20-7e 4e00-9fa5") == 6763)
        #expect(FontReport.covered(FontReport.gb2312Hanzi, charset: "20-7e a0-17f") == 0)
        #expect(FontReport.covered(FontReport.gb2312Hanzi, charset: "4e00") == 1)
        #expect(FontReport.escaped("Source-Han:Serif") == "Source\\-Han\\:Serif")
    }
}

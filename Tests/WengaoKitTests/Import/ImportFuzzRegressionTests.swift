import Testing
@testable import WengaoKit

/// The inputs `Scripts/fuzz.sh 180 import-text` found (2026-12-07): text whose characters YAML
/// does not allow as they are (U+FFFE, U+FFFF, U+FEFF, C1 controls, U+2028), which the
/// importer wrote into values and comments unescaped, so that its own reader refused the file.
@Suite struct ImportFuzzRegressionTests {
    static let findings: [String] = [
        "feff216bffffff5b6569736b733f7a696b6569736b733f6a696230733f7a696b6569736b733f6a6962303f3fc4c0c0c03f3f3f3f3f3f3fcfcfcfcfcfcf3139cfcfcf31303033cfcfcfcfcfcfcfcfcf3f3f7a696b6569736b733f6a696230733f7a696b65694a4546736b733f6a6962303f3fc4c0c0c03f3f3f3f3f3f3fcfcfcfcf6a6566cfcfcfcfcfcfcf31303033cfcfcfcfcfcfcfcfcf3f3f3f3f3f2b3f34739fd12e933f3f3f2b3f34739fd12e93696b",  // 1b8cc58e9fda
        "feffc900003ba827002f00ffffffffff",  // 1cf74064206f
        "fffefeff",  // 88f15560863a
        "feffffff67ffff676762303f3f3f3d3f3f3f3f3f3f3f3f3f3f3f3f356762303f3f3f3d3f3f3f3f3f3f3f3f3f3f3f3f35d556",  // afffbfa3ccb7
        "feff2e6a6970736a6970ffffffffffffffff737e",  // fa5845a7c002
        "fefffefffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeff39ffff67623138ff39ffff676231383033",  // fad8ba8141d2
    ]

    static func bytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    @Test(arguments: findings)
    func theOutputIsYAMLItsReaderTakes(hex: String) throws {
        let outcome: DocumentImporter.Outcome
        do {
            outcome = try DocumentImporter.importDocument(Self.bytes(hex), name: "fuzz.txt", options: .init())
        } catch {
            #expect(error.message.hasPrefix("fuzz.txt："))
            return
        }
        let checked = ReportValidator.check(source: SourceText(path: "fuzz.yaml", text: outcome.yaml))
        #expect(!checked.diagnostics.contains { $0.id.hasPrefix("yaml-") }, "\(checked.diagnostics.map(\.message))\n\(outcome.yaml)")
    }

    @Test func unprintableCharactersAreEscapedInValuesAndShownInComments() {
        for scalar: Unicode.Scalar in ["\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{85}", "\u{9C}", "\u{2028}", "\u{7F}"] {
            let value = "正文" + String(scalar) + "内容"
            let text = "标题: \(YAMLText.quoted(value))\n成绩: [甲]\n"
            #expect(!ReportValidator.check(source: SourceText(path: "q.yaml", text: text)).diagnostics
                .contains { $0.id.hasPrefix("yaml-") }, "\(scalar.value) in a value")
            var yaml = YAMLText(keys: .chinese)
            yaml.comment(value)
            #expect(!ReportValidator.check(source: SourceText(path: "c.yaml", text: yaml.text + "标题: 甲\n成绩: [乙]\n")).diagnostics
                .contains { $0.id.hasPrefix("yaml-") }, "\(scalar.value) in a comment")
        }
    }

    /// A document's invisible characters are taken out of its text and listed, so that the
    /// input validates; the text around them is kept.
    @Test func invisibleCharactersAreRemovedAndListed() throws {
        let text = "在全区会议上的讲话\n同志们：\n上半年取得成效\u{200B}，主要有以下特点。一是加强\u{FEFF}领导。二是完善\u{85}制度。\n"
        let outcome = try DocumentImporter.importDocument(Array(text.utf8), name: "a.txt", options: .init())
        #expect(outcome.yaml.contains("    - 加强领导\n"))
        #expect(outcome.yaml.contains("    - 完善制度\n"))
        #expect(outcome.yaml.contains("不可见字符：U+200B"))
        #expect(outcome.yaml.contains("不可见字符：U+FEFF"))
        let checked = ReportValidator.check(source: SourceText(path: "a.yaml", text: outcome.yaml))
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.message))")
    }
}

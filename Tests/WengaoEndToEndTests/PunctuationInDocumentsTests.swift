import Conformance
import Foundation
import Testing

/// What the documents print for text pasted with half-width punctuation and typed
/// numbering, through the real binary: full-width marks among Chinese, one ordinal per
/// point, and one line per file saying what was changed.
@Suite struct PunctuationInDocumentsTests {
    static let slips = Paths.fixtures.appendingPathComponent("fix/slips.yaml")

    private func bodyText(_ url: URL) throws -> String {
        let archive = try PackageArchive(url: url)
        let part = url.pathExtension == "docx" ? "word/document.xml" : "content.xml"
        return EveryTextTests.characters(of: try archive.data(at: part))
    }

    /// A half-width mark with a Chinese character right before or after it.
    private func halfWidthBesideChinese(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
        return scalars.indices.compactMap { index in
            guard ",;:?!()\"".unicodeScalars.contains(scalars[index]) else { return nil }
            let before = index > 0 && isHan(scalars[index - 1])
            let after = index + 1 < scalars.count && isHan(scalars[index + 1])
            guard before || after else { return nil }
            return String(String.UnicodeScalarView(scalars[max(0, index - 4)..<min(scalars.count, index + 5)]))
        }
    }

    @Test(arguments: ["summary", "speech"])
    func documentsCarryFullWidthMarksAndOneOrdinal(_ genre: String) throws {
        let folder = try Paths.scratch()
        let result = try Command.wengao([genre, Self.slips.path, "--output-dir", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let line = "文稿里已把 66 处半角标点改为全角、去掉 8 处手写编号"
        #expect(result.stderr.components(separatedBy: line).count - 1 == 1, "one line per file, not per format: \(result.stderr)")
        for format in ["docx", "odt"] {
            let text = try bodyText(folder.appendingPathComponent("slips.\(format)"))
            #expect(halfWidthBesideChinese(text).isEmpty, "\(format): \(halfWidthBesideChinese(text))")
            for doubled in ["一是一是", "二是二是", "（一）（一）", "（一）一、", "第一，第一", "第一，一是", "2.2.", "（二）2."] {
                #expect(!text.contains(doubled), "\(format) has “\(doubled)”")
            }
            for word in ["统筹推进重点工作", "人员力量不足", "基层基础薄弱", "抓好工作落实", "“群众满意度”进一步提升（见附件1）！"] {
                #expect(text.contains(word), "\(format) lacks “\(word)”")
            }
        }
    }

    @Test func keepPunctuationPrintsWhatWasTyped() throws {
        let folder = try Paths.scratch()
        let result = try Command.wengao(["summary", Self.slips.path, "--keep-punctuation", "--format", "docx",
                                         "--output-dir", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try bodyText(folder.appendingPathComponent("slips.docx"))
        #expect(text.contains("这次会议,是对上半年工作的一次总结"))
        #expect(!text.contains("一是统筹推进"), "typed numbering goes either way")
        #expect(result.stderr.contains("去掉 8 处手写编号"))
        #expect(!result.stderr.contains("半角标点改为全角"))
    }
}

import Foundation
import Testing
import ZIPFoundation

/// `wengao import` through the real binary: a speech copied from a web page (traditional
/// characters, pinyin debris, half-width commas, page furniture) as .txt, .docx and .odt; the
/// samples' own documents read back exactly; and the files it must refuse.
@Suite struct ImportCommandTests {
    static let folder = Paths.fixtures.appendingPathComponent("import")

    /// The paragraphs of a generated .docx, read from its document.xml by tags alone.
    static func paragraphs(ofDocx url: URL) throws -> [String] {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        var paragraphs: [String] = []
        for chunk in String(decoding: xml, as: UTF8.self).components(separatedBy: "</w:p>") {
            var text = "", inTag = false
            for character in chunk {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            if !text.isEmpty { paragraphs.append(text) }
        }
        return paragraphs
    }

    static func hanzi(_ text: String) -> [Character] {
        text.filter { $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }.map { $0 }
    }

    /// The speech of the issue's “done when”: imported with --simplified, it validates, and
    /// the speech generated from it has 一是…四是 twice, 第一…第三 with 3, 5 and 3 一要, 95 % of
    /// the clean source's characters and none of the debris.
    @Test(arguments: ["txt", "docx", "odt"])
    func webSpeechComesBackAsTheSameSpeech(format: String) throws {
        try Requirement.need(FileManager.default.fileExists(atPath: "/usr/share/opencc/t2s.json"),
                             "OpenCC's t2s dictionaries (apt-get install libopencc-dev)")
        let scratch = try Paths.scratch("web-\(format)")
        let input = Self.folder.appendingPathComponent("half-year-speech-web.\(format)")
        let yaml = scratch.appendingPathComponent("speech.yaml")
        let imported = try Command.wengao(["import", "--simplified", input.path, "-o", yaml.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("繁体"), "the traditional characters are said")
        let again = scratch.appendingPathComponent("again.yaml")
        #expect(try Command.wengao(["import", "--simplified", input.path, "-o", again.path]).status == 0)
        #expect(try Data(contentsOf: again) == Data(contentsOf: yaml), "the same input gives the same bytes")

        let validated = try Command.wengao(["validate", yaml.path])
        #expect(validated.status == 0, "\(validated.stdout)")
        #expect(validated.stdout.contains("0 个错误"))

        let docx = scratch.appendingPathComponent("speech.docx")
        let generated = try Command.wengao(["speech", yaml.path, "--format", "docx", "-o", docx.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let paragraphs = try Self.paragraphs(ofDocx: docx)
        let text = paragraphs.joined()

        let achievements = try #require(paragraphs.first { $0.contains("主要有以下特点") })
        let problems = try #require(paragraphs.first { $0.hasPrefix("在看到成绩的同时") })
        for part in [achievements, problems] {
            #expect(["一是", "二是", "三是", "四是"].allSatisfy(part.contains), "\(part)")
            #expect(!part.contains("五是"))
        }
        for (ordinal, count) in [("第一，", 3), ("第二，", 5), ("第三，", 3)] {
            let paragraph = try #require(paragraphs.first { $0.hasPrefix(ordinal) }, "\(ordinal)")
            let yao = ["一要", "二要", "三要", "四要", "五要", "六要"].filter(paragraph.contains)
            #expect(yao.count == count, "\(ordinal): \(yao)")
        }
        #expect(!paragraphs.contains { $0.hasPrefix("第四，") })

        let source = try String(contentsOf: Self.folder.appendingPathComponent("half-year-speech-clean.txt"), encoding: .utf8)
        var available: [Character: Int] = [:]
        for character in Self.hanzi(text) { available[character, default: 0] += 1 }
        let sourceHanzi = Self.hanzi(source)
        var found = 0
        for character in sourceHanzi where available[character, default: 0] > 0 {
            available[character]! -= 1
            found += 1
        }
        #expect(Double(found) >= 0.95 * Double(sourceHanzi.count), "\(found) of \(sourceHanzi.count) characters")

        for debris in ["zhào", "tè", "guàn", "tǒng", "rèn", "(", "首页", "来源", "阅读次数", "免责声明", "展开全部", "相关阅读",
                       "个回答", "调度会", "春耕生产现场推进会", "農", "議", "會"] {
            #expect(!text.contains(debris), "\(debris) is in the speech")
        }
        #expect(!text.contains(","), "half-width commas are set full-width")
    }

    /// Each sample, generated as either genre in either format, imported and generated again
    /// as that genre, gives the same paragraphs, character for character.
    @Test(arguments: ["meeting-speech", "half-year-summary"], ["speech", "summary"])
    func samplesRoundTripExactly(sample: String, genre: String) throws {
        let scratch = try Paths.scratch("round-\(sample)-\(genre)")
        let input = Paths.samples.appendingPathComponent("\(sample).yaml")
        let made = try Command.wengao([genre, input.path, "--format", "both", "--output-dir", scratch.path])
        #expect(made.status == 0, "\(made.stderr)")
        let original = try Self.paragraphs(ofDocx: scratch.appendingPathComponent("\(sample).docx"))
        for format in ["docx", "odt"] {
            let yaml = scratch.appendingPathComponent("imported-\(format).yaml")
            let imported = try Command.wengao(["import", scratch.appendingPathComponent("\(sample).\(format)").path, "-o", yaml.path])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains(genre == "speech" ? "按讲话稿读" : "按工作总结读"), "the genre is detected")
            let again = scratch.appendingPathComponent("again-\(format).docx")
            let regenerated = try Command.wengao([genre, yaml.path, "--format", "docx", "-o", again.path])
            #expect(regenerated.status == 0, "\(regenerated.stderr)")
            #expect(try Self.paragraphs(ofDocx: again) == original, "\(sample) as \(genre) through .\(format)")
        }
    }

    /// The other shapes: a GBK summary with 一、（一）1. headings and its 署名 and date; a
    /// speech with a BOM and one item per paragraph, its bridges in paragraphs of their own.
    @Test func gbkSummaryAndSeparateItemsSpeech() throws {
        let summary = try Command.wengao(["import", Self.folder.appendingPathComponent("half-year-summary-gbk.txt").path])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stderr.contains("GB18030/GBK"))
        #expect(summary.stdout.contains("单位: 某某区应急管理局\n日期: 2026-07-12\n"))
        #expect(summary.stdout.contains("  小标题: 主要工作及成效\n"))
        #expect(summary.stdout.contains("    - 要点: 安全生产责任体系进一步健全\n      分项:\n"))
        #expect(summary.stdout.contains("        - 要点: 压实属地和部门责任\n"))
        #expect(summary.stdout.contains("  小标题: 下半年工作打算\n"))

        let speech = try Command.wengao(["import", Self.folder.appendingPathComponent("separate-items-speech.txt").path])
        #expect(speech.status == 0, "\(speech.stderr)")
        #expect(speech.stdout.contains("  引语: 在肯定成绩的同时，我们也要看到存在的问题。\n  排法: 分段\n"))
        #expect(speech.stdout.contains("  引语: 下面，我就下半年工作讲几点意见。\n"))
        #expect(speech.stdout.contains("结尾:\n  讲话:\n    - 同志们，招商引资"))
        #expect(speech.stdout.contains("# 原文第 7 段：按“二是”分条"))
    }

    @Test func neverOverwritesWithoutForce() throws {
        let scratch = try Paths.scratch()
        let target = scratch.appendingPathComponent("out.yaml")
        try Data("keep me\n".utf8).write(to: target)
        let input = Self.folder.appendingPathComponent("separate-items-speech.txt").path
        let refused = try Command.wengao(["import", input, "-o", target.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("已存在"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        let forced = try Command.wengao(["import", input, "-o", target.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("招商引资"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(entries == ["out.yaml"], "no temporary file is left")
    }

    /// Where the files go: `--output-dir`, beside each document when several are given, and
    /// the usage errors of `-o` with several documents or with `--output-dir`.
    @Test func outputPlacesAndUsageErrors() throws {
        let scratch = try Paths.scratch()
        let first = scratch.appendingPathComponent("甲.txt"), second = scratch.appendingPathComponent("乙.txt")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("separate-items-speech.txt"), to: first)
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("half-year-summary-gbk.txt"), to: second)
        let beside = try Command.wengao(["import", first.path, second.path])
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("甲.yaml").path))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("乙.yaml").path))

        let folder = scratch.appendingPathComponent("输入/二〇二六")
        let inFolder = try Command.wengao(["import", first.path, "--output-dir", folder.path, "--keys", "en", "--as", "summary"])
        #expect(inFolder.status == 0, "\(inFolder.stderr)")
        let english = try String(contentsOf: folder.appendingPathComponent("甲.yaml"), encoding: .utf8)
        #expect(english.contains("\ntitle: ") && english.contains("\nachievements:\n"))
        #expect(english.contains("（工作总结）"), "--as summary is obeyed")

        for arguments in [["import", first.path, second.path, "-o", "x.yaml"], ["import", first.path, "-o", "x.yaml", "--output-dir", "d"],
                          ["import", first.path, "--as", "report"], ["import"]] {
            let refused = try Command.wengao(arguments, in: scratch)
            #expect(refused.status == 64, "\(arguments): \(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("x.yaml").path))
    }

    /// A title set over two lines, and a traditional text imported without --simplified: kept,
    /// and said.
    @Test func titleOverTwoLinesAndTraditionalKept() throws {
        let scratch = try Paths.scratch()
        let file = scratch.appendingPathComponent("two-lines.txt")
        try Data("在全区2026年上半年安全生产\n工作会议上的讲话\n（2026年7月3日）\n同志们：\n上半年取得成效，主要有以下特点。一是責任壓實。二是隱患整改。\n下面，我講幾點意見。\n第一，壓實責任。\n第二，強化監管。\n".utf8).write(to: file)
        let result = try Command.wengao(["import", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("会议: 全区2026年上半年安全生产工作会议\n"))
        #expect(result.stdout.contains("# 原文第 1、2 段：标题分几行，已合为一行；讲话稿的标题拆为“会议”"))
        #expect(result.stderr.contains("繁体") && result.stderr.contains("--simplified"))
        #expect(result.stdout.contains("責任壓實"), "without --simplified the characters are kept")
    }

    /// The same speech as pandoc writes it to .docx and .odt (the fixtures were made with
    /// `pandoc separate-items-speech.md -o …`) reads into the same input file as the text.
    @Test(arguments: ["docx", "odt"])
    func pandocDocumentsReadLikeTheirText(format: String) throws {
        func body(_ yaml: String) -> String {
            yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.joined(separator: "\n")
        }
        let text = try Command.wengao(["import", Self.folder.appendingPathComponent("separate-items-speech.txt").path])
        let document = try Command.wengao(["import", Self.folder.appendingPathComponent("separate-items-speech-pandoc.\(format)").path])
        #expect(document.status == 0, "\(document.stderr)")
        #expect(body(document.stdout) == body(text.stdout))
    }

    /// A summary whose 一、 and （一） are drawn by the application (chapter numbering and list
    /// styles), as LibreOffice saves it to .odt and .docx (made from numbered-summary.fodt with
    /// `soffice --convert-to`): the numbers are counted back into the structure.
    @Test(arguments: ["odt", "docx"])
    func automaticNumberingIsRead(format: String) throws {
        let result = try Command.wengao(["import", Self.folder.appendingPathComponent("numbered-summary.\(format)").path])
        #expect(result.status == 0, "\(result.stderr)")
        for expected in ["  小标题: 主要工作及成效\n", "    - 要点: 统计数据质量稳步提高\n      分项:\n",
                         "        - 要点: 强化执法检查\n          内容: 开展统计执法检查2轮，查处违法案件3件。\n",
                         "  小标题: 存在的问题\n", "    - 统计信息化水平有待提高\n", "  小标题: 下半年工作打算\n",
                         "单位: 某某区统计局\n日期: 2026-07-08\n"] {
            #expect(result.stdout.contains(expected), "\(expected)")
        }
        #expect(result.stdout.contains("按“（二）”分条"))
    }
}

import Foundation
import Testing
@testable import WengaoKit

/// Nothing the user wrote is lost: for inputs of random shape — every level, several detail
/// paragraphs, leads and headings or not, Chinese or English keys — every text of the input
/// is found in both genres' document XML, and, for a few of them, in the text LibreOffice
/// renders from both formats.
///
/// The inputs come from a fixed seed, so a failure names an input that can be rebuilt; the
/// YAML of a failing input is written beside the documents.
@Suite(.serialized) struct EveryTextTests {
    /// Inputs checked in the XML (fast: the library in-process).
    static let inputsInXML = 60
    /// Of those, the ones also rendered by LibreOffice (slow: one conversion per file).
    static let inputsRendered = 4

    @Test func everyTextOfRandomInputsIsInBothGenresXML() throws {
        let set = try TemplateSet(directory: Paths.templates.path)
        let generator = Generator(templates: set)
        let folder = try Paths.scratch()
        for seed in 1...UInt64(Self.inputsInXML) {
            let input = RandomInput(seed: seed)
            let path = folder.appendingPathComponent("random-\(seed).yaml")
            try input.yaml.write(to: path, atomically: true, encoding: .utf8)
            let (report, diagnostics) = generator.check(path: path.path)
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "random-\(seed).yaml: \(errors.map(\.description))")
            guard let report else { continue }
            for genre in Genre.allCases {
                let document = try generator.document(for: report, genre: genre)
                for format in OutputFormat.allCases {
                    let parts = try format.writer.parts(for: document, styleSheet: set.styleSheet)
                    let body = try #require(parts.first { $0.path == "word/document.xml" || $0.path == "content.xml" })
                    let text = Self.flatten(Self.characters(of: body.data))
                    for expected in input.expectedTexts(genre: genre) where !text.contains(Self.flatten(expected)) {
                        Issue.record("random-\(seed).yaml \(genre.rawValue).\(format.rawValue): “\(expected)” is missing")
                    }
                }
            }
        }
    }

    @Test func everyTextOfRandomInputsIsOnTheRenderedPages() throws {
        try LibreOffice.require()
        try Poppler.require()
        let folder = try Paths.scratch()
        var documents: [(url: URL, input: RandomInput, genre: Genre)] = []
        for seed in 1...UInt64(Self.inputsRendered) {
            let input = RandomInput(seed: 1000 + seed)
            let path = folder.appendingPathComponent("random-\(1000 + seed).yaml")
            try input.yaml.write(to: path, atomically: true, encoding: .utf8)
            for genre in Genre.allCases {
                for format in ["docx", "odt"] {
                    let output = folder.appendingPathComponent("random-\(1000 + seed)-\(genre.rawValue).\(format)")
                    let result = try Command.wengao([genre.rawValue, path.path, "-o", output.path], in: folder)
                    #expect(result.status == 0, "\(path.lastPathComponent): \(result.stderr)")
                    documents.append((output, input, genre))
                }
            }
        }
        let pdfs = try LibreOffice.convertToPDF(documents.map(\.url), into: folder.appendingPathComponent("pdf"))
        for (document, pdf) in zip(documents, pdfs) {
            let text = RenderedTextTests.flatten(try Poppler.text(of: pdf))
            for expected in document.input.expectedTexts(genre: document.genre) where !text.contains(Self.flatten(expected)) {
                Issue.record("\(document.url.lastPathComponent): “\(expected)” is not on the rendered pages")
            }
        }
    }

    @Test func aFourthLevelIsRefusedAtItsLine() throws {
        let folder = try Paths.scratch()
        let input = folder.appendingPathComponent("four-levels.yaml")
        try """
        标题: 某某局2026年上半年工作总结
        成绩:
          - 要点: 第一层
            分项:
              - 要点: 第二层
                分项:
                  - 要点: 第三层
                    分项:
                      - 第四层要点
        """.write(to: input, atomically: true, encoding: .utf8)
        for genre in ["summary", "speech"] {
            let result = try Command.wengao([genre, input.path, "--output-dir", folder.path], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("four-levels.yaml:9:"), "\(result.stderr)")
            #expect(result.stderr.contains("too-many-levels") || result.stderr.contains("第四层"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("four-levels.docx").path))
        }
    }

    /// The character data of an XML part, entities decoded; markup between runs vanishes.
    static func characters(of data: Data) -> String {
        String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func flatten(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}

/// A generated input: its YAML and the texts each genre must print.
struct RandomInput {
    var yaml = ""
    private var shared: [String] = []
    private var speechOnly: [String] = []
    private var summaryOnly: [String] = []

    func expectedTexts(genre: Genre) -> [String] {
        shared + (genre == .speech ? speechOnly : summaryOnly)
    }

    private static let words = ["基层党建", "队伍建设", "服务群众", "安全生产", "营商环境", "项目建设", "乡村振兴",
                                "社区治理", "民生保障", "作风建设", "数字政务", "生态环境", "招商引资", "应急管理"]
    private static let verbs = ["推进", "加强", "完善", "深化", "落实", "健全", "提升", "统筹"]
    private static let marks = ["", "。", "；", "！", "？"]

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var serial = 0
        // A phrase no other text of the input contains: a serial number makes it unique, so
        // finding it proves this text, not a sibling that begins the same way, was printed.
        func phrase() -> String {
            serial += 1
            return random.pick(Self.verbs) + random.pick(Self.words) + "第\(serial)项"
        }
        func sentence() -> String { phrase() + "，" + phrase() + "。" }
        func paragraph() -> String { (0..<random.int(1...3)).map { _ in sentence() }.joined() }

        let english = random.int(0...1) == 1
        func key(_ zh: String, _ en: String) -> String { english ? en : zh }

        let title = "某某局2026年上半年工作总结\(seed)"
        yaml += "\(key("标题", "title")): \(title)\n"
        summaryOnly.append(title)
        yaml += "\(key("单位", "organization")): 某某局\n"
        yaml += "\(key("日期", "date")): 2026-07-10\n"
        let occasion = "全局2026年上半年工作推进会\(seed)"
        yaml += "\(key("会议", "occasion")): \(occasion)\n"
        speechOnly.append("在\(occasion)上的讲话")
        if random.int(0...1) == 1 {
            let opening = paragraph()
            yaml += "\(key("开场", "opening")): \(opening)\n"
            shared.append(opening)
        }
        for (zh, en) in [("成绩", "achievements"), ("问题", "problems"), ("意见", "next_steps")] {
            yaml += "\(key(zh, en)):\n"
            var indent = "  "
            if random.int(0...1) == 1 {
                if random.int(0...1) == 1 {
                    let heading = phrase()
                    yaml += "  \(key("小标题", "heading")): \(heading)\n"
                    shared.append(heading)
                }
                if random.int(0...1) == 1 {
                    let lead = sentence()
                    yaml += "  \(key("引语", "lead")): \(lead)\n"
                    shared.append(lead)
                }
                yaml += "  \(key("条目", "items")):\n"
                indent = "    "
            }
            // Levels 1 to 3, each item a plain string or a mapping with details and sub-points.
            func items(level: Int, indent: String) {
                for _ in 0..<random.int(1...3) {
                    let point = phrase() + random.pick(Self.marks)
                    shared.append(Self.clause(point))
                    let detailCount = random.int(0...3)
                    let subpointCount = level < 3 ? random.int(0...2) : 0
                    if detailCount == 0 && subpointCount == 0 && random.int(0...1) == 0 {
                        yaml += "\(indent)- \(point)\n"
                        continue
                    }
                    yaml += "\(indent)- \(key("要点", "point")): \(point)\n"
                    if detailCount > 0 {
                        yaml += "\(indent)  \(key("内容", "details")):\n"
                        for _ in 0..<detailCount {
                            let detail = paragraph()
                            yaml += "\(indent)    - \(detail)\n"
                            shared.append(detail)
                        }
                    }
                    if subpointCount > 0 {
                        yaml += "\(indent)  \(key("分项", "subpoints")):\n"
                        items(level: level + 1, indent: indent + "    ")
                    }
                }
            }
            items(level: 1, indent: indent)
        }
        if random.int(0...1) == 1 {
            let closing = paragraph()
            yaml += "\(key("结尾", "closing")): \(closing)\n"
            shared.append(closing)
        }
    }

    /// The point as printed before its closing mark: 。 and ； are replaced by the template's
    /// own, ！ and ？ kept.
    static func clause(_ point: String) -> String {
        var text = point
        while let last = text.last, "。；".contains(last) { text.removeLast() }
        return text
    }
}

/// A small, fixed pseudo-random sequence (SplitMix64): the same seed, the same inputs, on
/// every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ elements: [T]) -> T { elements[int(0...elements.count - 1)] }
}

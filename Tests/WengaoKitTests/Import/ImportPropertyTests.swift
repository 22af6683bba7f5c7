import Testing
@testable import WengaoKit

/// Thousands of documents put together at random from the pieces real speeches and web pages
/// are made of (numbering, bridges, brackets, pinyin, furniture, odd spaces and marks): the
/// importer never fails on them, always writes YAML that the project's reader takes, with
/// no error but the ones a document can deserve (no parts found, a number with no words),
/// and keeps every hanzi that is not numbering or listed as removed.
@Suite struct ImportPropertyTests {
    /// SplitMix64: the same documents on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
    }

    static let pieces = [
        "一是", "二是", "三是", "四是", "第一，", "第二，", "第三，", "一要", "二要", "（一）", "（二）", "一、", "二、", "三、",
        "1.", "2.", "（1）", "(2)", "①", "②", "同志们：", "同志们，", "谢谢大家！", "下面，我讲几点意见。",
        "主要有以下特点。", "在看到成绩的同时，", "问题", "下半年", "加强领导", "区委研究3次", "1.26万户", "。", "，", ",",
        ":", "：", "；", "！", "？", "(", ")", "（", "）", "“", "”", "會(huì)議", "（zhào）", "展开全部", "来源：某某网",
        "免责声明：本站", "相关阅读", "3个回答", " ", "　", "\t", "\n", "\n", "\n", "2026年7月10日", "（2026年7月10日）",
        "某某区某某局", "在全区工作会议上的讲话", "工作总结", "#", "- ", "\"", "'", "\\", "true", "2026", "ＡＢ１２",
        "統一是", "𠀀", "é", "ü",
    ]

    static func isCounted(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, SourceCharacters.isHanzi(scalar) else { return false }
        return !"一二三四是要第年月日".contains(character)
    }

    static let allowed: Set<String> = ["no-content", "empty-point", "empty-section"]

    @Test func randomDocumentsAlwaysImportIntoReadableInputs() throws {
        var random = Random(state: 20261207)
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<(5 + Int(random.next() % 60)) { text += random.pick(Self.pieces) }
            let outcome: DocumentImporter.Outcome
            do {
                outcome = try DocumentImporter.importDocument(Array(text.utf8), name: "随机\(round).txt", options: .init())
            } catch {
                // Only an empty document (nothing but spaces, or nothing left after the debris) is refused.
                #expect(error.message.contains("是空的"), "round \(round): \(error.message)\n\(text)")
                continue
            }
            let checked = ReportValidator.check(source: SourceText(path: "随机.yaml", text: outcome.yaml))
            let errors = checked.diagnostics.filter { $0.severity == .error && !Self.allowed.contains($0.id) }
            #expect(errors.isEmpty, "round \(round): \(errors.map { "\($0.id) \($0.message)" })\n\(text)\n\(outcome.yaml)")
            #expect(checked.report != nil || !checked.diagnostics.isEmpty)

            // Nothing lost: each hanzi as often in the file (its comments list what was removed)
            // as in the source, but the numbering's and the dates' characters, which are
            // rewritten (一是 dropped, 2026年7月10日 as 2026-07-10).
            var counts: [Character: Int] = [:]
            for character in text where Self.isCounted(character) { counts[character, default: 0] += 1 }
            for character in outcome.yaml where Self.isCounted(character) { counts[character, default: 0] -= 1 }
            let missing = counts.filter { $0.value > 0 }.map(\.key)
            #expect(missing.isEmpty, "round \(round): \(missing) lost\n\(text)\n\(outcome.yaml)")
        }
    }
}

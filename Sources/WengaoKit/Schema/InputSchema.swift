/// The JSON Schema (draft 2020-12) of an input file, for editors: completion of every key
/// in English and Chinese, and the checks a schema can express.
///
/// Built from the same `InputKey` lists the reader uses, so the two cannot drift apart.
/// What a schema cannot say (a day that does not exist, placeholders, punctuation) is left
/// to `wengao validate`. Editors read YAML through it: `version: 1` is a number, text may
/// be a number or `true` as YAML writes it, and `null` is an empty value.
public enum InputSchema {
    public static var json: String { document.rendered() + "\n" }

    static var document: JSONValue {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://wengao.example/schema/input-1.json")),
            ("title", .string("Wengao 输入文件（成绩、问题、意见）")),
            ("description", .string("半年工作总结和会议讲话稿的要点。English keys and their Chinese spellings are both accepted; write each field once.")),
            ("type", .string("object")),
            ("properties", properties(InputKey.topLevel, schema: topLevelSchema)),
            ("additionalProperties", .bool(false)),
            ("allOf", .array([
                oneOfSpellingsRequired(.title, description: "missing-title"),
                contentRequired,
            ] + InputKey.topLevel.compactMap(atMostOneSpelling))),
            ("$defs", definitions),
        ])
    }

    private static func topLevelSchema(_ key: InputKey) -> JSONValue {
        switch key {
        case .version: .object([("enum", .array([.number(1), .string("1")]))])
        case .title: ref("requiredText")
        case .date: ref("date")
        case .seal: .object([("enum", .array([.bool(true), .bool(false)] + (Report.sealSpellings.yes + Report.sealSpellings.no)
                                                  .filter { $0 != "true" && $0 != "false" }.map { .string($0) }))])
        case .opening, .closing: ref("voicedParagraphs")
        case .achievements, .problems, .nextSteps: ref("section")
        case .ignore: ref("ruleIds")
        default: ref("text")
        }
    }

    private static let descriptions: [String: String] = [
        "version": "输入格式版本，目前为 1",
        "title": "标题（总结的标题；讲话稿用“会议”生成标题时可作后备）",
        "organization": "发文机关或单位名称，用于署名",
        "speaker": "讲话人",
        "occasion": "会议名称",
        "date": "成文日期，如 2026-07-10 或 2026年7月10日",
        "seal": "是否盖章（是 / 否）：决定署名和成文日期的排法（GB/T 9704 7.3.5），不写时按盖章排",
        "audience": "称呼，如 同志们",
        "opening": "开头段落：一段文字，或文字列表；可写成 {讲话: …, 总结: …} 分两种口吻",
        "closing": "结尾段落：一段文字，或文字列表；可写成 {讲话: …, 总结: …} 分两种口吻",
        "achievements": "成绩：条目列表，或含 heading / lead / items 的映射",
        "problems": "问题：条目列表，或含 heading / lead / items 的映射",
        "next_steps": "意见（下步打算）：条目列表，或含 heading / lead / items 的映射",
        "ignore": "本文件忽略的警告规则编号",
        "heading": "这一部分的小标题（替换模板的默认标题）",
        "lead": "领起条目的一句话（替换模板的默认引语）；可写成 {讲话: …, 总结: …} 分两种口吻",
        "layout": "讲话稿里这一部分的排法：连排（短条目连成一段：一是……二是……）或分段（每条一段）；不写时自动",
        "speech": "只用于会议讲话稿的文字",
        "summary": "只用于半年工作总结的文字",
        "items": "条目列表",
        "point": "要点：一句领起的话（不要手写编号）",
        "details": "具体内容：一段文字，或文字列表",
        "subpoints": "分项：条目列表",
    ]

    private static func properties(_ keys: [InputKey], schema: (InputKey) -> JSONValue) -> JSONValue {
        var members: [(String, JSONValue)] = []
        for key in keys {
            for spelling in key.spellings {
                var described: [(String, JSONValue)] = []
                if case let .object(inner) = schema(key) { described = inner }
                let name = spelling == key.canonical ? "" : "（\(key.canonical) 的中文写法）"
                described.append(("description", .string((descriptions[key.canonical] ?? key.canonical) + name)))
                members.append((spelling, .object(described)))
            }
        }
        return .object(members)
    }

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    private static func required(_ names: [String]) -> JSONValue {
        .object([("required", .array(names.map(JSONValue.string)))])
    }

    private static func oneOfSpellingsRequired(_ key: InputKey, description: String) -> JSONValue {
        .object([("description", .string(description)), ("anyOf", .array(key.spellings.map { required([$0]) }))])
    }

    /// At least one of the three parts has an item (the `no-content` error).
    private static var contentRequired: JSONValue {
        let parts: [InputKey] = [.achievements, .problems, .nextSteps]
        let options = parts.flatMap(\.spellings).map { spelling -> JSONValue in
            .object([("required", .array([.string(spelling)])),
                     ("properties", .object([(spelling, ref("nonEmptySection"))]))])
        }
        return .object([("description", .string("no-content")), ("anyOf", .array(options))])
    }

    /// 标题 and title together name one field twice (the `duplicate-key` error).
    private static func atMostOneSpelling(_ key: InputKey) -> JSONValue? {
        let spellings = key.spellings
        guard spellings.count > 1 else { return nil }
        var pairs: [JSONValue] = []
        for i in spellings.indices {
            for j in spellings.indices where j > i { pairs.append(required([spellings[i], spellings[j]])) }
        }
        return .object([("description", .string("duplicate-key: \(key.canonical)")),
                        ("not", .object([("anyOf", .array(pairs))]))])
    }

    private static var definitions: JSONValue {
        let scalarTypes: JSONValue = .array([.string("string"), .string("number"), .string("boolean")])
        // Items nest three levels deep below a part (Docs/input-reference.md): level 1 is
        // `item`, its sub-points `item2`, theirs `item3`, whose sub-points can only be empty
        // (the `too-many-levels` error).
        func item(level: Int) -> JSONValue {
            .object([
                ("anyOf", .array([
                    ref("requiredText"),
                    .object([
                        ("type", .string("object")),
                        ("properties", properties(InputKey.item) { key in
                            switch key {
                            case .point: ref("requiredText")
                            case .details: ref("paragraphs")
                            default: level < 3 ? ref("items\(level + 1)") : ref("noMoreLevels")
                            }
                        }),
                        ("additionalProperties", .bool(false)),
                        ("allOf", .array([oneOfSpellingsRequired(.point, description: "empty-point")]
                                         + InputKey.item.compactMap(atMostOneSpelling))),
                    ]),
                ])),
            ])
        }
        func items(_ itemSchema: String) -> JSONValue {
            .object([("anyOf", .array([
                .object([("type", .string("array")), ("items", ref(itemSchema))]),
                .object([("type", .string("null"))]),
            ]))])
        }
        let sectionObject = { (itemsSchema: String) -> JSONValue in
            var rules = InputKey.section.compactMap(atMostOneSpelling)
            if itemsSchema == "nonEmptyItems" { rules.append(oneOfSpellingsRequired(.items, description: "no-content")) }
            return .object([
                ("type", .string("object")),
                ("properties", properties(InputKey.section) { key in
                    switch key {
                    case .items: ref(itemsSchema)
                    case .lead: ref("voicedText")
                    case .layout: .object([("enum", .array(PartLayout.allCases.flatMap(\.spellings).map { .string($0) }))])
                    default: ref("text")
                    }
                }),
                ("additionalProperties", .bool(false)),
                ("allOf", .array(rules)),
            ])
        }
        /// `{讲话: …, 总结: …}`: one wording per genre, each spelt once.
        func voices(_ schema: String) -> JSONValue {
            .object([
                ("type", .string("object")),
                ("properties", properties(InputKey.voices) { _ in ref(schema) }),
                ("additionalProperties", .bool(false)),
                ("allOf", .array(InputKey.voices.compactMap(atMostOneSpelling))),
            ])
        }
        let warningIds = DiagnosticRule.all.filter { $0.severity == .warning }.map { JSONValue.string($0.id) }
        let ruleId = JSONValue.object([("anyOf", .array([.object([("enum", .array(warningIds))]), .object([("type", .string("string"))])]))])
        return .object([
            ("text", .object([("type", .array([.string("string"), .string("number"), .string("boolean"), .string("null")]))])),
            ("requiredText", .object([("anyOf", .array([
                .object([("type", .string("string")), ("pattern", .string("\\S"))]),
                .object([("type", .array([.string("number"), .string("boolean")]))]),
            ]))])),
            ("date", .object([("anyOf", .array([
                .object([("type", .string("string")),
                         ("pattern", .string("^\\s*[0-9]{1,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\\s*$"))]),
                .object([("type", .string("null"))]),
            ]))])),
            ("paragraphs", .object([("anyOf", .array([
                .object([("type", scalarTypes)]),
                .object([("type", .string("null"))]),
                .object([("type", .string("array")), ("items", ref("text"))]),
            ]))])),
            ("voicedParagraphs", .object([("anyOf", .array([ref("paragraphs"), voices("paragraphs")]))])),
            ("voicedText", .object([("anyOf", .array([ref("text"), voices("text")]))])),
            ("section", .object([("anyOf", .array([ref("items"), sectionObject("items"), .object([("type", .string("null"))])]))])),
            ("nonEmptySection", .object([("anyOf", .array([ref("nonEmptyItems"), sectionObject("nonEmptyItems")]))])),
            ("items", items("item")),
            ("nonEmptyItems", .object([("type", .string("array")), ("minItems", .number(1)), ("items", ref("item"))])),
            ("item", item(level: 1)),
            ("items2", items("item2")),
            ("item2", item(level: 2)),
            ("items3", items("item3")),
            ("item3", item(level: 3)),
            ("noMoreLevels", .object([
                ("description", .string("too-many-levels")),
                ("anyOf", .array([
                    .object([("type", .string("array")), ("maxItems", .number(0))]),
                    .object([("type", .string("null"))]),
                ])),
            ])),
            ("ruleIds", .object([("anyOf", .array([
                ruleId,
                .object([("type", .string("array")), ("items", ruleId)]),
                .object([("type", .string("null"))]),
            ]))])),
        ])
    }
}

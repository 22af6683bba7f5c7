/// The keys an input file may use, each with its Chinese spellings.
///
/// A clerk writes 标题 or title, 成绩 or achievements: both name the same field. The
/// canonical (English) name is what diagnostics and the JSON Schema call the field.
struct InputKey: Sendable, Hashable {
    let canonical: String
    let aliases: [String]

    var spellings: [String] { [canonical] + aliases }

    // Equal and hashed by the canonical name alone, which is unique to each key: hashing
    // every Chinese alias as well, for every entry of every mapping, was a visible part of
    // reading an input.
    static func == (lhs: InputKey, rhs: InputKey) -> Bool { lhs.canonical == rhs.canonical }
    func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    // Top level.
    static let version = InputKey(canonical: "version", aliases: ["版本"])
    static let title = InputKey(canonical: "title", aliases: ["标题"])
    static let organization = InputKey(canonical: "organization", aliases: ["单位", "署名", "发文机关"])
    static let speaker = InputKey(canonical: "speaker", aliases: ["讲话人"])
    static let occasion = InputKey(canonical: "occasion", aliases: ["会议", "会议名称"])
    static let date = InputKey(canonical: "date", aliases: ["日期", "成文日期"])
    static let seal = InputKey(canonical: "seal", aliases: ["盖章"])
    static let audience = InputKey(canonical: "audience", aliases: ["称呼"])
    static let opening = InputKey(canonical: "opening", aliases: ["开场", "开头", "开场白"])
    static let closing = InputKey(canonical: "closing", aliases: ["结尾", "结束语"])
    static let achievements = InputKey(canonical: "achievements", aliases: ["成绩", "主要成绩"])
    static let problems = InputKey(canonical: "problems", aliases: ["问题", "存在问题"])
    static let nextSteps = InputKey(canonical: "next_steps", aliases: ["意见", "下步打算", "打算"])
    /// Warnings this file silences, by rule id.
    static let ignore = InputKey(canonical: "ignore", aliases: ["忽略"])

    // A section in its long form.
    static let heading = InputKey(canonical: "heading", aliases: ["小标题"])
    static let lead = InputKey(canonical: "lead", aliases: ["引语"])
    static let items = InputKey(canonical: "items", aliases: ["条目"])
    /// How the speech sets the part: 连排 / together or 分段 / separate.
    static let layout = InputKey(canonical: "layout", aliases: ["排法"])

    // An item in its long form.
    static let point = InputKey(canonical: "point", aliases: ["要点"])
    static let details = InputKey(canonical: "details", aliases: ["内容", "具体内容"])
    static let subpoints = InputKey(canonical: "subpoints", aliases: ["分项", "子项"])

    // A text with one wording per genre: {讲话: …, 总结: …}.
    static let speechVoice = InputKey(canonical: "speech", aliases: ["讲话", "讲话稿"])
    static let summaryVoice = InputKey(canonical: "summary", aliases: ["总结"])

    static let topLevel: [InputKey] = [
        version, title, organization, speaker, occasion, date, seal, audience, opening, closing,
        achievements, problems, nextSteps, ignore,
    ]
    static let section: [InputKey] = [heading, lead, layout, items]
    static let item: [InputKey] = [point, details, subpoints]
    static let voices: [InputKey] = [speechVoice, summaryVoice]

    /// The key among `keys` that `spelling` names, if any.
    static func match(_ spelling: String, in keys: [InputKey]) -> InputKey? {
        keys.first { $0.canonical == spelling || $0.aliases.contains(spelling) }
    }

    /// The closest spelling to a mistyped key, for a did-you-mean hint.
    ///
    /// Edit distance on characters, so 标提 finds 标题 and achievments finds achievements;
    /// a suggestion further than a third of the word away is no help and is left out.
    static func suggestion(for spelling: String, in keys: [InputKey]) -> String? {
        SpellingSuggestion.closest(to: spelling, among: keys.flatMap(\.spellings))
    }
}

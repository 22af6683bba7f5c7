/// The values a template sees: the report with every ordinal, date and punctuation mark
/// already worked out, so that templates only choose and arrange.
///
/// Keys (all optional values are simply absent, so `{{^key}}` can supply a default):
///
/// - `title`, `organization`, `speaker`, `occasion`, `audience`: text
/// - `date.chinese` (2026年7月10日), `date.iso` (2026-07-10)
/// - `opening`, `closing`: lists of paragraphs (the genre's own, when the input split them)
/// - `openingSaysSinceThisYear`: the opening already says 今年以来, so a default lead
///   should not say it again
/// - `openingGreets`: the opening starts with the salutation itself (同志们，…, or the
///   input's `audience` followed by ，：！), so the speech prints no salutation line above it
/// - `achievements`, `problems`, `next_steps`: a section, each with
///   `heading` and `lead` (the input's own wording, when given; test with `hasHeading`,
///   `hasLead`), `items`, `hasItems`, and `ordinal` (the section's place among the
///   non-empty sections, in every style)
/// - `parts`: the non-empty sections in order, each also flagged `isAchievements`,
///   `isProblems` or `isNextSteps` so a template can word its default heading, and
///   `runsTogether`: the speech sets the part's short items in one paragraph (意见: each
///   第一 paragraph with its sub-points), from `排法` or automatically
///
/// Every key an item has is present on every item (`firstDetail` is empty without
/// details): Mustache looks a missing key up in the enclosing item, and a sub-point
/// must never borrow its parent's text.
/// - an item: `point` (without its closing full stop), `end` (the mark that closes the
///   lead clause: 。 unless the point ends with ！ or ？), `ordinal.shi` 一是, `ordinal.di` 第一,
///   `ordinal.yao` 一要, `ordinal.heading` 一、, `ordinal.parenthesized` （一）,
///   `ordinal.arabic` 1., `ordinal.arabicParenthesized` （1）, `ordinal.circled` ①, `number`,
///   `firstDetail` (runs on after the point: the rest of a point of several sentences,
///   then the first detail), `moreDetails` (paragraphs after it), `hasDetails` (the item
///   has body text), `runsIn` (some item of its level has body text, so every item of the
///   level is a run-in head), `subpoints`, `hasSubpoints`
enum TemplateContext {
    static func make(for report: Report) -> TemplateValue { .object(ReportValues(report)) }

    // The values are small structs that answer lookups with a `switch`, not dictionaries:
    // building a dictionary per item and hashing every key looked up was a tenth of
    // rendering. A name a struct does not know returns nil, so the lookup goes on to the
    // enclosing section's values, as Mustache does for a key missing from a dictionary.

    struct ReportValues: TemplateObject {
        var report: Report
        /// Each part's values, in the report's order: three entries, searched rather than
        /// hashed (a dictionary keyed by `Part` costs a runtime conformance lookup).
        var sections: [(part: Part, values: TemplateValue)] = []
        var parts: [TemplateValue] = []

        init(_ report: Report) {
            self.report = report
            var sectionNumber = 0
            for (part, section) in report.parts {
                var values = SectionValues(part: part, section: section)
                if !section.items.isEmpty {
                    sectionNumber += 1
                    values.ordinal = Ordinals(number: sectionNumber)
                    parts.append(.object(values))
                }
                sections.append((part, .object(values)))
            }
        }

        var openingGreets: Bool {
            guard let first = report.opening.first else { return false }
            return TemplateContext.greets(first.value, audience: report.audience?.value)
        }

        func value(named name: String) -> TemplateValue? {
            switch name {
            case "title": report.title.map { .text($0.value) }
            case "organization": report.organization.map { .text($0.value) }
            case "speaker": report.speaker.map { .text($0.value) }
            case "occasion": report.occasion.map { .text($0.value) }
            case "audience": report.audience.map { .text($0.value) }
            case "date": report.date.map { .object(DateValues(date: $0)) }
            case "opening": .list(report.opening.map { .text($0.value) })
            case "closing": .list(report.closing.map { .text($0.value) })
            case "parts": .list(parts)
            case "openingSaysSinceThisYear": .flag(report.opening.contains { $0.value.contains("今年以来") })
            case "openingGreets": .flag(openingGreets)
            default: Part(rawValue: name).flatMap { part in sections.first { $0.part == part }?.values }
            }
        }
    }

    /// True when `paragraph` opens with the salutation — the audience (同志们 when the input
    /// names none) and then ，：！ or a space — so that a salutation line above it would say it twice.
    static func greets(_ paragraph: String, audience: String?) -> Bool {
        let salutation = audience ?? "同志们"
        guard !salutation.isEmpty, paragraph.hasPrefix(salutation) else { return false }
        guard let next = paragraph.dropFirst(salutation.count).first else { return true }
        return "，：！,:! ".contains(next)
    }

    struct DateValues: TemplateObject {
        var date: CalendarDate

        func value(named name: String) -> TemplateValue? {
            switch name {
            case "chinese": .text(date.chinese)
            case "iso": .text(date.iso)
            default: nil
            }
        }
    }

    struct SectionValues: TemplateObject {
        var part: Part
        var section: Section
        var items: [TemplateValue]
        var ordinal: Ordinals?

        init(part: Part, section: Section) {
            self.part = part
            self.section = section
            items = ItemValues.level(section.items)
            runsTogether = section.layout.map { $0 == .together } ?? Self.itemsAreShort(part: part, section.items)
        }

        /// The speech runs the part together (`排法`, or automatically).
        var runsTogether: Bool

        /// The most sentences one paragraph of run-together items may hold.
        static let sentencesRunTogether = 12

        /// Automatic layout: items (意见: each item's sub-points) of one or two sentences
        /// each, at most one detail paragraph, and no more than `sentencesRunTogether` in
        /// the paragraph they would make. An item of three sentences keeps its own paragraph.
        static func itemsAreShort(part: Part, _ items: [Item]) -> Bool {
            func sentences(_ items: [Item]) -> Int? {
                var total = 0
                for item in items {
                    guard item.details.count <= 1 else { return nil }
                    let own = Sentences.count(in: item.point.value) + (item.details.first.map { Sentences.count(in: $0.value) } ?? 0)
                    guard own <= 2, let below = sentences(item.subpoints) else { return nil }
                    total += own + below
                }
                return total
            }
            if part == .nextSteps {
                return items.contains { !$0.subpoints.isEmpty }
                    && items.allSatisfy { (sentences($0.subpoints) ?? .max) <= sentencesRunTogether }
            }
            return (sentences(items) ?? .max) <= sentencesRunTogether
        }

        func value(named name: String) -> TemplateValue? {
            switch name {
            case "items": .list(items)
            case "hasItems": .flag(!section.items.isEmpty)
            case "hasHeading": .flag(section.heading != nil)
            case "hasLead": .flag(section.lead != nil)
            case "isAchievements": .flag(part == .achievements)
            case "isProblems": .flag(part == .problems)
            case "isNextSteps": .flag(part == .nextSteps)
            case "runsTogether": .flag(runsTogether)
            case "ordinal": ordinal.map { .object($0) }
            case "heading": section.heading.map { .text($0.value) }
            case "lead": section.lead.map { .text($0.value) }
            default: nil
            }
        }
    }

    struct ItemValues: TemplateObject {
        var item: Item
        var number: Int
        /// The run-in head or heading: the point's first sentence, without a closing
        /// 。；， (see `leadClause`).
        var point: String
        var end: String
        /// What follows the head in its paragraph: the rest of a point of several
        /// sentences, then the first detail.
        var firstBody: String
        /// Some item of this one's level has body text: the whole level is set as run-in
        /// heads, never a mix of bare headings and run-in sentences.
        var runsIn = false
        var subpoints: [TemplateValue]

        /// One level's items, numbered, with the level's form decided once for all of them.
        static func level(_ items: [Item]) -> [TemplateValue] {
            var values = items.enumerated().map { ItemValues($1, number: $0 + 1) }
            let runsIn = values.contains { !$0.firstBody.isEmpty }
            for index in values.indices { values[index].runsIn = runsIn }
            return values.map { .object($0) }
        }

        init(_ item: Item, number: Int) {
            self.item = item
            self.number = number
            // A point written as a whole paragraph is a head (its first sentence, keeping
            // its own 。！？) and body text, not one long heading.
            let (head, rest) = Sentences.first(of: item.point.value)
            (point, end) = TemplateContext.leadClause(head)
            let detail = item.details.first?.value ?? ""
            firstBody = rest + detail
            subpoints = ItemValues.level(item.subpoints)
        }

        func value(named name: String) -> TemplateValue? {
            switch name {
            case "number": .text(String(number))
            case "ordinal": .object(Ordinals(number: number))
            case "point": .text(point)
            case "end": .text(end)
            case "hasDetails": .flag(!firstBody.isEmpty)
            case "runsIn": .flag(runsIn)
            case "firstDetail": .text(firstBody)
            case "moreDetails": .list(item.details.dropFirst().map { .text($0.value) })
            case "subpoints": .list(subpoints)
            case "hasSubpoints": .flag(!item.subpoints.isEmpty)
            default: nil
            }
        }
    }

    /// `ordinal.shi`, `ordinal.di` … for one number, each worked out only when a template
    /// asks for it: a template uses one or two of the seven styles.
    struct Ordinals: TemplateObject {
        var number: Int

        func value(named name: String) -> TemplateValue? {
            OrdinalStyle.allCases.first { $0.templateKey == name }.map { .text($0.format(number)) }
        }
    }

    /// Splits a point into its clause and the mark that should close it.
    ///
    /// Clerks end points with 。 or ；, or with nothing; the templates need the bare clause
    /// for a heading line (（一）强化政治引领) and the clause plus 。 when detail runs on after
    /// it. A question or exclamation keeps its own mark.
    ///
    /// Looks at scalars, not characters: every mark here is one scalar, and comparing
    /// grapheme clusters against a string of marks cost more than the rest of the item.
    static func leadClause(_ point: String) -> (clause: String, end: String) {
        let scalars = point.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isClosingMark(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        let clause = String(point[..<end])
        if end > scalars.startIndex, isOwnEnding(scalars[scalars.index(before: end)]) {
            return (clause, "")
        }
        return (clause, "。")
    }

    /// 。；;，,.：: — marks that a lead clause drops.
    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";", "，", ",", ".", "：", ":": true
        default: false
        }
    }

    /// ！？!? — marks a lead clause keeps.
    private static func isOwnEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "！", "？", "!", "?": true
        default: false
        }
    }
}

import Mustache

/// The values a template sees: the report with every ordinal, date and punctuation mark
/// already worked out, so that templates only choose and arrange.
///
/// Keys (all optional values are simply absent, so `{{^key}}` can supply a default):
///
/// - `title`, `organization`, `speaker`, `occasion`, `audience`: text
/// - `date.chinese` (2026年7月10日), `date.iso` (2026-07-10)
/// - `opening`, `closing`: lists of paragraphs
/// - `achievements`, `problems`, `next_steps`: a section, each with
///   `heading` and `lead` (the input's own wording, when given; test with `hasHeading`,
///   `hasLead`), `items`, `hasItems`, and `ordinal` (the section's place among the
///   non-empty sections, in every style)
/// - `parts`: the non-empty sections in order, each also flagged `isAchievements`,
///   `isProblems` or `isNextSteps` so a template can word its default heading
///
/// Every key an item has is present on every item (`firstDetail` is empty without
/// details): Mustache looks a missing key up in the enclosing item, and a sub-point
/// must never borrow its parent's text.
/// - an item: `point` (without its closing full stop), `end` (the mark that closes the
///   lead clause: 。 unless the point ends with ！ or ？), `ordinal.shi` 一是, `ordinal.di` 第一,
///   `ordinal.yao` 一要, `ordinal.heading` 一、, `ordinal.parenthesized` （一）,
///   `ordinal.arabic` 1., `ordinal.arabicParenthesized` （1）, `number`,
///   `firstDetail` (runs on after the point), `moreDetails` (paragraphs after it),
///   `hasDetails`, `subpoints`, `hasSubpoints`
enum TemplateContext {
    static func make(for report: Report) -> [String: Any] {
        var context: [String: Any] = [:]
        context["title"] = report.title?.value
        context["organization"] = report.organization?.value
        context["speaker"] = report.speaker?.value
        context["occasion"] = report.occasion?.value
        context["audience"] = report.audience?.value
        if let date = report.date {
            context["date"] = ["chinese": date.chinese, "iso": date.iso]
        }
        context["opening"] = report.opening.map(\.value)
        context["closing"] = report.closing.map(\.value)
        var sectionNumber = 0
        var parts: [[String: Any]] = []
        for (part, section) in report.parts {
            var values: [String: Any] = [
                "items": section.items.enumerated().map { item($1, number: $0 + 1) },
                "hasItems": !section.items.isEmpty,
                "hasHeading": section.heading != nil,
                "hasLead": section.lead != nil,
                "isAchievements": part == .achievements,
                "isProblems": part == .problems,
                "isNextSteps": part == .nextSteps,
            ]
            if !section.items.isEmpty {
                sectionNumber += 1
                values["ordinal"] = ordinals(sectionNumber)
            }
            values["heading"] = section.heading?.value
            values["lead"] = section.lead?.value
            context[part.rawValue] = values
            if !section.items.isEmpty { parts.append(values) }
        }
        context["parts"] = parts
        return context
    }

    static func ordinals(_ number: Int) -> Ordinals { Ordinals(number: number) }

    /// `ordinal.shi`, `ordinal.di` … for one number, each worked out only when a template
    /// asks for it: a template uses one or two of the seven styles, and formatting all of
    /// them for every item was a tenth of rendering.
    struct Ordinals: MustacheParent {
        var number: Int

        func child(named name: String) -> Any? {
            OrdinalStyle.allCases.first { $0.templateKey == name }?.format(number)
        }
    }

    static func item(_ item: Item, number: Int) -> [String: Any] {
        let (point, end) = leadClause(item.point.value)
        var values: [String: Any] = [
            "number": number,
            "ordinal": ordinals(number),
            "point": point,
            "end": end,
            "hasDetails": !item.details.isEmpty,
            "moreDetails": item.details.dropFirst().map(\.value),
            "subpoints": item.subpoints.enumerated().map { self.item($1, number: $0 + 1) },
            "hasSubpoints": !item.subpoints.isEmpty,
        ]
        values["firstDetail"] = item.details.first?.value ?? ""
        return values
    }

    /// Splits a point into its clause and the mark that should close it.
    ///
    /// Clerks end points with 。 or ；, or with nothing; the templates need the bare clause
    /// for a heading line (（一）强化政治引领) and the clause plus 。 when detail runs on after
    /// it. A question or exclamation keeps its own mark.
    static func leadClause(_ point: String) -> (clause: String, end: String) {
        var clause = Substring(point)
        while let last = clause.last, "。；;，,.：:".contains(last) {
            clause = clause.dropLast()
        }
        if let last = clause.last, "！？!?".contains(last) {
            return (String(clause), "")
        }
        return (String(clause), "。")
    }
}

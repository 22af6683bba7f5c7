import WengaoKit

/// A report as the page's form holds it, in JSON: every text with the line it stands on,
/// so that the page fills its fields from a YAML file and puts each diagnostic on the field
/// of its line.
///
/// ```
/// {"title": {"text": "…", "line": 3}, "date": "2026-07-10", "seal": true,
///  "opening": {"shared": [texts], "speech": [texts] | null, "summary": [texts] | null},
///  "achievements": {"heading": text, "lead": {"shared": text, "speech": text, "summary": text},
///                   "layout": "together" | null, "items": [{"point": text, "details": [texts],
///                   "subpoints": [items], "line": 12}]}, …}
/// ```
enum ReportForm {
    static func json(_ report: Report) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("title", text(report.title)),
            ("organization", text(report.organization)),
            ("speaker", text(report.speaker)),
            ("occasion", text(report.occasion)),
            ("date", report.date.map { .string($0.iso) } ?? .null),
            ("seal", report.seal.map { .bool($0) } ?? .null),
            ("audience", text(report.audience)),
            ("opening", voiced(report.opening, report.voicedOpening)),
            ("closing", voiced(report.closing, report.voicedClosing)),
        ]
        for (part, section) in report.parts {
            var lead: [(String, JSONValue)] = [("shared", text(section.lead))]
            for genre in Genre.allCases { lead.append((genre.rawValue, text(section.voicedLead[genre]))) }
            fields.append((part.rawValue, .object([
                ("heading", text(section.heading)),
                ("lead", .object(lead)),
                ("layout", section.layout.map { .string($0.rawValue) } ?? .null),
                ("items", .array(section.items.map(item))),
                ("line", section.location.map { .number($0.line) } ?? .null),
            ])))
        }
        fields.append(("ignore", .array(report.ignoredRules.map { .string($0.value) })))
        return .object(fields)
    }

    static func text(_ text: Text?) -> JSONValue {
        guard let text else { return .null }
        return .object([("text", .string(text.value)), ("line", text.location.map { .number($0.line) } ?? .null)])
    }

    static func voiced(_ shared: [Text], _ voiced: [Genre: [Text]]) -> JSONValue {
        var fields: [(String, JSONValue)] = [("shared", .array(shared.map { text($0) }))]
        for genre in Genre.allCases {
            fields.append((genre.rawValue, voiced[genre].map { .array($0.map { text($0) }) } ?? .null))
        }
        return .object(fields)
    }

    static func item(_ item: Item) -> JSONValue {
        .object([
            ("point", text(item.point)),
            ("details", .array(item.details.map { text($0) })),
            ("subpoints", .array(item.subpoints.map(self.item))),
            ("line", item.location.map { .number($0.line) } ?? .null),
        ])
    }
}

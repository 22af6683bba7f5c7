/// Rules about what a report has at all: a title, some content, no empty parts, no level
/// deeper than the documents can set.
enum StructureRules {
    /// Levels of points below a part that both genres number and set (Docs/input-reference.md).
    static let levels = 3

    static func diagnostics(for report: Report, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let top = SourceLocation(file: file, line: 1, column: 1)
        if (report.title?.value ?? "").isEmpty && !report.malformedKeys.contains(InputKey.title.canonical) {
            result.append(Diagnostic(.missingTitle(), at: report.title?.location ?? top))
        }
        let malformed = Set(report.parts.map(\.part.rawValue)).intersection(report.malformedKeys)
        if report.parts.allSatisfy({ $0.section.isEmpty }) {
            if malformed.isEmpty { result.append(Diagnostic(.noContent(), at: top)) }
        } else {
            for (part, section) in report.parts where section.isEmpty && section.location != nil && !malformed.contains(part.rawValue) {
                result.append(Diagnostic(.emptySection(part.chineseName), at: section.location))
            }
        }
        for (_, section) in report.parts {
            tooDeep(section.items, level: 1, into: &result)
        }
        return result
    }

    /// Each point past the last level, once: what lies below it goes with it.
    private static func tooDeep(_ items: [Item], level: Int, into result: inout [Diagnostic]) {
        for item in items {
            if level > levels {
                result.append(Diagnostic(.tooManyLevels(item.point.value), at: item.location ?? item.point.location))
            } else {
                tooDeep(item.subpoints, level: level + 1, into: &result)
            }
        }
    }
}

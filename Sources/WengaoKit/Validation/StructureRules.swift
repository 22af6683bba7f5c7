/// Rules about what a report has at all: a title, some content, no empty parts.
enum StructureRules {
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
        return result
    }
}

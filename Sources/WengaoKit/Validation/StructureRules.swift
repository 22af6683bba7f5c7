/// Rules about what a report has at all: a title, some content, no empty parts.
enum StructureRules {
    static func diagnostics(for report: Report, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let top = SourceLocation(file: file, line: 1, column: 1)
        if (report.title?.value ?? "").isEmpty {
            result.append(Diagnostic(.missingTitle(), at: report.title?.location ?? top))
        }
        if report.parts.allSatisfy({ $0.section.isEmpty }) {
            result.append(Diagnostic(.noContent(), at: top))
        } else {
            for (part, section) in report.parts where section.isEmpty && section.location != nil {
                result.append(Diagnostic(.emptySection(part.chineseName), at: section.location))
            }
        }
        return result
    }
}

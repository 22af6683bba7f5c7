/// Prints measurement reports as plain-text tables, one per document, for a terminal.
public enum MeasurementTable {
    /// What each rule asks for, printed once above the tables.
    public static func legend(_ rules: [Rule] = Rule.allCases) -> String {
        let width = rules.map { displayWidth($0.rawValue) }.max() ?? 0
        return "规则\n" + rules.map { "  \(pad($0.rawValue, width))  \($0.requirement)\n" }.joined()
    }

    /// The tables for every document, then for every DOCX/ODT pair.
    public static func format(_ reports: [DocumentReport]) -> String {
        reports.map(format(_:)).joined(separator: "\n")
    }

    /// One document's table: outcome, rule, measurement; then every problem found.
    public static func format(_ report: DocumentReport) -> String {
        let verdict = report.passed ? "全部合格" : "有不合格项"
        var output = "\(report.file)（\(report.pages) 页）：\(verdict)\n"
        let outcomes = report.results.map { mark($0.outcome) }, names = report.results.map(\.rule.rawValue)
        let outcomeWidth = outcomes.map(displayWidth).max() ?? 0, nameWidth = names.map(displayWidth).max() ?? 0
        for (index, result) in report.results.enumerated() {
            output += "  \(pad(outcomes[index], outcomeWidth))  \(pad(names[index], nameWidth))  \(result.measured)\n"
        }
        for result in report.results where result.outcome == .fail {
            for problem in result.problems.prefix(10) { output += "    ✗ \(result.rule.rawValue)：\(problem)\n" }
            if result.problems.count > 10 { output += "    ✗ \(result.rule.rawValue)：另有 \(result.problems.count - 10) 处\n" }
        }
        return output
    }

    static func mark(_ outcome: RuleResult.Outcome) -> String {
        switch outcome {
        case .pass: "合格"
        case .fail: "不合格"
        case .notApplicable: "不适用"
        }
    }

    /// Columns in a terminal: Chinese characters and full-width marks take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                 0x1F300...0x1FAFF: width + 2
            default: width + 1
            }
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }
}

/// Prints measurement reports as plain-text tables, one per document, for a terminal.
public enum MeasurementTable {
    /// The tables for every document, then for every DOCX/ODT pair.
    public static func format(_ reports: [DocumentReport]) -> String {
        reports.map(format(_:)).joined(separator: "\n")
    }

    public static func format(_ report: DocumentReport) -> String {
        let verdict = report.passed ? "全部合格" : "有不合格项"
        var output = "\(report.file)（\(report.pages) 页）：\(verdict)\n"
        let rows = [("结果", "规则", "实测", "要求")] + report.results.map { result in
            (mark(result.outcome), result.rule.rawValue, result.measured, result.rule.requirement)
        }
        let widths = (
            rows.map { displayWidth($0.0) }.max()!, rows.map { displayWidth($0.1) }.max()!, rows.map { displayWidth($0.2) }.max()!
        )
        for row in rows {
            output += "  " + pad(row.0, widths.0) + "  " + pad(row.1, widths.1) + "  " + pad(row.2, widths.2) + "  " + row.3 + "\n"
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

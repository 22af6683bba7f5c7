import ArgumentParser
import WengaoKit

/// `--ignore ID` (repeatable, or comma-separated): warnings silenced for one run.
enum IgnoreOption {
    static let help = ArgumentHelp("本次运行忽略这条警告（规则编号，可重复）。Silence a warning by rule id.",
                                   valueName: "rule-id")

    /// The ids, checked: an unknown id or an error's id is a usage error (exit 64).
    static func ruleIDs(_ values: [String]) throws -> Set<String> {
        var ids = Set<String>()
        for id in values.flatMap({ $0.split(separator: ",") }).map({ String($0).trimmingCharacters(in: .whitespaces) }) where !id.isEmpty {
            guard let rule = DiagnosticRule.named(id) else {
                let hint = DiagnosticRule.suggestion(for: id).map { "；是否想写“\($0)”？" } ?? ""
                throw ValidationError("--ignore：没有编号为“\(id)”的规则\(hint)")
            }
            guard rule.severity == .warning else {
                throw ValidationError("--ignore：“\(id)”是错误，不能忽略；只有警告可以忽略")
            }
            ids.insert(id)
        }
        return ids
    }
}

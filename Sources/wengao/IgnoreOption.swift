import FoundationEssentials
import WengaoKit

extension OptionSpec {
    /// `--strict`, shared by every command that checks inputs.
    static let strict = OptionSpec(long: "strict", kind: .flag, help: "把警告也当作错误。Treat warnings as errors.")
    /// `--ignore ID` (repeatable, or comma-separated): warnings silenced for one run.
    static let ignore = OptionSpec(long: "ignore", valueName: "rule-id",
                                   help: "本次运行忽略这条警告（规则编号，可重复）。Silence a warning by rule id.")
    /// `--all`: every diagnostic on the terminal, not the first three of each rule in a file.
    static let all = OptionSpec(long: "all", kind: .flag,
                                help: "列出全部问题（默认每个文件每条规则只列前 3 个）。Show every diagnostic.")
}

/// The rule ids given to `--ignore`.
enum IgnoreOption {
    /// The ids, checked: an unknown id or an error's id is a usage error (exit 64).
    static func ruleIDs(_ values: [String], command: CommandSpec) throws(UsageError) -> Set<String> {
        var ids = Set<String>()
        for value in values {
            for part in value.split(separator: ",") {
                let id = part.trimmingWhitespace
                if id.isEmpty { continue }
                guard let rule = DiagnosticRule.named(id) else {
                    throw UsageError(UsageText.unknownRule(id, suggestion: DiagnosticRule.suggestion(for: id)), command: command)
                }
                guard rule.severity == .warning else {
                    throw UsageError(UsageText.ruleIsAnError(id), command: command)
                }
                ids.insert(id)
            }
        }
        return ids
    }
}

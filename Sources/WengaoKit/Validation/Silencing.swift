/// Drops the warnings a user chose not to see: per file with the `ignore` / `忽略` key,
/// per run with `--ignore`. Errors are never dropped: they mean the document would be
/// wrong or could not be written.
enum Silencing {
    static func apply(to diagnostics: [Diagnostic], fileIgnores: [Text], runIgnores: Set<String>) -> [Diagnostic] {
        var silenced = runIgnores
        var result: [Diagnostic] = []
        for id in fileIgnores {
            guard let rule = DiagnosticRule.named(id.value) else {
                result.append(Diagnostic(.unknownRule(id.value, suggestion: DiagnosticRule.suggestion(for: id.value)), at: id.location))
                continue
            }
            if rule.severity == .error {
                result.append(Diagnostic(.errorNotIgnorable(id.value), at: id.location))
                continue
            }
            silenced.insert(rule.id)
        }
        result += diagnostics.filter { $0.severity == .error || !silenced.contains($0.id) }
        return result.filter { $0.severity == .error || !silenced.contains($0.id) }
    }
}

import Yams

/// Turns Yams's errors into diagnostics at the real position, with the problem in Chinese
/// where libyaml's wording is one a clerk would not understand.
enum YAMLErrorTranslation {
    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.yamlSyntax("\(error)"), at: SourceLocation(file: file, line: 1, column: 1))
        }
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var notes: [String] = []
            if let context { notes.append("\(context.text)（第 \(context.mark.line) 行）") }
            return Diagnostic(.yamlSyntax(explain(problem)), at: at(mark), notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.duplicateKey(duplicates.joined(separator: "、")), at: at(context.mark))
        case let .reader(problem, offset, _, _):
            let note = offset.map { ["位于第 \($0 + 1) 个字节"] } ?? []
            return Diagnostic(.yamlSyntax(explain(problem)), at: SourceLocation(file: file, line: 1, column: 1), notes: note)
        default:
            return Diagnostic(.yamlSyntax("\(yamlError)"), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// libyaml's problems, in words for people who do not know YAML's grammar.
    static func explain(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("found character that cannot start any token", "这里有 YAML 不允许的字符（常见原因：用 Tab 缩进，请改用空格）"),
            ("mapping values are not allowed in this context", "这里不能出现“: ”（常见原因：缩进不对齐，或文字中的英文冒号后跟了空格）"),
            ("did not find expected key", "缩进没有对齐，或缺少“键: ”"),
            ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了"),
            ("found unknown escape character", "双引号里有无法识别的反斜杠转义"),
            ("did not find expected ',' or ']'", "方括号列表没有闭合，缺少“]”"),
            ("did not find expected ',' or '}'", "花括号映射没有闭合，缺少“}”"),
            ("did not find expected '-' indicator", "列表项的缩进没有对齐"),
            ("found undefined alias", "引用了未定义的别名（*名称）"),
            ("block sequence entries are not allowed in this context", "这里不能开始列表（检查“- ”的缩进）"),
        ]
        for (english, chinese) in known where problem.contains(english) {
            return chinese
        }
        return problem
    }
}

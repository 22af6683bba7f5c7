/// Turns libyaml's errors into diagnostics at the real position, in words for people who
/// do not know YAML's grammar.
///
/// libyaml reports where it gave up, which is not always where the mistake is: for an
/// unclosed quote or bracket it gives up at the end of the file, so the diagnostic goes to
/// the opening quote or bracket (libyaml's "context" mark) instead; for a tab it gives up
/// on the tab itself.
enum YAMLErrorTranslation {
    /// libyaml takes at most this many characters as a key on one line (a simple key).
    static let longestKey = 1024

    static func diagnostic(for error: YAMLSyntaxError, source: SourceText) -> Diagnostic {
        let file = source.path
        func at(_ mark: YAMLNode.Mark) -> SourceLocation { mark.location(in: file) }
        if case let .reader(byteOffset) = error.stage {
            return Diagnostic(.yamlSyntax(error.problem), at: location(ofByte: byteOffset, in: source))
        }
        return translate(problem: error.problem, context: error.context, mark: error.mark, source: source, at: at)
    }

    private static func translate(problem: String, context: (text: String, mark: YAMLNode.Mark)?, mark: YAMLNode.Mark,
                                  source: SourceText, at: (YAMLNode.Mark) -> SourceLocation) -> Diagnostic {
        let opening = context.map { at($0.mark) }
        // libyaml after 0.2.5 stops at a nesting limit of its own (Debian's 0.2.5 does not;
        // YAMLPreflight and the walker's depth limit catch deep input first either way).
        if problem.contains("Maximum nesting level") {
            return Diagnostic(.tooDeep(limit: InputLimits.default.maximumDepth), at: at(mark))
        }
        if character(at: mark, in: source) == "\t" || problem.contains("tab character") {
            return Diagnostic(.yamlTab(), at: at(mark))
        }
        if let context, problem.contains("found unexpected end of stream") {
            let what = context.text.contains("quoted") ? "引号" : "括号"
            return Diagnostic(.yamlUnclosed(what), at: opening ?? at(mark),
                              notes: ["直到文件末尾（第 \(mark.line) 行）都没有找到与之配对的\(what)"])
        }
        if problem.contains("did not find expected ',' or ']'") || problem.contains("did not find expected ',' or '}'") {
            let closer = problem.contains("]") ? "]" : "}"
            return Diagnostic(.yamlUnclosed("“\(closer == "]" ? "[" : "{")”", closer: "“\(closer)”"), at: opening ?? at(mark),
                              notes: ["在第 \(mark.line) 行第 \(mark.column) 列仍未找到“\(closer)”；若括号是文字的一部分，请给整段文字加引号，或改用全角括号"])
        }
        if let context, context.text.contains("while scanning an alias") || context.text.contains("while scanning an anchor") {
            return Diagnostic(.yamlSyntax(explain("alias or anchor name")), at: at(context.mark))
        }
        // A byte-order mark is allowed only at the start of the file.
        if let line = source.line(mark.line), let bom = line.unicodeScalars.firstIndex(of: "\u{FEFF}") {
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: bom) + 1
            return Diagnostic(.yamlSyntax("这一行有字节顺序标记（BOM，U+FEFF），它只能在文件开头；请删去它（常见于把两个文件拼在一起）"),
                              at: SourceLocation(file: source.path, line: mark.line, column: column))
        }
        if problem.contains("could not find expected ':'") || problem.contains("mapping values are not allowed"),
           let line = source.line(mark.line), let length = line.unicodeScalars.firstIndex(of: ":").map({
               line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) }), length > longestKey {
            return Diagnostic(.yamlSyntax("键太长：有 \(length) 个字符，YAML（libyaml）的键最多 \(longestKey) 个字符；请缩短这个键"), at: at(mark))
        }
        let indentation = [
            "mapping values are not allowed in this context",
            "did not find expected key",
            "did not find expected '-' indicator",
            "block sequence entries are not allowed in this context",
            "could not find expected ':'",
        ]
        if let known = indentation.first(where: problem.contains) {
            return Diagnostic(.yamlIndentation(explain(known)), at: at(mark))
        }
        var notes: [String] = []
        if let context { notes.append("\(context.text)（第 \(context.mark.line) 行）") }
        return Diagnostic(.yamlSyntax(explain(problem)), at: at(mark), notes: notes)
    }

    private static func character(at mark: YAMLNode.Mark, in source: SourceText) -> Unicode.Scalar? {
        guard let offset = source.offset(line: mark.line, column: mark.column), offset < source.scalars.count else { return nil }
        return source.scalars[offset]
    }

    /// libyaml's reader counts bytes of UTF-8.
    private static func location(ofByte byteOffset: Int, in source: SourceText) -> SourceLocation {
        var bytes = 0
        var index = 0
        while index < source.scalars.count, bytes < byteOffset {
            bytes += UTF8.width(source.scalars[index])
            index += 1
        }
        let (line, column) = source.lineAndColumn(of: index)
        return SourceLocation(file: source.path, line: line, column: column)
    }

    /// libyaml's problems, in words for people who do not know YAML's grammar.
    static func explain(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("found character that cannot start any token", "这里有 YAML 不允许的字符（如“@”“`”开头的文字，请给整段文字加引号）"),
            ("mapping values are not allowed in this context", "这里不能出现“: ”（常见原因：缩进不对齐，或文字中的英文冒号后跟了空格，请改用全角“：”）"),
            ("did not find expected key", "缩进没有对齐，或缺少“键: ”"),
            ("did not find expected '-' indicator", "这一行与上面的列表对不齐：它既不在上一项之下，也不是以“- ”开头的新一项"),
            ("block sequence entries are not allowed in this context", "这里不能开始列表（检查“- ”的缩进）"),
            ("could not find expected ':'", "缺少“: ”，或上一行的缩进没有对齐"),
            ("found unknown escape character", "双引号里有无法识别的反斜杠转义（要写反斜杠本身，请写成“\\\\”或改用单引号）"),
            ("found undefined alias", "引用了未定义的别名（*名称）"),
            ("alias or anchor name", "“*”或“&”后面应是别名的名称（字母或数字）；若它是文字的一部分，请给整段文字加引号"),
            ("did not find expected node content", "这里缺少内容"),
            ("but found another document", "文件里有第二个文档（“---”）；每个文件只能写一份文稿"),
            ("found invalid Unicode character escape code", "双引号里的 \\u 转义不是一个有效的字符（如单独的代理项 \\ud800）；请直接写出这个字，或写成完整的 \\U 转义"),
            ("found incompatible YAML document", "不支持这个 YAML 版本（%YAML 指令只能写 1.1 或 1.2）；请删去开头的 %YAML 一行"),
            ("found duplicate YAML directive", "%YAML 指令写了两次；请删去一行"),
            ("found duplicate %TAG directive", "%TAG 指令写了两次；请删去一行"),
            ("found unexpected non-alphabetical character", "指令（以 % 开头的行）的写法不对；本文件不需要指令，请删去这一行"),
        ]
        for (english, chinese) in known where problem.contains(english) {
            return chinese
        }
        return problem
    }
}

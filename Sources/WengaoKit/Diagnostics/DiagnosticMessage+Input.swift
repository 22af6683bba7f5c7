// Messages about the shape of an input file: YAML syntax, limits, and the schema.

// MARK: - YAML syntax

extension DiagnosticMessage {
    static func yamlSyntax(_ problem: String) -> Self {
        .init(.yamlSyntax, text: "YAML 格式错误：\(problem)")
    }
    static func yamlTab() -> Self {
        .init(.yamlTab, text: "这里用了 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格")
    }
    static func yamlIndentation(_ problem: String) -> Self {
        .init(.yamlIndentation, text: "缩进有误：\(problem)")
    }
    /// `what` names the opening mark (引号, “[”); `closer` the one missing, when it differs.
    static func yamlUnclosed(_ what: String, closer: String? = nil) -> Self {
        .init(.yamlUnclosed, text: "这里的\(what)没有闭合；请补上与之配对的\(closer ?? what)")
    }
    static func duplicateKey(_ key: String) -> Self {
        .init(.duplicateKey, text: "键“\(key)”重复出现；请删除或合并其中一处")
    }
    static func complexKey() -> Self {
        .init(.complexKey, text: "键只能是一段文字，不能是列表、映射或别名")
    }
}

// MARK: - Limits

extension DiagnosticMessage {
    static func tooDeep(limit: Int) -> Self {
        .init(.nestingTooDeep, text: "层级嵌套超过 \(limit) 层；请减少缩进层级")
    }
    static func aliasLimit(limit: Int) -> Self {
        .init(.aliasLimit, text: "别名（*引用）展开后的节点超过 \(limit) 个；请不要用别名反复引用大段内容")
    }
    static func aliasTextLimit(limit: Int) -> Self {
        .init(.aliasLimit, text: "别名（*引用）展开后的文字超过 \(limit) 字节；请不要用别名反复引用大段内容")
    }
    static func tooManyNodes(limit: Int) -> Self {
        .init(.tooManyNodes, text: "文件的条目和键太多（上限约 \(limit) 个）；输入文件只应包含文稿要点")
    }
}

// MARK: - Schema

extension DiagnosticMessage {
    static func topLevelNotMapping() -> Self {
        .init(.wrongType, text: "文件顶层应是“键: 值”的映射（如 标题: ……）")
    }
    static func unknownKey(_ key: String, suggestion: String?) -> Self {
        let hint = suggestion.map { "；是否想写“\($0)”？" } ?? "；请对照输入说明检查拼写"
        return .init(.unknownKey, text: "无法识别的键“\(key)”\(hint)")
    }
    static func wrongType(_ key: String, expected: String) -> Self {
        .init(.wrongType, text: "“\(key)”应为\(expected)")
    }
    static func unsupportedVersion(_ version: String) -> Self {
        .init(.unsupportedVersion, text: "不支持的输入格式版本“\(version)”；目前只有版本 1")
    }
    static func missingTitle() -> Self {
        .init(.missingTitle, text: "缺少标题；请添加“标题: ……”（title）")
    }
    static func noContent() -> Self {
        .init(.noContent, text: "成绩、问题、意见三部分都没有内容；请至少填写其中一部分")
    }
    static func emptySection(_ name: String) -> Self {
        .init(.emptySection, text: "“\(name)”部分没有条目；请填写条目或删除这一部分")
    }
    static func tooManyLevels(_ point: String) -> Self {
        .init(.tooManyLevels, text: "“\(point)”是第四层分项，文稿只排三层（讲话稿：一是→（1）→①、第一→一要→（1）；总结：（一）→1.→（1））；"
                  + "请把它写进上一层的“内容”（details），或把上一层提升一级")
    }
    static func emptyPoint() -> Self {
        .init(.emptyPoint, text: "条目缺少要点（point / 要点）")
    }
    static func invalidDate(_ text: String) -> Self {
        .init(.invalidDate, text: "日期“\(text)”无效；请写成 2026-07-10 这样的公历日期")
    }
    static func controlCharacter(_ scalar: Unicode.Scalar) -> Self {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return .init(.controlCharacter, text: "文本中有不可见的控制字符 U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)，文档无法容纳；请删除它")
    }
    static func unknownRule(_ id: String, suggestion: String?) -> Self {
        let hint = suggestion.map { "；是否想写“\($0)”？" } ?? "；规则编号见 wengao validate 输出末尾的方括号"
        return .init(.unknownRule, text: "要忽略的规则“\(id)”不存在\(hint)")
    }
    static func errorNotIgnorable(_ id: String) -> Self {
        .init(.unknownRule, text: "“\(id)”是错误，不能忽略；只有警告可以忽略")
    }
}

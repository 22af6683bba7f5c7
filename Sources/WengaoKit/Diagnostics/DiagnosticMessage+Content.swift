// Messages about the wording of an input: what a reader of the finished document would
// stumble on. All are warnings: generation goes on, and each can be silenced by id.

extension DiagnosticMessage {
    static func placeholder(_ found: String) -> Self {
        .init(id: "placeholder", severity: .warning, text: "“\(found)”像是没有填写的占位符；请填上实际的数字或名称")
    }
    static func handNumbering(_ found: String) -> Self {
        .init(id: "hand-numbering", severity: .warning,
              text: "要点开头的“\(found)”是手写的编号；模板会自动编号（一是、第一、（一）……），文稿里已去掉它，输入文件可用 wengao fix 删除")
    }
    static func halfWidthPunctuation(_ found: Unicode.Scalar, fullWidth: Unicode.Scalar) -> Self {
        .init(id: "half-width-punctuation", severity: .warning,
              text: "中文里用了半角“\(found)”；文稿里已改为全角“\(fullWidth)”，输入文件可用 wengao fix 改正")
    }
    static func unclosedPair(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar) -> Self {
        .init(id: "unbalanced-pair", severity: .warning, text: "“\(opening)”没有与之配对的“\(closing)”")
    }
    static func unopenedPair(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar) -> Self {
        .init(id: "unbalanced-pair", severity: .warning, text: "“\(closing)”前面没有与之配对的“\(opening)”")
    }
    static func duplicatePoint(_ point: String) -> Self {
        .init(id: "duplicate-point", severity: .warning, text: "要点“\(point)”与前面的条目重复；请删除或改写其中一条")
    }
    static func longLead(length: Int, limit: Int) -> Self {
        .init(id: "long-lead", severity: .warning,
              text: "要点有 \(length) 个字，超过 \(limit) 个字，不像一句领起的话；请把说明移到“内容”（details）里")
    }
}

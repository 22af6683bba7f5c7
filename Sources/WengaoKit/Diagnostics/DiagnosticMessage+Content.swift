// Messages about the wording of an input: what a reader of the finished document would
// stumble on. All are warnings: generation goes on, and each can be silenced by id.

extension DiagnosticMessage {
    static func placeholder(_ found: String) -> Self {
        .init(.placeholder, text: "“\(found)”像是没有填写的占位符；请填上实际的数字或名称")
    }
    static func handNumbering(_ found: String) -> Self {
        .init(.handNumbering, text: "要点开头的“\(found)”是手写的编号；模板会自动编号（一是、第一、（一）……），文稿里已去掉它，输入文件可用 wengao fix 删除")
    }
    static func speechVoice(_ word: String, key: String) -> Self {
        .init(.speechVoice, text: "“\(word)”是讲话的口吻，而这段\(key)总结里也会用；请分开写成 \(key): {讲话: …, 总结: …}")
    }
    static func shortPoint(_ point: String, length: Int) -> Self {
        .init(.shortPoint, text: "要点“\(point)”只有 \(length) 个字，看不出做了什么；请写成一句话，如“党建引领更加有力”")
    }
    static func tooManyItems(count: Int, limit: Int) -> Self {
        .init(.tooManyItems, text: "这一层有 \(count) 条，超过 \(limit) 条就不像条理分明的讲话或总结了；请合并，或分到下一层（分项）")
    }
    static func noMeeting(title: String) -> Self {
        .init(.noMeeting, text: "没有写“会议”，讲话稿的标题会是“\(title)”而不是“在……上的讲话”；请加上 会议: 会议名称")
    }
    static func halfWidthPunctuation(_ found: Unicode.Scalar, fullWidth: Unicode.Scalar) -> Self {
        .init(.halfWidthPunctuation, text: "中文里用了半角“\(found)”；文稿里已改为全角“\(fullWidth)”，输入文件可用 wengao fix 改正")
    }
    static func unclosedPair(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar) -> Self {
        .init(.unbalancedPair, text: "“\(opening)”没有与之配对的“\(closing)”")
    }
    static func unopenedPair(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar) -> Self {
        .init(.unbalancedPair, text: "“\(closing)”前面没有与之配对的“\(opening)”")
    }
    static func duplicatePoint(_ point: String) -> Self {
        .init(.duplicatePoint, text: "要点“\(point)”与前面的条目重复；请删除或改写其中一条")
    }
    static func longLead(length: Int, limit: Int) -> Self {
        .init(.longLead, text: "要点有 \(length) 个字，超过 \(limit) 个字，不像一句领起的话；请把说明移到“内容”（details）里")
    }
}

/// The two documents Wengao writes from one report.
public enum Genre: String, Sendable, CaseIterable {
    /// 半年工作总结: a written report with numbered heading levels.
    case summary
    /// 会议讲话稿: the text a leader reads at a review meeting.
    case speech

    public var chineseName: String {
        switch self {
        case .summary: "半年工作总结"
        case .speech: "会议讲话稿"
        }
    }
}

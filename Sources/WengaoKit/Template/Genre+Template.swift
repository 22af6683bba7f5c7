extension Genre {
    /// The template file for this genre in a templates folder. Kept with the templates, not
    /// in the model, which knows nothing of files.
    public var templateFileName: String {
        switch self {
        case .summary: "summary.mustache"
        case .speech: "speech.mustache"
        }
    }
}

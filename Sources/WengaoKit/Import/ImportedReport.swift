/// What the structure reader made of a document: the input file's content, with a note on
/// every guess, naming the source paragraph it was made from. The YAML writer prints it.
struct ImportedReport: Sendable {
    struct Item: Sendable {
        var point: String
        var details: [String] = []
        var subpoints: [Item] = []
        /// `原文第 12 段：按“一是”拆分`
        var note: String?
    }

    struct Section: Sendable {
        var heading: String?
        var lead: String?
        var layout: PartLayout?
        var items: [Item] = []
        var notes: [String] = []
    }

    var genre: Genre = .speech
    var title: String?
    var titleNote: String?
    var organization: String?
    var speaker: String?
    var occasion: String?
    var date: CalendarDate?
    var audience: String?
    var opening: [String] = []
    var openingNotes: [String] = []
    var closing: [String] = []
    var closingNotes: [String] = []
    var achievements = Section()
    var problems = Section()
    var nextSteps = Section()
    /// Paragraphs that could not be given a place of their own, and where they went.
    var warnings: [String] = []

    subscript(part: Part) -> Section {
        get {
            switch part {
            case .achievements: achievements
            case .problems: problems
            case .nextSteps: nextSteps
            }
        }
        set {
            switch part {
            case .achievements: achievements = newValue
            case .problems: problems = newValue
            case .nextSteps: nextSteps = newValue
            }
        }
    }
}

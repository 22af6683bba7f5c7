/// Everything one input file says about a unit's half year: the facts both documents share.
///
/// The model is genre-free: the summary and the speech are two voices for the same
/// report, chosen by the template. Locations are kept for diagnostics and left out of `==`.
public struct Report: Sendable, Equatable {
    public var title: Text?
    public var organization: Text?
    public var speaker: Text?
    public var occasion: Text?
    public var date: CalendarDate?
    /// Whether the document will be sealed (盖章 / seal): GB/T 9704 §7.3.5 sets 署名 and
    /// 成文日期 one way for a sealed document and another for an unsealed one. Unset means
    /// sealed, as a submitted summary usually is.
    public var seal: Bool?
    public var audience: Text?
    public var opening: [Text]
    public var closing: [Text]
    /// Opening and closing paragraphs written for one genre only (`开场: {讲话: …, 总结: …}`):
    /// they replace `opening` / `closing` in that genre's document.
    public var voicedOpening: [Genre: [Text]] = [:]
    public var voicedClosing: [Genre: [Text]] = [:]
    public var achievements: Section
    public var problems: Section
    public var nextSteps: Section
    /// The warnings this file silences, by rule id (the `ignore` / `忽略` key).
    public var ignoredRules: [Text] = []
    /// Keys whose value was there but of the wrong type (already reported), so that a
    /// wrong-typed title is not also reported missing.
    var malformedKeys: Set<String> = []

    public init(title: Text? = nil, organization: Text? = nil, speaker: Text? = nil,
                occasion: Text? = nil, date: CalendarDate? = nil, audience: Text? = nil,
                opening: [Text] = [], closing: [Text] = [],
                achievements: Section = .init(), problems: Section = .init(), nextSteps: Section = .init()) {
        self.title = title
        self.organization = organization
        self.speaker = speaker
        self.occasion = occasion
        self.date = date
        self.audience = audience
        self.opening = opening
        self.closing = closing
        self.achievements = achievements
        self.problems = problems
        self.nextSteps = nextSteps
    }

    /// The report as one genre prints it: each text written for that genre in place of
    /// the shared one. A genre a map leaves out prints no opening or closing of the user's,
    /// and its template's own lead.
    public func voiced(for genre: Genre) -> Report {
        var report = self
        if let opening = voicedOpening[genre] { report.opening = opening }
        if let closing = voicedClosing[genre] { report.closing = closing }
        for part in [\Report.achievements, \.problems, \.nextSteps] {
            if let lead = report[keyPath: part].voicedLead[genre] { report[keyPath: part].lead = lead }
        }
        return report
    }

    /// The three parts in the genre's order, with their role in the argument.
    public var parts: [(part: Part, section: Section)] {
        [(.achievements, achievements), (.problems, problems), (.nextSteps, nextSteps)]
    }
}

/// The three parts of the 成绩–问题–意见 argument.
public enum Part: String, Sendable, CaseIterable {
    case achievements
    case problems
    case nextSteps = "next_steps"

    /// The name a clerk knows the part by.
    public var chineseName: String {
        switch self {
        case .achievements: "成绩"
        case .problems: "问题"
        case .nextSteps: "意见"
        }
    }
}

/// A piece of the user's text with where it came from.
public struct Text: Sendable, Equatable, ExpressibleByStringLiteral {
    public var value: String
    public var location: SourceLocation?
    /// Where each character came from, when known; see `location(ofScalarAt:)`.
    public var positions: TextPositions?

    public init(_ value: String, at location: SourceLocation? = nil, positions: TextPositions? = nil) {
        self.value = value
        self.location = location
        self.positions = positions
    }

    public init(stringLiteral value: String) { self.init(value) }

    public static func == (lhs: Text, rhs: Text) -> Bool { lhs.value == rhs.value }
}

/// One of the three parts: an optional linking sentence and its points.
public struct Section: Sendable, Equatable {
    /// The part's own heading, replacing the template's (一、主要工作及成效 …).
    public var heading: Text?
    /// The sentence that leads into the points, replacing the template's.
    public var lead: Text?
    /// A lead written for one genre only (`引语: {讲话: …, 总结: …}`).
    public var voicedLead: [Genre: Text] = [:]
    /// How the speech sets the part's items (`排法`); nil is automatic.
    public var layout: PartLayout?
    public var items: [Item]
    public var location: SourceLocation?

    public init(heading: Text? = nil, lead: Text? = nil, items: [Item] = [], at location: SourceLocation? = nil) {
        self.heading = heading
        self.lead = lead
        self.items = items
        self.location = location
    }

    public var isEmpty: Bool { items.isEmpty }

    public static func == (lhs: Section, rhs: Section) -> Bool {
        lhs.heading == rhs.heading && lhs.lead == rhs.lead && lhs.voicedLead == rhs.voicedLead && lhs.layout == rhs.layout && lhs.items == rhs.items
    }
}

/// A point: its lead clause, the paragraphs that support it, and its own sub-points.
public struct Item: Sendable, Equatable {
    public var point: Text
    public var details: [Text]
    public var subpoints: [Item]
    public var location: SourceLocation?

    public init(point: Text, details: [Text] = [], subpoints: [Item] = [], at location: SourceLocation? = nil) {
        self.point = point
        self.details = details
        self.subpoints = subpoints
        self.location = location
    }

    public static func == (lhs: Item, rhs: Item) -> Bool {
        lhs.point == rhs.point && lhs.details == rhs.details && lhs.subpoints == rhs.subpoints
    }
}

/// How a speech sets one part. Real speeches run short items together in one paragraph
/// (一是……二是……) and give long ones a paragraph each.
/// How the 署名 and 成文日期 are set (GB/T 9704 §7.3.5).
public enum SignatureLayout: Sendable, Equatable {
    /// §7.3.5.1: the date four characters in from the right, the signature centred over it.
    case sealed
    /// §7.3.5.2: the signature two characters in, the date's first character two characters
    /// right of the signature's; a date longer than that allows sits two characters in and
    /// pushes the signature left.
    case unsealed
}

extension Report {
    public var signatureLayout: SignatureLayout { seal == false ? .unsealed : .sealed }

    /// The spellings `盖章` accepts for yes and for no.
    public static let sealSpellings: (yes: [String], no: [String]) = (
        ["是", "盖章", "true", "yes"], ["否", "不盖章", "false", "no"]
    )
}

public enum PartLayout: String, Sendable, CaseIterable {
    /// Every item in one paragraph with the lead (成绩, 问题); each 第一 paragraph holding
    /// its 一要 sub-points (意见).
    case together
    /// A paragraph for every item and sub-point.
    case separate

    /// The spellings `排法` accepts, Chinese first.
    public var spellings: [String] {
        switch self {
        case .together: ["连排", "together"]
        case .separate: ["分段", "separate"]
        }
    }

    public init?(spelling: String) {
        guard let layout = Self.allCases.first(where: { $0.spellings.contains(spelling) }) else { return nil }
        self = layout
    }
}

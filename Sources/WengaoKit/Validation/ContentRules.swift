/// Rules about what the documents will say, beyond single marks: a speech's voice in text
/// the written summary prints too, points too short to say anything, levels too long to
/// follow.
enum ContentRules {
    /// Words a speaker says to a room, which a written summary never does.
    static let speechWords = ["我讲", "同志们", "大家"]
    /// A point shorter than this, in characters, names a field (党建) rather than what was done.
    static let minimumPointLength = 4
    /// More items than this at one level is a list, not an argument.
    static let maximumItemsPerLevel = 10

    static func diagnostics(for report: Report) -> [Diagnostic] {
        speechVoice(in: report) + shortPoints(in: report) + longLevels(in: report)
    }

    /// Shared texts the summary prints (an opening, closing or lead not split by genre)
    /// with a speaker's words, each reported at the first such word.
    static func speechVoice(in report: Report) -> [Diagnostic] {
        var shared: [(text: Text, key: String)] = []
        if report.voicedOpening[.summary] == nil { shared += report.opening.map { ($0, "开场") } }
        if report.voicedClosing[.summary] == nil { shared += report.closing.map { ($0, "结尾") } }
        for (_, section) in report.parts where section.voicedLead[.summary] == nil {
            if let lead = section.lead { shared.append((lead, "引语")) }
        }
        return shared.compactMap { text, key in
            let scalars = Array(text.value.unicodeScalars)
            let words = speechWords.map { Array($0.unicodeScalars) }
            for offset in scalars.indices {
                for word in words where scalars[offset...].starts(with: word) {
                    return Diagnostic(.speechVoice(String(String.UnicodeScalarView(word)), key: key),
                                      at: text.location(ofScalarAt: offset))
                }
            }
            return nil
        }
    }

    /// Rules that hold for one genre only, checked when that genre is written: a speech
    /// with no meeting is titled like the summary (…工作总结), not 在……上的讲话.
    static func diagnostics(for report: Report, genre: Genre) -> [Diagnostic] {
        guard genre == .speech, report.occasion == nil, let title = report.title else { return [] }
        return [Diagnostic(.noMeeting(title: title.value), at: title.location)]
    }

    static func shortPoints(in report: Report) -> [Diagnostic] {
        report.allItems.compactMap { item in
            let length = Sentences.headLength(of: item.point.value, upTo: minimumPointLength)
            guard length > 0, length < minimumPointLength else { return nil }
            let head = Sentences.first(of: item.point.value).head
            return Diagnostic(.shortPoint(head, length: length), at: item.point.location(ofScalarAt: 0))
        }
    }

    static func longLevels(in report: Report) -> [Diagnostic] {
        var result: [Diagnostic] = []
        func check(_ items: [Item]) {
            if items.count > maximumItemsPerLevel {
                result.append(Diagnostic(.tooManyItems(count: items.count, limit: maximumItemsPerLevel),
                                         at: items[maximumItemsPerLevel].location))
            }
            for item in items { check(item.subpoints) }
        }
        for (_, section) in report.parts { check(section.items) }
        return result
    }
}

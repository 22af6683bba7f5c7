/// Rules about the points themselves: each is a short lead clause, and no two are alike.
enum LeadRules {
    /// The longest lead clause, in characters, that is still a lead.
    ///
    /// GB/T 9704 sets 28 characters to a line. A point is printed as a heading (（一）……)
    /// in the summary and opens a paragraph (一是……) in the speech; beyond 30 characters it
    /// no longer fits one line even before its number, and reads as a paragraph rather
    /// than a lead. The sample inputs' points run from 6 to 20 characters.
    static let maximumLeadLength = 30

    static func diagnostics(for point: Text) -> [Diagnostic] {
        let characters = point.value.count
        guard characters > maximumLeadLength else { return [] }
        // Point at the first character past the limit.
        let prefix = point.value.prefix(maximumLeadLength)
        let offset = prefix.unicodeScalars.count
        return [Diagnostic(.longLead(length: characters, limit: maximumLeadLength), at: point.location(ofScalarAt: offset))]
    }

    /// A point that repeats an earlier one (ignoring spaces and closing punctuation),
    /// reported where it repeats.
    static func duplicatePoints(in report: Report) -> [Diagnostic] {
        let items = report.allItems
        var first: [String: Text] = [:]
        // Sized once: growing it rehashes every point, and hashing Chinese text is not cheap.
        first.reserveCapacity(items.count)
        var result: [Diagnostic] = []
        for item in items {
            let key = normalized(item.point.value)
            guard !key.isEmpty else { continue }
            if let earlier = first[key] {
                let note = earlier.location.map { ["第一次出现在第 \($0.line) 行"] } ?? []
                result.append(Diagnostic(.duplicatePoint(item.point.value), at: item.point.location(ofScalarAt: 0), notes: note))
            } else {
                first[key] = item.point
            }
        }
        return result
    }

    private static func normalized(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !ScalarText.isWhitespace(scalar) { scalars.append(scalar) }
        while let last = scalars.last, isEndingMark(last) { scalars.removeLast() }
        return scalars.isEmpty ? "" : ScalarText.string(scalars)
    }

    /// 。．.；;，,！!？? — marks that do not make two points different.
    private static func isEndingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "．", ".", "；", ";", "，", ",", "！", "!", "？", "?": true
        default: false
        }
    }
}

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
        // Keyed by a fingerprint of the scalars, not by String: a String hashes its
        // canonical (normalized) form, several times the cost for Chinese text, and a
        // dictionary keyed by scalar arrays costs a runtime conformance lookup on first use.
        var first: [Int: [(scalars: [Unicode.Scalar], point: Text)]] = [:]
        // Sized once: growing it rehashes every point.
        first.reserveCapacity(items.count)
        var result: [Diagnostic] = []
        for item in items {
            let key = normalized(item.point.value)
            guard !key.isEmpty else { continue }
            let fingerprint = Self.fingerprint(key)
            if let earlier = first[fingerprint]?.first(where: { $0.scalars == key })?.point {
                let note = earlier.location.map { ["第一次出现在第 \($0.line) 行"] } ?? []
                result.append(Diagnostic(.duplicatePoint(item.point.value), at: item.point.location(ofScalarAt: 0), notes: note))
            } else {
                first[fingerprint, default: []].append((key, item.point))
            }
        }
        return result
    }

    /// FNV-1a over the scalar values.
    private static func fingerprint(_ scalars: [Unicode.Scalar]) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    private static func normalized(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !ScalarText.isWhitespace(scalar) { scalars.append(scalar) }
        while let last = scalars.last, isEndingMark(last) { scalars.removeLast() }
        return scalars
    }

    /// 。．.；;，,！!？? — marks that do not make two points different.
    private static func isEndingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "．", ".", "；", ";", "，", ",", "！", "!", "？", "?": true
        default: false
        }
    }
}

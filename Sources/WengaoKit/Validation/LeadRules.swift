/// Rules about the points themselves: each is a short lead clause, and no two are alike.
enum LeadRules {
    /// The longest lead clause, in characters, that is still a lead.
    ///
    /// GB/T 9704 sets 28 characters to a line. A point is printed as a heading (（一）……)
    /// in the summary and opens a paragraph (一是……) in the speech; beyond 30 characters it
    /// no longer fits one line even before its number, and reads as a paragraph rather
    /// than a lead. The sample inputs' points run from 6 to 20 characters.
    static let maximumLeadLength = 30

    /// Only a point's first sentence is its lead: the rest is printed as body text.
    static func diagnostics(for point: Text) -> [Diagnostic] {
        guard point.value.utf8.count > maximumLeadLength else { return [] }
        var point = point
        point.value = Sentences.first(of: point.value).head
        return leadLength(of: point)
    }

    private static func leadLength(of point: Text) -> [Diagnostic] {
        // A character is one scalar or more, so a point of few scalars is short enough; only
        // a longer one pays for counting characters (grapheme breaking, some 3,000
        // instructions a point).
        var scalars = 0
        for byte in point.value.utf8 where byte & 0xC0 != 0x80 { scalars += 1 }
        guard scalars > maximumLeadLength else { return [] }
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
        // Points sorted by a fingerprint of their scalars, so that equal points end up side
        // by side. Not a dictionary: one keyed by String hashes the canonical (normalized)
        // form, several times the cost for Chinese text, and any dictionary's first use
        // costs a runtime conformance lookup worth more than this whole rule.
        var keys: [[Unicode.Scalar]] = []
        keys.reserveCapacity(items.count)
        var order: [(fingerprint: Int, index: Int)] = []
        for (index, item) in items.enumerated() {
            let key = normalized(item.point.value)
            keys.append(key)
            if !key.isEmpty { order.append((Self.fingerprint(key), index)) }
        }
        order.sort { ($0.fingerprint, $0.index) < ($1.fingerprint, $1.index) }
        // For each repeated point, the index of the point it repeats.
        var firstOf = [Int?](repeating: nil, count: items.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, order[end].fingerprint == order[start].fingerprint { end += 1 }
            // A run of one fingerprint is almost always one point, or copies of one.
            for later in start..<end {
                for earlier in start..<later where keys[order[earlier].index] == keys[order[later].index] {
                    firstOf[order[later].index] = firstOf[order[earlier].index] ?? order[earlier].index
                    break
                }
            }
            start = end
        }
        var result: [Diagnostic] = []
        for (index, item) in items.enumerated() {
            guard let first = firstOf[index] else { continue }
            let note = items[first].point.location.map { ["第一次出现在第 \($0.line) 行"] } ?? []
            result.append(Diagnostic(.duplicatePoint(item.point.value), at: item.point.location(ofScalarAt: 0), notes: note))
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
        ScalarText.forEachScalar(of: text) { scalar in
            if !ScalarText.isWhitespace(scalar) { scalars.append(scalar) }
        }
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

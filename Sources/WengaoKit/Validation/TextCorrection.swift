/// What the documents print instead of what the input typed: half-width punctuation in
/// Chinese made full-width, and numbering typed at the start of a point taken off, since
/// the template numbers every point itself (一是一是…… otherwise).
///
/// The input file is never changed here (`wengao fix` does that on request); the warnings
/// still point at every place, so the user can correct the file too.
public enum TextCorrection {
    /// How many changes a report's texts took.
    public struct Count: Sendable, Equatable {
        /// Half-width marks printed full-width.
        public var punctuation = 0
        /// Points whose typed numbering was taken off.
        public var numbering = 0

        public init(punctuation: Int = 0, numbering: Int = 0) {
            self.punctuation = punctuation
            self.numbering = numbering
        }

        public var isEmpty: Bool { punctuation == 0 && numbering == 0 }
    }

    /// The report as the documents print it, and how much was changed.
    ///
    /// - Parameter punctuation: make half-width marks full-width (`--keep-punctuation`
    ///   turns it off). Typed numbering is taken off either way: a doubled ordinal is never
    ///   what the user meant.
    public static func corrected(_ report: Report, punctuation: Bool = true) -> (report: Report, count: Count) {
        var count = Count()
        var report = report
        func text(_ text: inout Text) {
            // Only a text with an ASCII mark can need a turn: its UTF-8 bytes tell, with no decoding.
            guard punctuation, text.value.utf8.contains(where: isMarkByte) else { return }
            let scalars = ScalarText.scalars(text.value)
            let corrections = PunctuationRules.corrections(in: scalars)
            guard !corrections.isEmpty else { return }
            count.punctuation += corrections.count
            text = changed(text, to: applying(corrections, to: scalars))
        }
        func text(_ optional: inout Text?) {
            guard var value = optional else { return }
            text(&value)
            optional = value
        }
        func points(_ list: inout [Item]) {
            for index in list.indices {
                if let stripped = withoutNumbering(list[index].point) {
                    list[index].point = stripped
                    count.numbering += 1
                }
                text(&list[index].point)
                for detail in list[index].details.indices { text(&list[index].details[detail]) }
                points(&list[index].subpoints)
            }
        }
        text(&report.title)
        text(&report.organization)
        text(&report.speaker)
        text(&report.occasion)
        text(&report.audience)
        for index in report.opening.indices { text(&report.opening[index]) }
        for index in report.closing.indices { text(&report.closing[index]) }
        for genre in Genre.allCases {
            for index in report.voicedOpening[genre]?.indices ?? 0..<0 { text(&report.voicedOpening[genre]![index]) }
            for index in report.voicedClosing[genre]?.indices ?? 0..<0 { text(&report.voicedClosing[genre]![index]) }
        }
        for part in [\Report.achievements, \.problems, \.nextSteps] {
            text(&report[keyPath: part].heading)
            text(&report[keyPath: part].lead)
            for genre in Genre.allCases { text(&report[keyPath: part].voicedLead[genre]) }
            points(&report[keyPath: part].items)
        }
        return (report, count)
    }

    /// `, ; : ? ! ( ) " .` as a UTF-8 byte. (A switch: a set's first use costs a runtime
    /// conformance lookup.)
    private static func isMarkByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x28, 0x29, 0x22, 0x2E: true
        default: false
        }
    }

    /// The scalars with each correction made, and the spaces typed beside a corrected
    /// mark dropped: a full-width mark carries its own space (“会议, 是” → “会议，是”).
    static func applying(_ corrections: [PunctuationRules.Correction], to scalars: [Unicode.Scalar]) -> String {
        var result = scalars
        for correction in corrections { result[correction.index] = correction.replacement }
        let dropped = spacesBeside(corrections, in: scalars)
        return ScalarText.string(result.indices.lazy.filter { !dropped.contains($0) }.map { result[$0] })
    }

    /// The indices of the spaces on either side of each corrected mark.
    static func spacesBeside(_ corrections: [PunctuationRules.Correction], in scalars: [Unicode.Scalar]) -> Set<Int> {
        var dropped: Set<Int> = []
        for correction in corrections {
            var before = correction.index - 1
            while before >= 0, scalars[before] == " " { dropped.insert(before); before -= 1 }
            var after = correction.index + 1
            while after < scalars.count, scalars[after] == " " { dropped.insert(after); after += 1 }
        }
        return dropped
    }

    /// How many scalars of a point are typed numbering and the spaces after it; nil when it
    /// has none, or when the numbering is all there is.
    static func numberingPrefix(_ scalars: [Unicode.Scalar]) -> Int? {
        guard var end = NumberingRule.numberingLength(scalars) else { return nil }
        while end < scalars.count, scalars[end] == " " || scalars[end] == "\u{3000}" { end += 1 }
        return end < scalars.count ? end : nil
    }

    /// The point without the numbering typed at its start (and the spaces after it); nil
    /// when it has none, or when the numbering is all there is.
    static func withoutNumbering(_ point: Text) -> Text? {
        let scalars = ScalarText.scalars(point.value)
        guard let end = numberingPrefix(scalars) else { return nil }
        return changed(point, to: ScalarText.string(scalars[end...]))
    }

    /// A changed text keeps where it came from, but not its character positions, which
    /// belonged to the text as typed.
    private static func changed(_ text: Text, to value: String) -> Text {
        Text(value, at: text.location)
    }
}

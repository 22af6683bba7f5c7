/// A day in the Gregorian calendar, as documents print it: no time, no time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Makes a date, or nothing when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads an ISO 8601 calendar date, `2026-07-10`; also accepts `2026年7月10日`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace
        var fields: [Int] = []
        var digits = ""
        for character in trimmed {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(String(digit))
            } else if "-年月日/.".contains(character) {
                guard !digits.isEmpty, let value = Int(digits) else { return nil }
                fields.append(value)
                digits = ""
            } else {
                return nil
            }
        }
        if !digits.isEmpty, let value = Int(digits) { fields.append(value) }
        guard fields.count == 3 else { return nil }
        self.init(year: fields[0], month: fields[1], day: fields[2])
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2026-07-10`, the form metadata and `SOURCE_DATE_EPOCH`-free timestamps use.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The 成文日期 as GB/T 9704-2012 §7.3.5.3 writes it: Arabic numerals, no leading zeros.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// Seconds from 1970-01-01 to noon UTC of this day, for zip timestamps.
    ///
    /// Noon keeps the day the same in every time zone a reader's unzip tool might show.
    public var secondsSince1970AtNoon: Int {
        // Days from civil, after Howard Hinnant's well-known algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 86_400 + 12 * 3_600
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space, full-width space included.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        // Sliced by index, so the bytes are copied at once rather than scalar by scalar.
        return String(self[first..<scalars.index(after: last)])
    }
}

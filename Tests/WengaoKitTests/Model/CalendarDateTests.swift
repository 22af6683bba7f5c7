import Testing
@testable import WengaoKit

@Suite struct CalendarDateTests {
    @Test func readsISODatesAndChineseDates() throws {
        let iso = try #require(CalendarDate(parsing: "2026-07-10"))
        #expect(iso.year == 2026 && iso.month == 7 && iso.day == 10)
        #expect(CalendarDate(parsing: "2026年7月10日") == iso)
        #expect(CalendarDate(parsing: " 2026-7-10 ") == iso)
    }

    @Test func chineseDateHasNoLeadingZeros() throws {
        #expect(try #require(CalendarDate(parsing: "2026-07-01")).chinese == "2026年7月1日")
        #expect(try #require(CalendarDate(parsing: "2026-12-31")).chinese == "2026年12月31日")
        #expect(try #require(CalendarDate(parsing: "2026-01-09")).iso == "2026-01-09")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-07", "七月十日", "2026-07-10x", ""])
    func refusesDaysThatDoNotExist(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func leapYears() {
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        #expect(CalendarDate(parsing: "2000-02-29") != nil)
        #expect(CalendarDate(parsing: "1900-02-29") == nil)
    }

    @Test func noonTimestampMatchesTheCalendar() throws {
        // 2026-07-10 is day 20,644 after 1970-01-01.
        let date = try #require(CalendarDate(year: 2026, month: 7, day: 10))
        #expect(date.secondsSince1970AtNoon == 20_644 * 86_400 + 43_200)
        #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).secondsSince1970AtNoon == 43_200)
    }
}

import Foundation
import LegalCalendar
import XCTest

/// Validation, ISO parsing and printing, weekdays and leap years of `CivilDate`.
final class CivilDateTests: XCTestCase {
    func testInitRejectsDatesThatDoNotExist() {
        XCTAssertNil(CivilDate(year: 2026, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 2026, month: 4, day: 31))
        XCTAssertNil(CivilDate(year: 2026, month: 0, day: 1))
        XCTAssertNil(CivilDate(year: 2026, month: 13, day: 1))
        XCTAssertNil(CivilDate(year: 2026, month: 1, day: 0))
        XCTAssertNil(CivilDate(year: Int.max, month: 1, day: 1))
        XCTAssertNotNil(CivilDate(year: 2028, month: 2, day: 29))
    }

    func testIsoParsingIsStrict() {
        for text in ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-01", "2026-01-1", "", "2026-01-01T00:00",
                     " 2026-01-01", "2026-01-01 ", "2026/01/01", "2026-00-10", "+026-01-01", "２０２６-01-01",
                     "2026-01-0a", "20260101"] {
            XCTAssertNil(CivilDate(iso: text), "accepted \(text.debugDescription)")
        }
        XCTAssertEqual(CivilDate(iso: "2026-02-28"), CivilDate(year: 2026, month: 2, day: 28))
        XCTAssertEqual(CivilDate(iso: "0000-01-01")?.year, 0)
    }

    func testIsoRoundTripsAndDescriptionMatches() {
        let date = day("2026-03-15")
        XCTAssertEqual(date.iso, "2026-03-15")
        XCTAssertEqual(date.description, "2026-03-15")
        XCTAssertEqual("\(date)", "2026-03-15")
        XCTAssertEqual(day("0987-06-05").iso, "0987-06-05")
    }

    func testIsoUsesExpandedFormOutsideFourDigitYears() {
        XCTAssertEqual(CivilDate(year: 10_000, month: 1, day: 1)?.iso, "+10000-01-01")
        XCTAssertEqual(CivilDate(year: -1, month: 12, day: 31)?.iso, "-0001-12-31")
    }

    func testOrderingIsChronological() {
        XCTAssertLessThan(day("2025-12-31"), day("2026-01-01"))
        XCTAssertLessThan(day("2026-01-31"), day("2026-02-01"))
        XCTAssertEqual([day("2026-03-01"), day("2025-03-02"), day("2026-02-28")].sorted().map(\.iso),
                       ["2025-03-02", "2026-02-28", "2026-03-01"])
    }

    func testWeekdays() {
        XCTAssertEqual(day("1970-01-01").weekday, .thursday)
        XCTAssertEqual(day("2026-01-15").weekday, .thursday)
        XCTAssertEqual(day("2026-01-31").weekday, .saturday)
        XCTAssertEqual(day("2026-04-05").weekday, .sunday)
        XCTAssertEqual(day("1969-12-29").weekday, .monday)
        XCTAssertEqual(Weekday.allCases.map(\.rawValue), Array(1...7))
        XCTAssertEqual(Weekday.allCases.map(\.englishAbbreviation), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }

    func testLeapYears() {
        XCTAssertTrue(CivilDate.isLeapYear(2000))
        XCTAssertFalse(CivilDate.isLeapYear(2100))
        XCTAssertTrue(CivilDate.isLeapYear(2028))
        XCTAssertFalse(CivilDate.isLeapYear(2027))
        XCTAssertEqual(CivilDate.daysInMonth(year: 2000, month: 2), 29)
        XCTAssertEqual(CivilDate.daysInMonth(year: 2100, month: 2), 28)
        XCTAssertNil(CivilDate(year: 2100, month: 2, day: 29))
        XCTAssertNotNil(CivilDate(iso: "2000-02-29"))
        XCTAssertEqual((1...12).map { CivilDate.daysInMonth(year: 2026, month: $0) },
                       [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        XCTAssertEqual(CivilDate.daysInMonth(year: 2026, month: 13), 0)
    }

    /// Cross-checks the integer algorithms against Foundation's Gregorian calendar in UTC, 1900–2100.
    func testAgreesWithFoundationCalendarInUTC() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        for date in everyDay(from: "1900-01-01", through: "2100-12-31")
            where date.day == 1 || date.day == 28 || date.month == 2 {
            let instant = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: instant)
            XCTAssertEqual([parts.year, parts.month, parts.day], [date.year, date.month, date.day], date.iso)
            // Foundation numbers Sunday as 1.
            XCTAssertEqual(parts.weekday.map { ($0 + 5) % 7 + 1 }, date.weekday.rawValue, date.iso)
        }
    }
}

import LegalCalendar
import XCTest

/// Dutch public holidays (Algemene termijnenwet art. 3), Easter, and royal-decree days.
final class DutchHolidayCalendarTests: XCTestCase {
    let calendar = DutchHolidayCalendar.standard

    func testEasterSunday2024To2030() {
        let expected = ["2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
                        "2030-04-21"]
        XCTAssertEqual((2024...2030).map { DutchHolidayCalendar.easterSunday(year: $0).iso }, expected)
    }

    func testEasterSundayInFarYears() {
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: 2038), day("2038-04-25"))
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: 2285), day("2285-03-22"))
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: 1818), day("1818-03-22"))
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: 1943), day("1943-04-25"))
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: 2000), day("2000-04-23"))
    }

    func testEasterIsAlwaysASundayBetween22MarchAnd25April() {
        for year in 1583...4100 {
            let easter = DutchHolidayCalendar.easterSunday(year: year)
            XCTAssertEqual(easter.weekday, .sunday, easter.iso)
            XCTAssertTrue((3, 22) <= (easter.month, easter.day) && (easter.month, easter.day) <= (4, 25), easter.iso)
        }
        // Years before 1 use the 5 700 000-year cycle and still give a Sunday.
        XCTAssertEqual(DutchHolidayCalendar.easterSunday(year: -100).weekday, .sunday)
    }

    func testAllHolidaysOf2026() {
        let found = everyDay(from: "2026-01-01", through: "2026-12-31").compactMap { date in
            calendar.holiday(on: date).map { "\(date.iso) \($0.englishName)" }
        }
        XCTAssertEqual(found, [
            "2026-01-01 New Year's Day",
            "2026-01-02 day equated to a public holiday by royal decree",
            "2026-04-03 Good Friday",
            "2026-04-06 Easter Monday",
            "2026-04-27 King's Day",
            "2026-05-05 Liberation Day",
            "2026-05-14 Ascension Day",
            "2026-05-15 day equated to a public holiday by royal decree",
            "2026-05-25 Whit Monday",
            "2026-12-25 Christmas Day",
            "2026-12-26 Second Christmas Day",
        ])
    }

    func testKingsDayMovesToThe26thWhenThe27thIsASunday() {
        XCTAssertEqual(day("2025-04-27").weekday, .sunday)
        XCTAssertEqual(calendar.holiday(on: day("2025-04-26")), .kingsDay)
        XCTAssertNil(calendar.holiday(on: day("2025-04-27")))
        XCTAssertEqual(calendar.nonWorkingReason(day("2025-04-26")), .saturday)  // weekend first
        XCTAssertEqual(calendar.holiday(on: day("2026-04-27")), .kingsDay)
        XCTAssertEqual(calendar.nonWorkingReason(day("2026-04-27")), .holiday(.kingsDay))
        XCTAssertNil(calendar.holiday(on: day("2026-04-26")))
    }

    func testLiberationDayIsAHolidayEveryYear() {
        for year in 2024...2030 {
            XCTAssertEqual(calendar.holiday(on: CivilDate(year: year, month: 5, day: 5)!), .liberationDay)
        }
    }

    func testGoodFridayIsIncluded() {
        XCTAssertEqual(calendar.holiday(on: day("2026-04-03")), .goodFriday)
        XCTAssertFalse(calendar.isWorkingDay(day("2026-04-03")))
        XCTAssertEqual(calendar.holiday(on: day("2027-03-26")), .goodFriday)
    }

    func testMovableFeastsFollowEaster() {
        XCTAssertEqual(calendar.holiday(on: day("2026-05-14")), .ascensionDay)   // Easter + 39
        XCTAssertEqual(calendar.holiday(on: day("2026-05-25")), .whitMonday)     // Easter + 50
        XCTAssertEqual(calendar.holiday(on: day("2038-06-03")), .ascensionDay)
        XCTAssertEqual(calendar.holiday(on: day("2038-06-14")), .whitMonday)     // latest possible
        XCTAssertEqual(calendar.holiday(on: day("2285-03-20")), .goodFriday)     // earliest possible
    }

    func testDecreeDaysAreFridaysAndComeFromTheData() {
        let decreeDays = ["2024-05-10", "2024-12-27", "2025-05-30", "2026-01-02", "2026-05-15", "2027-05-07",
                          "2028-04-28", "2028-05-26"].map(day)
        XCTAssertEqual(calendar.decreeDays, Set(decreeDays))
        for date in decreeDays {
            XCTAssertEqual(date.weekday, .friday, date.iso)
            XCTAssertEqual(calendar.holiday(on: date), .royalDecree, date.iso)
            XCTAssertNil(DutchHolidayCalendar(decreeDays: []).holiday(on: date), date.iso)
        }
        let custom = DutchHolidayCalendar(decreeDays: [day("2031-05-23")])
        XCTAssertEqual(custom.holiday(on: day("2031-05-23")), .royalDecree)
        XCTAssertNil(calendar.holiday(on: day("2031-05-23")))
    }

    func testWorkingDaysAndReasons() {
        XCTAssertTrue(calendar.isWorkingDay(day("2026-01-05")))
        XCTAssertEqual(calendar.nonWorkingReason(day("2026-01-03")), .saturday)
        XCTAssertEqual(calendar.nonWorkingReason(day("2026-01-04")), .sunday)
        XCTAssertEqual(calendar.nonWorkingReason(day("2026-01-01")), .holiday(.newYearsDay))
        XCTAssertEqual(calendar.nonWorkingReason(day("2026-12-26")), .saturday)
        XCTAssertNil(calendar.nonWorkingReason(day("2026-01-05")))
    }

    func testEnglishDescriptions() {
        XCTAssertEqual(NonWorkingReason.saturday.englishDescription, "weekend")
        XCTAssertEqual(NonWorkingReason.sunday.englishDescription, "weekend")
        XCTAssertTrue(NonWorkingReason.sunday.isWeekend)
        XCTAssertFalse(NonWorkingReason.holiday(.kingsDay).isWeekend)
        XCTAssertEqual(NonWorkingReason.holiday(.ascensionDay).englishDescription, "Ascension Day (public holiday)")
        XCTAssertEqual(NonWorkingReason.holiday(.royalDecree).englishDescription,
                       "day equated to a public holiday by royal decree")
        XCTAssertEqual(SkippedDay(date: day("2026-02-14"), reason: .saturday).englishDescription,
                       "Sat 2026-02-14 — weekend")
        XCTAssertEqual(SkippedDay(date: day("2026-05-14"), reason: .holiday(.ascensionDay)).englishDescription,
                       "Thu 2026-05-14 — Ascension Day (public holiday)")
    }
}

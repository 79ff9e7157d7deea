import LegalCalendar
import XCTest

/// Day and month arithmetic of `CivilDate` (Regulation (EEC, Euratom) 1182/71 art. 3(2)(c)).
final class CivilDateArithmeticTests: XCTestCase {
    func testEpoch() {
        XCTAssertEqual(day("1970-01-01").daysSinceEpoch, 0)
        XCTAssertEqual(day("1970-01-02").daysSinceEpoch, 1)
        XCTAssertEqual(day("1969-12-31").daysSinceEpoch, -1)
        XCTAssertEqual(day("2000-03-01").daysSinceEpoch, 11_017)
        XCTAssertEqual(day("0000-03-01").daysSinceEpoch, -719_468)
    }

    func testDaysRoundTripAcrossCenturiesAndNegativeYears() {
        let start = CivilDate(year: -401, month: 1, day: 1)!
        var previous = start
        var failures: [String] = []
        // Every day for about 2 800 years, including year 0 and the non-leap centuries; one assertion
        // at the end keeps a million iterations fast.
        let count = day("2400-01-01").daysSinceEpoch - start.daysSinceEpoch
        for offset in 1...count where failures.count < 5 {
            let next = start.adding(days: offset)
            let continues = next.day == 1
                ? previous.day == CivilDate.daysInMonth(year: previous.year, month: previous.month)
                : next.day == previous.day + 1 && next.month == previous.month
            if next.daysSinceEpoch != start.daysSinceEpoch + offset || !(previous < next) || !continues
                || CivilDate(year: next.year, month: next.month, day: next.day) != next {
                failures.append("\(previous.iso) -> \(next.iso)")
            }
            previous = next
        }
        XCTAssertEqual(failures, [])
        XCTAssertEqual(previous.iso, "2400-01-01")
    }

    func testAddingDays() {
        XCTAssertEqual(day("2026-12-31").adding(days: 1), day("2027-01-01"))
        XCTAssertEqual(day("2028-02-28").adding(days: 1), day("2028-02-29"))
        XCTAssertEqual(day("2027-02-28").adding(days: 1), day("2027-03-01"))
        XCTAssertEqual(day("2026-03-01").adding(days: -1), day("2026-02-28"))
        XCTAssertEqual(day("2026-11-13").adding(days: 42), day("2026-12-25"))
        XCTAssertEqual(day("2026-01-15").adding(days: 0), day("2026-01-15"))
    }

    func testAddingMonthsKeepsTheDayOfMonth() {
        XCTAssertEqual(day("2027-03-15").adding(months: 1), day("2027-04-15"))  // CJEU C-171/03
        XCTAssertEqual(day("2026-01-15").adding(months: 3), day("2026-04-15"))
        XCTAssertEqual(day("2026-11-30").adding(months: 2), day("2027-01-30"))
        XCTAssertEqual(day("2026-05-14").adding(months: 12), day("2027-05-14"))
    }

    func testAddingMonthsClampsToTheLastDay() {
        XCTAssertEqual(day("2028-01-31").adding(months: 1), day("2028-02-29"))
        XCTAssertEqual(day("2027-01-31").adding(months: 1), day("2027-02-28"))
        XCTAssertEqual(day("2026-03-31").adding(months: 1), day("2026-04-30"))
        XCTAssertEqual(day("2100-01-29").adding(months: 1), day("2100-02-28"))
        XCTAssertEqual(day("2000-01-30").adding(months: 1), day("2000-02-29"))
        XCTAssertEqual(day("2028-02-29").adding(months: 12), day("2029-02-28"))
    }

    func testAddingNegativeMonths() {
        XCTAssertEqual(day("2026-03-31").adding(months: -1), day("2026-02-28"))
        XCTAssertEqual(day("2026-01-15").adding(months: -1), day("2025-12-15"))
        XCTAssertEqual(day("2026-01-15").adding(months: -13), day("2024-12-15"))
        XCTAssertEqual(day("0000-01-15").adding(months: -1), CivilDate(year: -1, month: 12, day: 15))
    }

    func testClampedMonthsAreNotAssociative() {
        // Why the extension policy matters: (31 Jan + 1) + 2 is 28 April, 31 Jan + 3 is 30 April.
        XCTAssertEqual(day("2026-01-31").adding(months: 1).adding(months: 2), day("2026-04-28"))
        XCTAssertEqual(day("2026-01-31").adding(months: 3), day("2026-04-30"))
    }
}

import LegalCalendar
import XCTest

/// Rolling past non-working days (Algemene termijnenwet art. 1) and the Awb objection term.
final class LegalCalendarTests: XCTestCase {
    let calendar = LegalCalendar()

    func testRollKeepsAWorkingDay() {
        let rolled = calendar.roll(day("2026-04-30"))
        XCTAssertEqual(rolled.unrolled, day("2026-04-30"))
        XCTAssertEqual(rolled.date, day("2026-04-30"))
        XCTAssertEqual(rolled.skipped, [])
        XCTAssertFalse(rolled.wasRolled)
    }

    func testRollPastAWeekend() {
        let rolled = calendar.roll(day("2026-02-14"))
        XCTAssertEqual(rolled.date, day("2026-02-16"))
        XCTAssertEqual(rolled.skipped, [SkippedDay(date: day("2026-02-14"), reason: .saturday),
                                        SkippedDay(date: day("2026-02-15"), reason: .sunday)])
    }

    func testRollPastHolidaysDecreeDayAndWeekend() {
        let rolled = calendar.roll(day("2026-05-14"))
        XCTAssertEqual(rolled.date, day("2026-05-18"))
        XCTAssertEqual(rolled.skipped.map(\.reason), [.holiday(.ascensionDay), .holiday(.royalDecree), .saturday, .sunday])
    }

    func testRollUsesTheGivenHolidayCalendar() {
        let withoutDecrees = LegalCalendar(holidays: DutchHolidayCalendar(decreeDays: []))
        XCTAssertEqual(withoutDecrees.roll(day("2026-05-14")).date, day("2026-05-15"))
        XCTAssertEqual(withoutDecrees.holidays.decreeDays, [])
    }

    func testObjectionTermRolledPastChristmasAndSunday() {
        let term = calendar.objectionTerm(decisionSent: day("2026-11-13"))
        XCTAssertEqual(day("2026-11-13").weekday, .friday)
        XCTAssertEqual(term.unrolled, day("2026-12-25"))
        XCTAssertEqual(term.date, day("2026-12-28"))
        XCTAssertEqual(term.date.weekday, .monday)
        // 26 December 2026 is a Saturday: the weekend is reported first.
        XCTAssertEqual(term.skipped, [SkippedDay(date: day("2026-12-25"), reason: .holiday(.christmasDay)),
                                      SkippedDay(date: day("2026-12-26"), reason: .saturday),
                                      SkippedDay(date: day("2026-12-27"), reason: .sunday)])
    }

    func testObjectionTermOrdinaryCase() {
        let term = calendar.objectionTerm(decisionSent: day("2026-03-02"))
        XCTAssertEqual(term.unrolled, day("2026-04-13"))
        XCTAssertEqual(term.date, day("2026-04-13"))
        XCTAssertEqual(term.date.weekday, .monday)
        XCTAssertEqual(term.skipped, [])
    }

    func testObjectionTermRolledPastEaster() {
        // Six weeks after Fri 20 Feb 2026 is Good Friday; then the weekend and Easter Monday.
        let term = calendar.objectionTerm(decisionSent: day("2026-02-20"))
        XCTAssertEqual(term.unrolled, day("2026-04-03"))
        XCTAssertEqual(term.date, day("2026-04-07"))
        XCTAssertEqual(term.skipped.map(\.reason), [.holiday(.goodFriday), .saturday, .sunday, .holiday(.easterMonday)])
    }

    func testObjectionTermEndsOnTheSameWeekdayUnlessRolled() {
        for sent in everyDay(from: "2026-01-01", through: "2026-12-31") {
            let term = calendar.objectionTerm(decisionSent: sent)
            XCTAssertEqual(term.unrolled.weekday, sent.weekday, sent.iso)
            XCTAssertEqual(term.unrolled.daysSinceEpoch - sent.daysSinceEpoch, 42, sent.iso)
            XCTAssertTrue(calendar.holidays.isWorkingDay(term.date), sent.iso)
        }
    }
}

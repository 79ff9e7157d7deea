import LegalCalendar
import XCTest

/// The GDPR art. 12(3) deadlines: domain.md §3 worked examples and properties over 2024–2030.
final class RequestDeadlinesTests: XCTestCase {
    let calendar = LegalCalendar()

    func testWorkedExamples() {
        for example in workedExamples {
            let received = day(example.received)
            let deadlines = calendar.requestDeadlines(received: received)
            let context = "\(example.received) (\(example.note))"
            XCTAssertEqual(received.weekday, example.receivedWeekday, context)
            XCTAssertEqual(deadlines.received, received, context)
            XCTAssertEqual(deadlines.due.unrolled.iso, example.unrolled, context)
            XCTAssertEqual(deadlines.due.date.iso, example.due, context)
            XCTAssertEqual(deadlines.due.date.weekday, example.dueWeekday, context)
        }
    }

    /// The cases that separate the two readings (domain.md §3): Good Friday and decree days move the Awb
    /// objection term but not a GDPR period.
    func testGoodFridayAndDecreeDaysSeparateTheTwoReadings() {
        let goodFriday = calendar.requestDeadlines(received: day("2026-03-03"))    // one month: Fri 3 Apr 2026
        XCTAssertEqual(goodFriday.due.date, day("2026-04-03"))
        XCTAssertEqual(goodFriday.laterDue.date, day("2026-04-07"))               // Good Friday, weekend, Easter Monday
        let decree = calendar.requestDeadlines(received: day("2026-04-14"))       // Thu 14 May Ascension, Fri 15 May decree
        XCTAssertEqual(decree.due.date, day("2026-05-15"))
        XCTAssertEqual(decree.laterDue.date, day("2026-05-18"))
        // The objection term keeps the full Algemene termijnenwet: six weeks after 20 Feb 2026 is Good Friday 3 April.
        XCTAssertEqual(calendar.objectionTerm(decisionSent: day("2026-02-20")).date, day("2026-04-07"))
        // Six weeks after Fri 3 April 2026 is Fri 15 May, a decree day: the term runs to Monday.
        XCTAssertEqual(calendar.objectionTerm(decisionSent: day("2026-04-03")).date, day("2026-05-18"))
        XCTAssertFalse(calendar.isPastKnownDecreeDays(day("2028-12-31")))
        XCTAssertTrue(calendar.isPastKnownDecreeDays(day("2029-01-01")))
    }

    func testCJEUCase171Of03() {
        // Received 15 March → due 15 April (a Thursday in 2027, nothing to roll).
        let deadlines = calendar.requestDeadlines(received: day("2027-03-15"))
        XCTAssertEqual(deadlines.due.date, day("2027-04-15"))
        XCTAssertEqual(deadlines.due.date.weekday, .thursday)
        XCTAssertFalse(deadlines.due.wasRolled)
    }

    func testLeapYearClamping() {
        XCTAssertEqual(calendar.requestDeadlines(received: day("2028-01-31")).due.date, day("2028-02-29"))
        let nonLeap = calendar.requestDeadlines(received: day("2027-01-31"))
        XCTAssertEqual(nonLeap.due.unrolled, day("2027-02-28"))
        XCTAssertEqual(nonLeap.due.date, day("2027-03-01"))  // 28 Feb 2027 is a Sunday
    }

    func testConservativeExtensionAddsTwoMonthsToTheUnrolledFirstDeadline() {
        // 31 Jan 2026: the first deadline clamps to Sat 28 Feb (rolled to Mon 2 Mar); the policy adds two
        // months to 28 Feb, not to 2 Mar, giving Tue 28 Apr; the other reading gives Thu 30 Apr.
        let deadlines = calendar.requestDeadlines(received: day("2026-01-31"))
        XCTAssertEqual(deadlines.extendedDue.unrolled, day("2026-04-28"))
        XCTAssertEqual(deadlines.extendedDue.date, day("2026-04-28"))
        XCTAssertEqual(deadlines.alternativeExtendedDue.unrolled, day("2026-04-30"))
        XCTAssertEqual(deadlines.alternativeExtendedDue.date, day("2026-04-30"))
    }

    func testPropertiesForEveryDayOf2024To2030() {
        let holidays = calendar.holidays
        // A GDPR period may end on Good Friday or a decree day (policy, domain.md §3).
        func isGDPRWorkingDay(_ date: CivilDate) -> Bool {
            switch holidays.nonWorkingReason(date) {
            case nil, .holiday(.goodFriday)?, .holiday(.royalDecree)?: return true
            default: return false
            }
        }
        var failures: [String] = []
        func check(_ condition: Bool, _ what: String, _ received: CivilDate) {
            if !condition && failures.count < 20 { failures.append("\(received.iso): \(what)") }
        }
        for received in everyDay(from: "2024-01-01", through: "2030-12-31") {
            let d = calendar.requestDeadlines(received: received)
            check(d.due.unrolled == received.adding(months: 1), "due.unrolled", received)
            check(isGDPRWorkingDay(d.due.date), "due is a working day", received)
            check(d.due.date >= d.due.unrolled, "due >= unrolled", received)
            let between = (0..<(d.due.date.daysSinceEpoch - d.due.unrolled.daysSinceEpoch))
                .map { d.due.unrolled.adding(days: $0) }
            let expectedSkipped = between.compactMap { date in
                holidays.nonWorkingReason(date).map { SkippedDay(date: date, reason: $0) }
            }
            check(d.due.skipped == expectedSkipped && expectedSkipped.count == between.count
                  && !expectedSkipped.contains { $0.reason == .holiday(.goodFriday) || $0.reason == .holiday(.royalDecree) },
                  "skipped days are exactly the non-working days between unrolled and due", received)
            check(d.extendedDue.unrolled == d.due.unrolled.adding(months: 2), "policy reading", received)
            check(d.alternativeExtendedDue.unrolled == received.adding(months: 3), "alternative reading", received)
            check(isGDPRWorkingDay(d.extendedDue.date), "extendedDue is a working day", received)
            check(holidays.isWorkingDay(d.laterDue.date) && d.laterDue.date >= d.due.date, "later reading: a working day, never earlier", received)
            check(d.extendedDue.date <= d.alternativeExtendedDue.date, "extendedDue <= alternative", received)
            check(d.extendedDue.date > d.due.date, "extendedDue > due", received)
        }
        XCTAssertEqual(failures, [])
    }
}

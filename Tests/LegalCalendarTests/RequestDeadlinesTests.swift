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
        var failures: [String] = []
        func check(_ condition: Bool, _ what: String, _ received: CivilDate) {
            if !condition && failures.count < 20 { failures.append("\(received.iso): \(what)") }
        }
        for received in everyDay(from: "2024-01-01", through: "2030-12-31") {
            let d = calendar.requestDeadlines(received: received)
            check(d.due.unrolled == received.adding(months: 1), "due.unrolled", received)
            check(holidays.isWorkingDay(d.due.date), "due is a working day", received)
            check(d.due.date >= d.due.unrolled, "due >= unrolled", received)
            let between = (0..<(d.due.date.daysSinceEpoch - d.due.unrolled.daysSinceEpoch))
                .map { d.due.unrolled.adding(days: $0) }
            let expectedSkipped = between.compactMap { date in
                holidays.nonWorkingReason(date).map { SkippedDay(date: date, reason: $0) }
            }
            check(d.due.skipped == expectedSkipped && expectedSkipped.count == between.count,
                  "skipped days are exactly the non-working days between unrolled and due", received)
            check(d.extendedDue.unrolled == d.due.unrolled.adding(months: 2), "policy reading", received)
            check(d.alternativeExtendedDue.unrolled == received.adding(months: 3), "alternative reading", received)
            check(holidays.isWorkingDay(d.extendedDue.date), "extendedDue is a working day", received)
            check(d.extendedDue.date <= d.alternativeExtendedDue.date, "extendedDue <= alternative", received)
            check(d.extendedDue.date > d.due.date, "extendedDue > due", received)
        }
        XCTAssertEqual(failures, [])
    }
}

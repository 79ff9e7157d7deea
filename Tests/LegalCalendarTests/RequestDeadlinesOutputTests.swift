import LegalCalendar
import XCTest

/// The JSON and plain-English renderings of `RequestDeadlines`.
final class RequestDeadlinesOutputTests: XCTestCase {
    let calendar = LegalCalendar()

    func testJSONIsExactAndSingleLine() {
        let json = calendar.requestDeadlines(received: day("2026-01-15")).json()
        XCTAssertEqual(json, #"{"received":"2026-01-15","due":"2026-02-16","dueUnrolled":"2026-02-15","#
            + #""extendedDue":"2026-04-15","extendedDueUnrolled":"2026-04-15","#
            + #""alternativeExtendedDue":"2026-04-15","dueLaterReading":"2026-02-16","extendedDueLaterReading":"2026-04-15","#
            + #""policy":"conservative","holidays":"generally-recognised"}"#)
        XCTAssertFalse(json.contains("\n"))
    }

    func testJSONShowsTheTwoReadingsApart() {
        let json = calendar.requestDeadlines(received: day("2026-01-31")).json()
        XCTAssertEqual(json, #"{"received":"2026-01-31","due":"2026-03-02","dueUnrolled":"2026-02-28","#
            + #""extendedDue":"2026-04-28","extendedDueUnrolled":"2026-04-28","#
            + #""alternativeExtendedDue":"2026-04-30","dueLaterReading":"2026-03-02","extendedDueLaterReading":"2026-04-28","#
            + #""policy":"conservative","holidays":"generally-recognised"}"#)
    }

    func testExplanationGoldenText() {
        let expected = """
        Request received: Tue 2026-04-14.
        The day of receipt is not counted: the period runs from the next day (Regulation (EEC, Euratom) 1182/71 art. 3(1)).
        One month after receipt (GDPR art. 12(3)): Thu 2026-05-14.
          A period cannot end on a Saturday, Sunday or public holiday (Regulation 1182/71 art. 3(4)); skipped:
            Thu 2026-05-14 — Ascension Day (public holiday)
        Due: Fri 2026-05-15. By this day send the answer, or a notice of extension with its reasons.

        Extension by two further months (GDPR art. 12(3)), if notified by Fri 2026-05-15:
        Policy reading: two months added to the unrolled one-month date (Thu 2026-05-14): Tue 2026-07-14.
          The period can end on that day (not a Saturday, Sunday or public holiday).
          Result: Tue 2026-07-14.
        Alternative reading: three months added to the day of receipt (Tue 2026-04-14): Tue 2026-07-14.
          The period can end on that day (not a Saturday, Sunday or public holiday).
          Result: Tue 2026-07-14.
        privdoc uses the policy reading: extended due Tue 2026-07-14.
        Why: the policy reading is never later than the alternative reading, so an answer by this date is in time under either reading (here both readings give the same date).

        Which days move a GDPR deadline (policy, earliest defensible date): Saturdays, Sundays and the generally recognised public holidays (New Year's Day, Easter Monday, King's Day, Liberation Day, Ascension Day, Whit Monday, Christmas). Good Friday and days equated to a holiday by royal decree do not.
        Later reading, counting Good Friday and decree days too: due Mon 2026-05-18, extended due Tue 2026-07-14.
        An answer by the policy dates is in time under either reading.
        """
        XCTAssertEqual(calendar.requestDeadlines(received: day("2026-04-14")).explanation(), expected)
    }

    func testExplanationWhenTheReadingsDiffer() {
        let lines = calendar.requestDeadlines(received: day("2026-01-31")).explanation()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Request received: Sat 2026-01-31.")
        XCTAssertTrue(lines.contains("    Sat 2026-02-28 — weekend"))
        XCTAssertTrue(lines.contains("Due: Mon 2026-03-02. By this day send the answer, "
            + "or a notice of extension with its reasons."))
        XCTAssertTrue(lines.contains("Policy reading: two months added to the unrolled one-month date "
            + "(Sat 2026-02-28): Tue 2026-04-28."))
        XCTAssertTrue(lines.contains("Alternative reading: three months added to the day of receipt "
            + "(Sat 2026-01-31): Thu 2026-04-30."))
        XCTAssertEqual(lines.last, "An answer by the policy dates is in time under either reading.")
        XCTAssertTrue(lines.contains("Why: the policy reading is never later than the alternative reading, "
            + "so an answer by this date is in time under either reading (here it is 2 days earlier)."))
    }

    func testOutputIsDeterministic() {
        let deadlines = calendar.requestDeadlines(received: day("2026-11-25"))
        XCTAssertEqual(deadlines.json(), calendar.requestDeadlines(received: day("2026-11-25")).json())
        XCTAssertEqual(deadlines.explanation(), calendar.requestDeadlines(received: day("2026-11-25")).explanation())
    }
}

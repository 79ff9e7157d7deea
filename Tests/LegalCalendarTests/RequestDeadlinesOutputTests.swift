import LegalCalendar
import XCTest

/// The JSON and plain-English renderings of `RequestDeadlines`.
final class RequestDeadlinesOutputTests: XCTestCase {
    let calendar = LegalCalendar()

    func testJSONIsExactAndSingleLine() {
        let json = calendar.requestDeadlines(received: day("2026-01-15")).json()
        XCTAssertEqual(json, #"{"received":"2026-01-15","due":"2026-02-16","dueUnrolled":"2026-02-15","#
            + #""extendedDue":"2026-04-15","extendedDueUnrolled":"2026-04-15","#
            + #""alternativeExtendedDue":"2026-04-15","policy":"conservative"}"#)
        XCTAssertFalse(json.contains("\n"))
    }

    func testJSONShowsTheTwoReadingsApart() {
        let json = calendar.requestDeadlines(received: day("2026-01-31")).json()
        XCTAssertEqual(json, #"{"received":"2026-01-31","due":"2026-03-02","dueUnrolled":"2026-02-28","#
            + #""extendedDue":"2026-04-28","extendedDueUnrolled":"2026-04-28","#
            + #""alternativeExtendedDue":"2026-04-30","policy":"conservative"}"#)
    }

    func testExplanationGoldenText() {
        let expected = """
        Request received: Tue 2026-04-14.
        The day of receipt is not counted: the period runs from the next day (Regulation (EEC, Euratom) 1182/71 art. 3(1)).
        One month after receipt (GDPR art. 12(3)): Thu 2026-05-14.
          A period cannot end on a Saturday, Sunday or public holiday (Algemene termijnenwet art. 1); skipped:
            Thu 2026-05-14 — Ascension Day (public holiday)
            Fri 2026-05-15 — day equated to a public holiday by royal decree
            Sat 2026-05-16 — weekend
            Sun 2026-05-17 — weekend
        Due: Mon 2026-05-18. By this day send the answer, or a notice of extension with its reasons.

        Extension by two further months (GDPR art. 12(3)), if notified by Mon 2026-05-18:
        Policy reading: two months added to the unrolled one-month date (Thu 2026-05-14): Tue 2026-07-14.
          That is a working day, so the period ends then.
          Result: Tue 2026-07-14.
        Alternative reading: three months added to the day of receipt (Tue 2026-04-14): Tue 2026-07-14.
          That is a working day, so the period ends then.
          Result: Tue 2026-07-14.
        privdoc uses the policy reading: extended due Tue 2026-07-14.
        Why: the policy reading is never later than the alternative reading, so an answer by this date is in time under either reading (here both readings give the same date).
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
        XCTAssertEqual(lines.last, "Why: the policy reading is never later than the alternative reading, "
            + "so an answer by this date is in time under either reading (here it is 2 days earlier).")
    }

    func testOutputIsDeterministic() {
        let deadlines = calendar.requestDeadlines(received: day("2026-11-25"))
        XCTAssertEqual(deadlines.json(), calendar.requestDeadlines(received: day("2026-11-25")).json())
        XCTAssertEqual(deadlines.explanation(), calendar.requestDeadlines(received: day("2026-11-25")).explanation())
    }
}

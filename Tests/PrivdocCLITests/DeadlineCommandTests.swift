import XCTest

/// `privdoc deadline`: output contract of the CLI (issue: legal calendar).
final class DeadlineCommandTests: XCTestCase {
    func testJSONHasTheContractKeys() throws {
        let r = try CLI.run(["deadline", "--received", "2026-01-15", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["received"] as? String, "2026-01-15")
        XCTAssertEqual(object?["due"] as? String, "2026-02-16")
        XCTAssertNotNil(object?["extendedDue"] as? String)
    }

    func testExplainNamesTheSkippedHolidays() throws {
        let r = try CLI.run(["deadline", "--received", "2026-04-14", "--explain"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Ascension"), r.stdout)
        // Both readings (domain.md §3): the GDPR date, and the later one counting the decree day 15 May.
        XCTAssertTrue(r.stdout.contains("Due: Fri 2026-05-15."), r.stdout)
        XCTAssertTrue(r.stdout.contains("due Mon 2026-05-18"), r.stdout)
        XCTAssertFalse(r.stdout.contains("Algemene termijnenwet art. 1"), "the Atw is not the basis of the GDPR period")
    }

    func testBadDateIsAUsageError() throws {
        let r = try CLI.run(["deadline", "--received", "2026-02-30"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("expected a date like"), r.stderr)
    }
}

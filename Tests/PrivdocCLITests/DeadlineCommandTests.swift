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
        XCTAssertTrue(r.stdout.contains("2026-05-18"), r.stdout)
    }

    func testBadDateIsAUsageError() throws {
        let r = try CLI.run(["deadline", "--received", "2026-02-30"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("expected a date like"), r.stderr)
    }
}

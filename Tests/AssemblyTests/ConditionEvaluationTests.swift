import ClauseSyntax
import LegalCalendar
import XCTest
@testable import Assembly

/// What the conditions of templates.md §2.3 mean for a document's values (the syntax: ClauseSyntaxTests).
final class ConditionEvaluationTests: XCTestCase {
    private func check(_ text: String, _ values: [String: Value], file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let (condition, problems) = ConditionParser.parse(text, origin: .inline("c"))
        XCTAssertEqual(problems, [], file: file, line: line)
        guard let condition else { return false }
        var store = Values()
        for (k, v) in values { store[k] = v }
        return condition.evaluate({ store[$0] }, truthy: { store.isTruthy($0) })
    }

    func testTruthiness() {
        XCTAssertTrue(check("a", ["a": .text("x")]))
        XCTAssertFalse(check("a", ["a": .text("  ")]))
        XCTAssertFalse(check("a", ["a": .boolean(false)]))
        XCTAssertFalse(check("a", ["a": .list([])]))
        XCTAssertFalse(check("a", [:]))
        XCTAssertTrue(check("rep", ["rep.name": .text("x")]), "a composite holds when a sub-field does")
    }

    func testNotAndOrPrecedenceAndParentheses() {
        let v: [String: Value] = ["a": .boolean(true), "b": .boolean(false), "c": .boolean(true)]
        XCTAssertTrue(check("a or b and not c", v))     // a or (b and (not c))
        XCTAssertFalse(check("(a or b) and not c", v))
        XCTAssertTrue(check("not not a", v))
    }

    func testEqualityAndIn() {
        let v: [String: Value] = ["t": .text("access"), "n": .integer(3), "d": .date(CivilDate(iso: "2026-01-02")!)]
        XCTAssertTrue(check("t == access", v))
        XCTAssertTrue(check("t != erasure", v))
        XCTAssertTrue(check("t in [erasure, access]", v))
        XCTAssertFalse(check("t in [erasure]", v))
        XCTAssertTrue(check("n == 3", v))
        XCTAssertTrue(check("d == '2026-01-02'", v))
        XCTAssertTrue(check("missing != x", v))
    }

    func testOrderingOfDatesAndIntegers() {
        let v: [String: Value] = ["date": .date(CivilDate(iso: "2026-11-29")!), "due": .date(CivilDate(iso: "2026-12-16")!),
                                  "n": .integer(72)]
        XCTAssertTrue(check("date <= due", v))
        XCTAssertFalse(check("date > due", v))
        XCTAssertTrue(check("date < 2027-01-01", v))
        XCTAssertTrue(check("n >= 72", v))
        XCTAssertFalse(check("n < 10", v))
        XCTAssertFalse(check("absent <= due", v), "a comparison with a missing side is false")
        XCTAssertFalse(check("n < due", v), "mixed types never compare")
    }
}

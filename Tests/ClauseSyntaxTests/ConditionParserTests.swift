import ClauseSyntax
import LegalCalendar
import XCTest

/// The condition syntax of templates.md §2.3: precedence, operands, located errors.
final class ConditionParserTests: XCTestCase {
    private func condition(_ text: String) -> Condition? {
        let (condition, problems) = ConditionParser.parse(text, origin: .inline("c"))
        XCTAssertEqual(problems, [])
        return condition
    }

    func testPrecedenceNotAndOr() {
        XCTAssertEqual(condition("a or b and not c"), .or(.truthy("a"), .and(.truthy("b"), .not(.truthy("c")))))
        XCTAssertEqual(condition("(a or b) and not c"), .and(.or(.truthy("a"), .truthy("b")), .not(.truthy("c"))))
        XCTAssertEqual(condition("not not a"), .not(.not(.truthy("a"))))
    }

    func testOperandsAndValues() {
        XCTAssertEqual(condition("t == access"), .equals("t", "access", negated: false))
        XCTAssertEqual(condition("t != 'two words'"), .equals("t", "two words", negated: true))
        XCTAssertEqual(condition("t in [erasure, \"access\"]"), .oneOf("t", ["erasure", "access"]))
        XCTAssertEqual(condition("date <= 2027-01-01"), .compare(.path("date"), .lessOrEqual, .date(CivilDate(iso: "2027-01-01")!)))
        XCTAssertEqual(condition("n > 72"), .compare(.path("n"), .greater, .integer(72)))
    }

    func testSyntaxErrorsAreLocatedByColumn() {
        func error(_ text: String) -> String? { ConditionParser.parse(text, origin: .inline("c")).1.first?.description }
        XCTAssertEqual(error("a and"), "c:1:6: expected a field name")
        XCTAssertEqual(error("a == "), "c:1:6: expected a value")
        XCTAssertEqual(error("(a or b"), "c:1:8: expected `)`")
        XCTAssertEqual(error("a in [x, y"), "c:1:11: expected `,` or `]`")
        XCTAssertEqual(error("a = b"), "c:1:3: unexpected character in condition")
        XCTAssertEqual(error("a b"), "c:1:3: expected `and`, `or` or the end of the condition")
        XCTAssertEqual(error(""), "c:1:1: the condition is empty")
    }

    func testPathsAreCollected() {
        let (condition, _) = ConditionParser.parse("a and (b == x or not c) and d <= e and f in [g]", origin: .inline("c"))
        XCTAssertEqual(condition?.paths, ["a", "b", "c", "d", "e", "f"])
    }
}

import XCTest
@testable import Assembly

/// `#` in a plural form, and the no-break space after it (decision 171).
final class PluralFormTests: XCTestCase {
    func testTheSpaceAfterTheNumberDoesNotBreak() {
        let nbsp = "\u{00A0}"
        XCTAssertEqual(PluralForm.fill("# днів", number: "21"), "21" + nbsp + "днів")
        XCTAssertEqual(PluralForm.fill("# أيام", number: "5"), "5" + nbsp + "أيام")
        XCTAssertEqual(PluralForm.fill("within # days", number: "2"), "within 2" + nbsp + "days", "only the space after the number")
        XCTAssertEqual(PluralForm.fill("#", number: "1"), "1")
        XCTAssertEqual(PluralForm.fill("يوم واحد", number: "1"), "يوم واحد", "a form without the number is left alone")
        XCTAssertEqual(PluralForm.fill("#-day", number: "3"), "3-day")
        XCTAssertEqual(PluralForm.fill("# of #  x", number: "4"), "4" + nbsp + "of 4" + nbsp + " x", "one space after each #")
        XCTAssertEqual(PluralForm.fill("# dni", number: "1" + nbsp + "000"), "1" + nbsp + "000" + nbsp + "dni", "grouped numbers too")
    }
}

import Assembly
import LegalCalendar
import XCTest

/// The order of the document date (decision 012) is written once, `RenderOptions.documentDate`: letters
/// (with a case) and the register and privacy reference (without one) all ask it.
final class DocumentDateSourceTests: XCTestCase {
    private let given = CivilDate(year: 2026, month: 3, day: 15)!, today = CivilDate(year: 2026, month: 4, day: 1)!

    func testTheOverrideWinsThenTheCaseThenTheDefault() {
        let both = RenderOptions(dateOverride: given, defaultDate: today)
        XCTAssertEqual(both.documentDate(caseGivesDate: true), .date(given))
        XCTAssertEqual(both.documentDate(caseGivesDate: false), .date(given))
        let defaultOnly = RenderOptions(defaultDate: today)
        XCTAssertEqual(defaultOnly.documentDate(caseGivesDate: true), .fromCase)
        XCTAssertEqual(defaultOnly.documentDate(caseGivesDate: false), .date(today))
        XCTAssertEqual(RenderOptions().documentDate(caseGivesDate: false), .missing)
    }
}

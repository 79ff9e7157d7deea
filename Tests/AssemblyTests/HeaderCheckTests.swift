import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// The batch header check: once per run, against the template and the library (decision 013).
final class HeaderCheckTests: XCTestCase {
    private let complete = ["reference", "language", "date", "recipient.salutation", "recipient.name", "recipient.street",
                            "recipient.postcode", "recipient.city", "request.type", "request.received"]

    func testACompleteHeaderHasNoProblems() {
        XCTAssertEqual(Fixture.basic.checkHeader(template: "letter", columns: complete, file: "rows.csv", hasDefaultLanguage: false), [])
    }

    func testUnknownColumnsAreOneWarningAndOtherTemplatesColumnsPass() {
        let problems = Fixture.basic.checkHeader(template: "letter", columns: complete + ["request.chanel", "subprocessing.mode", "x\u{1B}[2J"],
                                                 file: "rows.csv", hasDefaultLanguage: false)
        XCTAssertEqual(problems.map(\.description), [
            "rows.csv:1: warning: columns request.chanel, x?[2J are not read by any template of the library (a typo?); ignored in every row",
        ])
    }

    func testAMissingRequiredColumnIsAnErrorPerField() {
        let problems = Fixture.basic.checkHeader(template: "letter", columns: complete.filter { $0 != "request.type" && $0 != "recipient.city" && $0 != "language" },
                                                 file: "rows.csv", hasDefaultLanguage: false)
        XCTAssertEqual(problems.map(\.description), [
            "rows.csv:1: request.type: required by template letter, but the header has no such column; no row was processed",
            "rows.csv:1: recipient.city: required by template letter, but the header has no such column; no row was processed",
            "rows.csv:1: language: the header has no language column and the run no default language (--lang); no row was processed",
        ])
        XCTAssertEqual(Fixture.basic.checkHeader(template: "letter", columns: complete.filter { $0 != "language" && $0 != "date" },
                                                 file: "rows.csv", hasDefaultLanguage: true), [], "--lang and today are defaults")
    }
}

import ClauseSyntax
import PrivdocDiagnostics
import XCTest

/// The tree a clause text parses into (templates.md §1.1–1.4) and what it records of itself.
final class ClauseTextParserTests: XCTestCase {
    func testPlaceholderAndFormatterAreParsed() {
        let (text, problems) = parse("Op {{ request.received | date }} en {{reference}}.")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(text.placeholders.map(\.name), ["request.received", "reference"])
        XCTAssertEqual(text.placeholders.map(\.formatter), [.date, nil])
    }

    func testReferencesAreCollected() {
        let (text, problems) = parse("Zie {{ref art.sub}} en {{ref annex.sub}}.")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(text.references.map(\.id), ["art.sub", "annex.sub"])
    }
}

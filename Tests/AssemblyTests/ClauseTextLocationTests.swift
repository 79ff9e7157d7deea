import XCTest
@testable import Assembly

/// Errors inside a clause text point at the line and column of the YAML file an editor shows.
final class ClauseTextLocationTests: XCTestCase {
    func testErrorsInABlockScalarPointAtTheYAMLLineAndColumn() throws {
        let yaml = """
        clause.one:
          version: 1
          status: reviewed
          text: |
            Eerste regel.
            Tweede *regel.
        """
        let (clauses, _) = ClauseFileLoader.load(text: yaml, file: "locales/nl/x.yaml", language: "nl", isSource: true)
        XCTAssertEqual(clauses.first?.problems.map(\.description),
                       ["locales/nl/x.yaml:6:12: *…* is not closed; write a backslash before a character you mean literally (\\*, \\[)"])
    }

    func testErrorsInAQuotedScalarPointAtTheColumn() throws {
        let yaml = "clause.two: {version: 1, status: reviewed, text: \"Zie {{ref}} hier\"}\n"
        let (clauses, _) = ClauseFileLoader.load(text: yaml, file: "f.yaml", language: "nl", isSource: true)
        XCTAssertEqual(clauses.first?.problems.map(\.description),
                       ["f.yaml:1:57: `{{ref …}}` needs the id of an article, paragraph or annex"])
    }
}

import XCTest
@testable import Translations

final class PlaceholdersTests: XCTestCase {
    func testTokensAreNormalisedAndEscapesIgnored() {
        let p = Placeholders("{{ request.received|date }} \\{{niet}} {{#if  a.b}}x{{else}}y{{/if}} {{ref art.x}} {{org.name}} {{org.name}}")
        XCTAssertEqual(p.tokens, ["{{request.received | date}}", "{{#if a.b}}", "{{else}}", "{{/if}}", "{{ref art.x}}", "{{org.name}}"])
    }

    func testMismatchesNameWhatIsMissingAndExtra() {
        let nl = Placeholders("{{a}} {{#if b}}x{{/if}} {{ref c}}")
        XCTAssertEqual(Placeholders("{{a}} {{a}} {{ ref c }} {{#if b}}y{{/if}}").mismatches(against: nl), [],
                       "a field may appear more often; spacing does not matter")
        XCTAssertEqual(Placeholders("{{a | upper}} {{#if b}}x{{/if}}{{#if b}}z{{/if}} {{ref c}}").mismatches(against: nl),
                       ["{{a}} is missing", "{{a | upper}} is not in the Dutch text",
                        "{{#if b}} appears 2 times, in the Dutch text 1", "{{/if}} appears 2 times, in the Dutch text 1"])
        XCTAssertEqual(Placeholders("{{a}} {{#if b}}x{{/if}} {{ref c}} {{oops").mismatches(against: nl), ["a {{ is not closed with }}"])
    }
}

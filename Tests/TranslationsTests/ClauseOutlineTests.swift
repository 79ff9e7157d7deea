import XCTest
@testable import Translations

/// What a translation must keep, read with the engine's parser (ClauseSyntax), not with a brace scanner.
final class ClauseOutlineTests: XCTestCase {
    private func outline(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ClauseOutline {
        let (outline, problems) = ClauseOutline.read(text)
        XCTAssertEqual(problems, [], file: file, line: line)
        return outline!
    }

    func testTagsAreNormalisedAndEscapesAreText() {
        let o = outline("{{ request.received|date }} \\{{niet}} {{#if  a.b}}x{{else}}y{{/if}} {{ref art.x}} {{org.name}} {{org.name}}")
        XCTAssertEqual(o.tags, ["{{request.received | date}}", "{{#if a.b}}", "{{else}}", "{{/if}}", "{{ref art.x}}", "{{org.name}}"])
    }

    func testPlaceholderInALinkAddressAndNestedConditionalsAreSeen() {
        let o = outline("[tekst]({{org.privacy-url}}) {{#if a}}{{#if b}}{{c}}{{/if}}{{/if}}")
        XCTAssertEqual(o.tags, ["{{org.privacy-url}}", "{{#if a}}", "{{#if b}}", "{{c}}", "{{/if}}"])
        XCTAssertEqual(o.markup, [.link])
    }

    func testMarkupComesFromTheTree() {
        XCTAssertEqual(outline("**vet** en *schuin*\\\n- een\n1. twee").markup, [.strong, .emphasis, .hardBreak, .bullets, .numbered])
        XCTAssertEqual(outline("\\*\\* geen \\[markup\\](x) 5 \\- 3").markup, [], "escaped characters are text")
    }

    func testMismatchesNameWhatIsMissingAndExtra() {
        let nl = outline("{{a}} {{#if b}}x{{/if}} {{ref c}}")
        XCTAssertEqual(outline("{{a}} {{a}} {{ ref c }} {{#if (b)}}y{{/if}}").mismatches(against: nl), [],
                       "a field may appear more often; spacing and redundant parentheses do not matter")
        XCTAssertEqual(outline("{{a | upper}} {{#if b}}x{{/if}}{{#if b}}z{{/if}} {{ref c}}").mismatches(against: nl),
                       ["{{a}} is missing", "{{a | upper}} is not in the Dutch text", "{{#if b}} appears 2 times, in the Dutch text 1"])
        XCTAssertEqual(outline("{{a}} {{ref c}}").mismatches(against: nl), ["{{#if b}} … {{/if}} is missing"])
        XCTAssertEqual(outline("{{a}} {{#if not b}}x{{/if}} {{ref c}}").mismatches(against: nl),
                       ["{{#if b}} … {{/if}} is missing", "{{#if not b}} is not in the Dutch text"])
    }

    func testAnElsePartMustBeKept() {
        let nl = outline("{{#if b}}x{{else}}y{{/if}}")
        XCTAssertEqual(outline("{{#if b}}x{{/if}}").mismatches(against: nl), ["{{else}} of {{#if b}} is missing"])
        XCTAssertEqual(outline("{{#if b}}x{{else}}z{{/if}}").mismatches(against: nl), [])
        XCTAssertEqual(nl.mismatches(against: outline("{{#if b}}x{{/if}}")), ["{{else}} of {{#if b}} is not in the Dutch text"])
    }

    func testATextThatDoesNotParseHasNoOutline() {
        let (o, problems) = ClauseOutline.read("a {{oops")
        XCTAssertNil(o)
        XCTAssertEqual(problems.map(\.description), ["text:1:3: `{{` is not closed with `}}` on the same line; write \\{ for a brace"])
    }

    func testTheHintListsTagsThenMarkup() {
        XCTAssertEqual(TranslatorHints.keep(outline("Zie [hier]({{org.privacy-url}}) en **{{x | label}}**.")),
                       "Keep exactly: {{org.privacy-url}}, {{x | label}}, **bold**, [link text](address): keep the address")
        XCTAssertNil(TranslatorHints.keep(outline("Gewone tekst.")))
    }
}

import ClauseSyntax
import XCTest

/// Parse errors are collected and located in the text (templates.md: "lint tells you exactly which file and
/// line is wrong"); `ClauseTextLocationTests` (Assembly) maps them into YAML files.
final class ClauseTextErrorTests: XCTestCase {
    func testUnclosedEmphasisIsLocatedAtItsStart() {
        XCTAssertEqual(errors("Een\nvijf *drie"), [
            "t:2:6: *…* is not closed; write a backslash before a character you mean literally (\\*, \\[)",
        ])
    }

    func testEmphasisCannotSpanParagraphs() {
        let found = errors("Een *twee\n\ndrie*")
        XCTAssertEqual(found.first, "t:1:5: *…* is not closed before the end of the paragraph; write a backslash before a character you mean literally (\\*, \\[)")
    }

    func testConditionalTagErrors() {
        XCTAssertEqual(errors("a {{/if}}"), ["t:1:3: {{/if}} without {{#if}}"])
        XCTAssertEqual(errors("a {{else}}"), ["t:1:3: {{else}} without {{#if}}"])
        XCTAssertEqual(errors("{{#if x}}a"), ["t:1:1: {{#if}} is not closed with {{/if}}"])
        XCTAssertEqual(errors("{{#if x}}a{{else}}b{{else}}c{{/if}}"), ["t:1:20: a second {{else}} in the same {{#if}}"])
    }

    func testMarkupMustNestInsideConditionals() {
        XCTAssertEqual(errors("*a {{#if x}}b* c{{/if}}").first,
                       "t:1:17: {{/if}} while *…* opened at line 1 is still open; close it first")
    }

    func testUnclosedTagAndStrayBracket() {
        XCTAssertEqual(errors("a {{veld"), ["t:1:3: `{{` is not closed with `}}` on the same line; write \\{ for a brace"])
        XCTAssertEqual(errors("a ] b"), ["t:1:3: `]` without a matching `[`; write \\] for a bracket"])
        XCTAssertEqual(errors("[tekst] zonder adres").first,
                       "t:1:1: a link needs its address right after the text: [text](https://…); write \\[ for a bracket")
    }

    func testUnknownFormatterAndTag() {
        XCTAssertEqual(errors("{{datum | lang}}"), ["t:1:11: unknown formatter; use one of date, shortdate, label, upper, lower, capital, number, iso, plural, select"])
        XCTAssertEqual(errors("{{#each x}}"), ["t:1:1: unknown tag `{{#each x}}`: use {{field}}, {{#if …}}, {{else}}, {{/if}} or {{ref id}}"])
        XCTAssertEqual(errors("{{een veld}}"), ["t:1:3: `{{…}}` must name a field, like {{request.received}} or {{request.received | date}}"])
    }

    func testConditionErrorInsideTagIsLocatedAtTheColumn() {
        XCTAssertEqual(errors("ab {{#if x ==}}c{{/if}}"), ["t:1:14: expected a value"])
    }

    func testListItemCannotStartInsideEmphasis() {
        XCTAssertEqual(errors("*een\n- twee*").first, "t:2:1: a list item cannot start inside *…* opened at line 1")
    }

    func testSeveralErrorsAreAllCollected() {
        XCTAssertEqual(errors("a ] b\n{{#each}}\nc {{x | y}}").count, 3)
    }
}

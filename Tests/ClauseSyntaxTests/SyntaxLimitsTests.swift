import ClauseSyntax
import PrivdocDiagnostics
import XCTest

/// The limits of templates.md §1.6: what is just allowed, what is just refused, and where it is reported.
final class SyntaxLimitsTests: XCTestCase {
    private let nesting = "would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)"

    func testLinksNestUpTo32Levels() {
        XCTAssertEqual(errors(String(repeating: "[", count: 32) + "a" + String(repeating: "](u)", count: 32)), [])
        XCTAssertEqual(errors(String(repeating: "[", count: 33) + "a" + String(repeating: "](u)", count: 33)),
                       ["t:1:33: […] \(nesting)"])
    }

    func testEmphasisInsideLinksNestsUpTo32Levels() {
        XCTAssertEqual(errors(String(repeating: "*[", count: 16) + "a" + String(repeating: "](u)*", count: 16)), [])
        XCTAssertEqual(errors(String(repeating: "*[", count: 17) + "a" + String(repeating: "](u)*", count: 17)),
                       ["t:1:33: *…* \(nesting)"])
    }

    func testConditionalsNestUpTo32Levels() {
        XCTAssertEqual(errors(String(repeating: "{{#if a}}", count: 32) + "x" + String(repeating: "{{/if}}", count: 32)), [])
        XCTAssertEqual(errors(String(repeating: "{{#if a}}\n", count: 33) + "x"), ["t:33:1: {{#if}} \(nesting)"])
    }

    func testTheTreeAtTheLimitIs32LevelsDeep() {
        let (text, problems) = parse(String(repeating: "{{#if a}}*", count: 16) + "x" + String(repeating: "*{{/if}}", count: 16))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(TreeDepth.of(text), 32)
    }

    func testConditionsNestNotAndParenthesesUpTo32Levels() {
        func condition(_ text: String) -> [String] { ConditionParser.parse(text, origin: .inline("c")).1.map(\.description) }
        XCTAssertEqual(condition(String(repeating: "(", count: 32) + "a" + String(repeating: ")", count: 32)), [])
        XCTAssertEqual(condition(String(repeating: "not ", count: 32) + "a"), [])
        let message = "`not` and parentheses are nested more than 32 levels deep here; a condition may nest at most 32 (templates.md §1.6)"
        XCTAssertEqual(condition(String(repeating: "(", count: 33) + "a" + String(repeating: ")", count: 33)), ["c:1:33: \(message)"])
        XCTAssertEqual(condition(String(repeating: "not ", count: 33) + "a"), ["c:1:129: \(message)"])
        XCTAssertEqual(ConditionParser.parse(String(repeating: "(", count: 33) + "a", origin: .inline("c")).1.map(\.code), [.conditionLimit])
    }

    func testConditionsHoldAtMost1024Characters() {
        let chain = (0..<205).map { _ in "a" }.joined(separator: " or ") + "bcd"   // 205 terms, 1,024 characters
        XCTAssertEqual(chain.count, 1024)
        XCTAssertNotNil(ConditionParser.parse(chain, origin: .inline("c")).0)
        XCTAssertEqual(ConditionParser.parse(chain + " ", origin: .inline("c")).1.map(\.description),
                       ["c:1:1: the condition is 1025 characters long; a condition may be at most 1024 (templates.md §1.6)"])
    }

    func testAConditionOverTheLimitInsideATagIsLocatedAtTheCondition() {
        let condition = String(repeating: "a or ", count: 300) + "a"
        XCTAssertEqual(errors("Een {{#if \(condition)}}x{{/if}}"),
                       ["t:1:11: the condition is 1501 characters long; a condition may be at most 1024 (templates.md §1.6)"])
    }

    func testATextHoldsAtMost64KiB() {
        let limit = String(repeating: "a", count: SyntaxLimits.maxTextBytes)
        XCTAssertEqual(errors(limit), [])
        XCTAssertEqual(errors(limit + "é"), ["t:1:1: the text is 65 KiB long; a clause text may be at most 64 KiB (templates.md §1.6)"])
        XCTAssertEqual(parse(limit + "b").0.nodes, [], "a text over the limit is not read at all")
    }

    func testAtMost20ProblemsAreReportedPerText() {
        let found = errors(String(repeating: "] ", count: 25))
        XCTAssertEqual(found.count, 21)
        XCTAssertEqual(found[19], "t:1:39: `]` without a matching `[`; write \\] for a bracket")
        XCTAssertEqual(found[20], "t:1:41: more than 20 problems in this text; the rest are not reported")
    }

    /// Long lines of what once made the parser look ahead again and again: it stops after 20 problems, or
    /// reads them as text.
    func testLongLinesOfUnclosedTagsAndBackslashesParse() {
        XCTAssertEqual(errors(String(repeating: "{{", count: 30_000)).count, 21)
        let (text, problems) = parse(String(repeating: "\\ ", count: 30_000) + "x")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(text.nodes, [.line(.plain), .text(String(repeating: "\\ ", count: 30_000) + "x")])
    }

    /// A `{{/if}}` inside a link address closed the link, and the link's end then removed the root of the
    /// tree: the parse trapped (exit 132) and took lint and every render with it.
    func testConditionalTagsInALinkAddressAreErrorsNotATrap() {
        XCTAssertEqual(errors("{{#if x}}[a]({{/if}}){{/if}}"), ["t:1:14: a link address may only hold a {{field}} placeholder"])
        XCTAssertEqual(errors("[a]({{#if x}})"), ["t:1:5: a link address may only hold a {{field}} placeholder"])
        XCTAssertEqual(errors("[a]({{else}}) en [b]({{ref x}})"), ["t:1:5: a link address may only hold a {{field}} placeholder",
                                                                     "t:1:22: a link address may only hold a {{field}} placeholder"])
        XCTAssertEqual(errors("[a]({{org.privacy-url | upper}})"), [])
        XCTAssertEqual(errors("[a]({{een veld}})"), ["t:1:7: `{{…}}` must name a field, like {{request.received}} or {{request.received | date}}"])
    }
}

/// The nesting depth of a tree: how many containers (markup, links, conditionals) the deepest node is in.
struct TreeDepth: ClauseWalker {
    private var depth = 0
    private(set) var deepest = 0

    static func of(_ text: ClauseText) -> Int {
        var walker = TreeDepth()
        walker.walk(text.nodes)
        return walker.deepest
    }

    private mutating func inside(_ body: (inout TreeDepth) -> Void) {
        depth += 1
        deepest = max(deepest, depth)
        body(&self)
        depth -= 1
    }

    mutating func visitEmphasis(_ content: [TextNode]) { inside { $0.walk(content) } }
    mutating func visitStrong(_ content: [TextNode]) { inside { $0.walk(content) } }
    mutating func visitLink(url: [TextNode], content: [TextNode]) { inside { $0.walk(url); $0.walk(content) } }
    mutating func visitConditional(_ conditional: Conditional) { inside { $0.walk(conditional.then); $0.walk(conditional.otherwise) } }
}

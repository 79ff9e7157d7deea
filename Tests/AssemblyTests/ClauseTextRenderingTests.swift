import ODF
import XCTest
@testable import Assembly

/// The clause text markup of templates.md §1.1–1.4 as rendered: paragraphs, breaks, emphasis, links, lists,
/// escapes, conditionals (the tree itself: ClauseSyntaxTests).
final class ClauseTextRenderingTests: XCTestCase {
    func testParagraphsAndSoftBreaks() {
        let out = render("Eerste regel\ntweede regel.\n\nNieuwe alinea.").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("Eerste regel tweede regel.")])),
                             .paragraph(Paragraph([.text("Nieuwe alinea.")]))])
    }

    func testHardBreakAtBackslashEndOfLine() {
        let out = render("Regel een\\\nregel twee").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("Regel een"), .lineBreak, .text("regel twee")]))])
    }

    func testEmphasisStrongAndBoth() {
        let out = render("*schuin* en **vet** en ***beide*** en **vet *schuin***").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([
            .emphasis([.text("schuin")]), .text(" en "), .strong([.text("vet")]), .text(" en "),
            .strong([.emphasis([.text("beide")])]), .text(" en "), .strong([.text("vet "), .emphasis([.text("schuin")])]),
        ]))])
    }

    func testLinkWithPlaceholderAddress() {
        let out = render("Lees [de verklaring]({{org.privacy-url}}).").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([
            .text("Lees "), .link(url: "https://www.testregio.example/privacy", [.text("de verklaring")]), .text("."),
        ]))])
    }

    func testEscapesGiveTheCharacterItself() {
        let out = render("\\*geen\\* \\[haak\\] \\{{geen veld}} \\\\ en een {enkele} accolade").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("*geen* [haak] {{geen veld}} \\ en een {enkele} accolade")]))])
    }

    func testBulletedAndNumberedListsWithContinuation() {
        let out = render("Intro:\n- een\n  vervolg\n- twee\n\n1. eerste\n2. tweede\nNa de lijst.").blocks
        XCTAssertEqual(out, [
            .paragraph(Paragraph([.text("Intro:")])),
            .list(List(kind: .bulleted, items: [ListItem(paragraph: [.text("een vervolg")]), ListItem(paragraph: [.text("twee")])])),
            .list(List(kind: .numbered, items: [ListItem(paragraph: [.text("eerste")]), ListItem(paragraph: [.text("tweede")])])),
            .paragraph(Paragraph([.text("Na de lijst.")])),
        ])
    }

    func testInlineConditionalWithElseAndNesting() {
        let text = "A{{#if x}} b{{#if y}} c{{/if}}{{else}} d{{/if}}."
        XCTAssertEqual(plainText(render(text, ["x": .boolean(true), "y": .boolean(true)]).blocks), "A b c.")
        XCTAssertEqual(plainText(render(text, ["x": .boolean(true)]).blocks), "A b.")
        XCTAssertEqual(plainText(render(text).blocks), "A d.")
    }

    func testDroppedFragmentLeavesNoDoubleSpace() {
        let out = render("Wij {{#if x}}echt{{/if}} doen dit.").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("Wij doen dit.")]))])
    }

    func testStandaloneConditionalWrapsParagraphsAndListItems() {
        let text = """
        Begin.
        {{#if x}}
        - een
        - twee
        {{/if}}
        - drie

        {{#if y}}
        Verborgen alinea.

        Nog een.
        {{/if}}
        Einde.
        """
        let shown = render(text, ["x": .boolean(true), "y": .boolean(true)]).blocks
        XCTAssertEqual(plainText(shown), "Begin.\neen\ntwee\ndrie\nVerborgen alinea.\nNog een. Einde.")
        let hidden = render(text).blocks
        XCTAssertEqual(hidden.count, 3)
        XCTAssertEqual(plainText(hidden), "Begin.\ndrie\nEinde.")
    }

    func testConditionalSpanningParagraphsInline() {
        let text = "{{#if x}}Een.\n\nTwee.{{/if}}Drie."
        XCTAssertEqual(render(text, ["x": .boolean(true)]).blocks.count, 2)
        XCTAssertEqual(plainText(render(text).blocks), "Drie.")
    }

    func testParagraphThatBecomesEmptyDisappears() {
        let out = render("Een.\n\n{{#if x}}Weg.{{/if}}\n\nTwee.").blocks
        XCTAssertEqual(out.count, 2)
    }

    func testEnumLabelFormatterRendersTheLabelClause() {
        let out = render("Om {{request.type | label}}.", ["request.type": .text("erasure")]).blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("Om verwijdering.")]))])
    }

    func testPagePlaceholdersBecomeFields() {
        let out = render("Pagina {{page}} van {{pages}}").blocks
        XCTAssertEqual(out, [.paragraph(Paragraph([.text("Pagina "), .field(.pageNumber), .text(" van "), .field(.pageCount)]))])
    }
}

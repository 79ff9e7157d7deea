import TestSupport
import XCTest
@testable import ODF

/// Lists restart unless they continue (ODF 1.3 §5.3.1 `text:continue-list`).
final class ListTests: XCTestCase {
    func numbered(_ items: [String], continues: Bool = false) -> Block {
        .list(List(kind: .numbered, items: items.map { ListItem(paragraph: [.text($0)]) }, continuesPrevious: continues))
    }

    func testConsecutiveListsRestartAndAContinuedListNamesItsPredecessor() throws {
        let q = try contentQuery([para("x"), numbered(["a", "b"]), numbered(["c", "d"]), para("y"), numbered(["e"], continues: true)])
        XCTAssertEqual(q.count("//text:list"), 3)
        XCTAssertEqual(q.count("//text:list[@text:continue-numbering or @text:continue-list]"), 1)
        XCTAssertEqual(q.value("(//text:list)[3]/@text:continue-list"), "list2")
        XCTAssertEqual(q.values("//text:list/@xml:id"), ["list2"])
        XCTAssertEqual(q.values("//text:list/@text:style-name"), ["List_20_Number", "List_20_Number", "List_20_Number"])
    }

    /// A labelled list (decision 170): each item names, by `text:style-override`, an automatic list style
    /// whose level shows its label as `style:num-prefix` and no number; equal labels share one style.
    func testLabelledItemsNameAListStyleWithTheirLabel() throws {
        let item = { (label: String, text: String) in ListItem([.paragraph(Paragraph([.text(text)], style: .listItem))], label: label) }
        let q = try contentQuery([.list(List(kind: .labelled, items: [item("(أ)", "x"), item("(ب)", "y")])),
                                  .list(List(kind: .labelled, items: [item("(أ)", "z")]))])
        XCTAssertEqual(q.values("//text:list/@text:style-name"), ["List_20_Label", "List_20_Label"])
        XCTAssertEqual(q.values("//text:list-item/@text:style-override"), ["LL1", "LL2", "LL1"])
        XCTAssertEqual(q.values("//office:automatic-styles/text:list-style/@style:name"), ["LL1", "LL2"])
        XCTAssertEqual(q.values("//office:automatic-styles/text:list-style/text:list-level-style-number/@style:num-prefix"), ["(أ)", "(ب)"])
        XCTAssertEqual(q.values("//office:automatic-styles/text:list-style/text:list-level-style-number/@style:num-format"), ["", ""])
        XCTAssertEqual(q.values("//office:automatic-styles/text:list-style/text:list-level-style-number/style:list-level-properties/style:list-level-label-alignment/@fo:margin-left"),
                       ["0.635cm", "0.635cm"], "the geometry of the style sheet's List_20_Label")
        XCTAssertEqual(q.values("//text:p"), ["x", "y", "z"], "the label is not in the text")
    }

    func testContinuationFollowsKindAndDepth() throws {
        let nested = Block.list(List(kind: .bulleted, items: [
            ListItem([.paragraph(Paragraph([.text("outer")], style: .listItem)), numbered(["inner 1"])]),
        ]))
        let q = try contentQuery([numbered(["top"]), nested, numbered(["top again"], continues: true),
                                  .list(List(kind: .lettered, items: [ListItem(paragraph: [.text("a")])], continuesPrevious: true))])
        // List 4 (top level, numbered) continues list 1, not the nested list 3; the lettered list has no predecessor.
        XCTAssertEqual(q.value("(//text:list)[4]/@text:continue-list"), "list1")
        XCTAssertEqual(q.value("(//text:list)[1]/@xml:id"), "list1")
        XCTAssertNil(q.value("(//text:list)[5]/@text:continue-list"))
        XCTAssertEqual(q.value("(//text:list)[5]/@text:style-name"), "List_20_Letter")
        XCTAssertEqual(q.value("//text:list-item/text:list/text:list-item/text:p"), "inner 1")
    }

    func testEmptyListsLeaveNothingAndEmptyItemsGetAParagraph() throws {
        let q = try contentQuery([para("x"), .list(List(kind: .bulleted, items: [])),
                                  .list(List(kind: .bulleted, items: [ListItem([])]))])
        XCTAssertEqual(q.count("//text:list"), 1)
        XCTAssertEqual(q.value("//text:list-item/text:p/@text:style-name"), "List_20_Contents")
    }

    func testATableInAListItemIsRejected() {
        assertInvalidModel("table cannot stand in a list item") {
            _ = try contentXML([.list(List(kind: .bulleted, items: [ListItem([.table(Table(columns: [.mm(10)], rows: []))])]))])
        }
    }
}

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

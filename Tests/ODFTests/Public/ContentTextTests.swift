import TestSupport
import XCTest
@testable import ODF

/// What a reader sees of `content.xml`.
final class ContentTextTests: XCTestCase {
    func testParagraphsHeadingsTablesListsAndFrames() throws {
        let window = Frame(name: "W", content: .textBox([Paragraph([.text("A. Jansen")]), Paragraph([.text("Kerkstraat  12")])]),
                           x: .mm(20), y: .mm(50), width: .mm(85), height: .mm(35), origin: .page)
        let bytes = try contentXML([
            .paragraph(Paragraph([.frame(window)], style: .opening)),
            .heading(Heading(level: 1, [.text("1. Kop")])),
            .paragraph(Paragraph([.text("a"), .tab, .text("b"), .lineBreak, .strong([.text(" c")])])),
            .list(List(kind: .bulleted, items: [ListItem(paragraph: [.text("item")])])),
            .table(Table(columns: [.mm(20), .mm(20)], rows: [TableRow([TableCell(text: [.text("x")]), TableCell(text: [.text("y")])])])),
        ])
        XCTAssertEqual(try ContentText.plainText(contentXML: bytes),
                       "\nA. Jansen\nKerkstraat  12\n1. Kop\na\tb\n c\nitem\nx\ny")
    }

    func testMalformedXMLIsReported() {
        assertInvalidModel("not well-formed") { _ = try ContentText.plainText(contentXML: Array("<a><b></a>".utf8)) }
    }
}

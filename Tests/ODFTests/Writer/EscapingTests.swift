import TestSupport
import XCTest
@testable import ODF

/// libxml2 escapes; whatever the model holds comes back unchanged when the XML is parsed again.
final class EscapingTests: XCTestCase {
    let nasty = "<b>&amp; \"quoted\" 'single' ]]> {{x}} *y* \u{202E}RTL\u{202C} 😀 Čapek"

    func testTextComesBackUnchanged() throws {
        let bytes = try contentXML([para(nasty)])
        let raw = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(raw.contains("&lt;b&gt;&amp;amp; "), raw)
        XCTAssertTrue(raw.contains("]]&gt;"))
        XCTAssertEqual(try ContentText.plainText(contentXML: bytes), nasty)
        XCTAssertEqual(try XCTUnwrap(XMLQuery(bytes)).value("//text:p"), nasty)
    }

    func testAttributeValuesComeBackUnchanged() throws {
        let body: [Block] = [
            .table(Table(name: nasty, columns: [.mm(50)], rows: [TableRow([TableCell(text: [.text("x")])])])),
            .paragraph(Paragraph([.frame(Frame(name: nasty, content: .textBox([]), x: .mm(0), y: .mm(0), width: .mm(10),
                                               height: .mm(10), origin: .page))])),
        ]
        let query = try contentQuery(body)
        XCTAssertEqual(query.value("//table:table/@table:name"), nasty)
        XCTAssertEqual(query.value("//draw:frame/@draw:name"), nasty)

        var d = document([])
        d.metadata.customProperties = [CustomProperty(name: nasty, value: nasty)]
        d.metadata.title = nasty
        let meta = try MetaWriter.write(d.metadata)
        let metaQuery = try XCTUnwrap(XMLQuery(meta))
        XCTAssertEqual(metaQuery.value("//meta:user-defined/@meta:name"), nasty)
        XCTAssertEqual(metaQuery.value("//meta:user-defined"), nasty)
        XCTAssertEqual(metaQuery.value("//dc:title"), nasty)
    }

    func testNonASCIIAttributeValuesAreWrittenAsUTF8NotCharacterReferences() throws {
        let raw = String(decoding: try contentXML([
            .table(Table(name: "Čapek", columns: [.mm(50)], rows: [TableRow([TableCell(text: [.text("x")])])])),
        ]), as: UTF8.self)
        XCTAssertTrue(raw.contains("table:name=\"Čapek\""), raw)
    }

    func testLinkAddressKeepsAmpersandsAndQuotesAndEncodesWhatAURIMayNotHold() throws {
        let query = try contentQuery([.paragraph(Paragraph([
            .link(url: "https://x.nl/a?b=1&c='2'", [.text("one")]),
            .link(url: "https://x.nl/zoek naar <Čapek>", [.text("two")]),
        ]))])
        XCTAssertEqual(query.values("//text:a/@xlink:href"),
                       ["https://x.nl/a?b=1&c='2'", "https://x.nl/zoek%20naar%20%3C%C4%8Capek%3E"])
    }
}

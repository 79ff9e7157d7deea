import TestSupport
import XCTest
@testable import ODF

/// User variables (ODF 1.3 §7.4): set invisibly in the body, shown in a header, declared once.
final class VariableTests: XCTestCase {
    /// Two letters of a combined file, each setting its own reference in its first paragraph.
    private func combined() -> Document {
        func letter(_ reference: String, _ text: String) -> [Block] {
            [.paragraph(Paragraph([.field(.setVariable(name: "privdoc_reference", value: reference)),
                                   .field(.setVariable(name: "privdoc_date", value: "4 december 2026")), .text(text)]))]
        }
        let header = Paragraph([.text("Kenmerk: "), .field(.variable("privdoc_reference")), .text(" · "),
                                .isolate(.leftToRight, [.field(.variable("privdoc_date"))])], style: .header)
        return document(letter("SD-1", "brief 1") + [.pageBreak(PageBreak(startsFirstPageLayout: true, restartsPageNumbering: true))]
                        + letter("SD-2", "brief 2"),
                        pageSetup: PageSetup(followingPages: HeaderFooter(header: [header])))
    }

    private func content(_ d: Document) throws -> [UInt8] {
        try ContentWriter.write(d, styleSheet: HouseStyleFixture.builtIn, images: [])
    }

    func testVariablesAreDeclaredOnceBeforeTheBody() throws {
        let q = try XCTUnwrap(XMLQuery(try content(combined())))
        XCTAssertEqual(q.count("//office:text/*[1][self::text:variable-decls]"), 1)
        XCTAssertEqual(q.values("//text:variable-decl/@text:name"), ["privdoc_reference", "privdoc_date"])
        XCTAssertEqual(q.values("//text:variable-decl/@office:value-type"), ["string", "string"])
        XCTAssertEqual(q.count("//text:variable-decls"), 1)
    }

    func testVariablesAreSetInvisiblyWhereTheyStand() throws {
        let bytes = try content(combined())
        let q = try XCTUnwrap(XMLQuery(bytes))
        XCTAssertEqual(q.values("//text:p/text:variable-set[@text:name='privdoc_reference']/@office:string-value"), ["SD-1", "SD-2"])
        XCTAssertEqual(q.values("//text:variable-set/@text:display"), ["none", "none", "none", "none"])
        XCTAssertEqual(q.values("//text:variable-set/@office:value-type"), ["string", "string", "string", "string"])
        XCTAssertEqual(q.values("//text:variable-set[@text:name='privdoc_date']/@office:string-value"), ["4 december 2026", "4 december 2026"])
        // Nothing of the values is in the text a reader sees, and a paragraph starting with them keeps its text.
        XCTAssertEqual(try ContentText.plainText(contentXML: bytes), "brief 1\nbrief 2")
    }

    func testAHeaderShowsTheVariablesByName() throws {
        let styles = try StylesWriter.write(SharedAspects(combined(), styleSheet: HouseStyleFixture.builtIn))
        let q = try XCTUnwrap(XMLQuery(styles.bytes))
        XCTAssertEqual(q.values("//style:master-page[@style:name='Standard']/style:header//text:variable-get/@text:name"),
                       ["privdoc_reference", "privdoc_date"])
        XCTAssertEqual(q.value("//style:master-page[@style:name='Standard']/style:header/text:p"), "Kenmerk:  · \u{2066}\u{2069}")
    }

    func testVariablesOnlyAHeaderShowsAreDeclaredToo() throws {
        var d = combined()
        d.body = [para("zonder waarden")]
        let q = try XCTUnwrap(XMLQuery(try content(d)))
        XCTAssertEqual(q.values("//text:variable-decl/@text:name"), ["privdoc_reference", "privdoc_date"])
    }

    func testADocumentWithoutVariablesHasNoDeclarations() throws {
        XCTAssertEqual(try contentQuery([para("a")]).count("//text:variable-decls"), 0)
    }

    func testValuesAreCheckedAndNamesRequired() {
        assertThrows(.illegalCharacter(scalar: 0x01, context: "value of variable \"v\" in paragraph 1 of the body")) {
            _ = try contentXML([.paragraph(Paragraph([.field(.setVariable(name: "v", value: "a\u{01}"))]))])
        }
        assertInvalidModel("has no name") { _ = try contentXML([.paragraph(Paragraph([.field(.variable(""))]))]) }
    }
}

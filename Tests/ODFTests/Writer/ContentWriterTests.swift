import TestSupport
import XCTest
@testable import ODF

/// The body of `content.xml`: automatic styles, page starts, headings, frames and fields.
final class ContentWriterTests: XCTestCase {
    func testTheFirstParagraphCarriesTheFirstPageLayout() throws {
        let q = try contentQuery([para("een"), para("twee")])
        XCTAssertEqual(q.values("//text:p/@text:style-name"), ["P1", "Text_20_body"])
        XCTAssertEqual(q.value("//style:style[@style:name='P1']/@style:master-page-name"), "First_20_Page")
        XCTAssertEqual(q.value("//style:style[@style:name='P1']/@style:parent-style-name"), "Text_20_body")
    }

    func testAnEmptyModelStillHasOneParagraph() throws {
        let q = try contentQuery([])
        XCTAssertEqual(q.count("//office:text/*"), 1)
        XCTAssertEqual(q.value("//office:text/text:p/@text:style-name"), "P1")
    }

    func testATableFirstCarriesTheFirstPageLayoutInItsTableStyle() throws {
        let q = try contentQuery([.table(Table(columns: [.mm(20)], rows: [TableRow([TableCell(text: [.text("x")])])]))])
        let style = try XCTUnwrap(q.value("//table:table/@table:style-name"))
        XCTAssertEqual(q.value("//style:style[@style:name='\(style)']/@style:master-page-name"), "First_20_Page")
    }

    func testPageBreaksStyleTheNextBlock() throws {
        let q = try contentQuery([
            para("a"), .pageBreak(PageBreak()), .heading(Heading(level: 1, [.text("b")])),
            .pageBreak(PageBreak(startsFirstPageLayout: true, restartsPageNumbering: true)), para("c"),
            .pageBreak(PageBreak(restartsPageNumbering: true)), para("d"),
        ])
        XCTAssertEqual(q.value("//text:h/@text:style-name"), "P2")
        XCTAssertEqual(q.value("//style:style[@style:name='P2']/@style:parent-style-name"), "Heading_20_1")
        XCTAssertEqual(q.value("//style:style[@style:name='P2']/style:paragraph-properties/@fo:break-before"), "page")
        XCTAssertEqual(q.value("//style:style[@style:name='P3']/@style:master-page-name"), "First_20_Page")
        XCTAssertEqual(q.value("//style:style[@style:name='P3']/style:paragraph-properties/@style:page-number"), "1")
        XCTAssertEqual(q.value("//style:style[@style:name='P4']/@style:master-page-name"), "Standard")
        XCTAssertEqual(q.value("//style:style[@style:name='P4']/style:paragraph-properties/@style:page-number"), "1")
        XCTAssertEqual(q.values("//text:p/@text:style-name"), ["P1", "P3", "P4"])
    }

    func testABreakBeforeAnyContentKeepsTheLetterhead() throws {
        let q = try contentQuery([.pageBreak(PageBreak(startsFirstPageLayout: true, restartsPageNumbering: true)), para("a")])
        XCTAssertEqual(q.count("//text:p"), 1)
        XCTAssertEqual(q.value("//style:style[@style:name='P1']/@style:master-page-name"), "First_20_Page")
    }

    func testTwoBreaksInARowLeaveAnEmptyPage() throws {
        let q = try contentQuery([para("a"), .pageBreak(PageBreak()), .pageBreak(PageBreak()), para("b")])
        XCTAssertEqual(q.count("//text:p"), 3)
        XCTAssertEqual(q.values("//text:p/@text:style-name"), ["P1", "P2", "P2"])
    }

    func testKeepWithNextAndDeduplicatedAutomaticStyles() throws {
        let q = try contentQuery([para("a"), .paragraph(Paragraph([.text("b")], keepWithNext: true)),
                                  .paragraph(Paragraph([.text("c")], keepWithNext: true))])
        XCTAssertEqual(q.values("//text:p/@text:style-name"), ["P1", "P2", "P2"])
        XCTAssertEqual(q.value("//style:style[@style:name='P2']/style:paragraph-properties/@fo:keep-with-next"), "always")
        XCTAssertEqual(q.count("//office:automatic-styles/style:style[@style:family='paragraph']"), 2)
    }

    func testAutomaticStylesComeBeforeTheBody() throws {
        let raw = String(decoding: try contentXML([para("a")]), as: UTF8.self)
        let styles = try XCTUnwrap(raw.range(of: "<office:automatic-styles>"))
        let body = try XCTUnwrap(raw.range(of: "<office:body>"))
        XCTAssertLessThan(styles.lowerBound, body.lowerBound)
        XCTAssertTrue(raw.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "))
    }

    func testHeadingsCarryTheirOutlineLevel() throws {
        let q = try contentQuery([para("x"), .heading(Heading(level: 3, [.text("1.1.1 Termijnen")]))])
        XCTAssertEqual(q.value("//text:h/@text:outline-level"), "3")
        XCTAssertEqual(q.value("//text:h/@text:style-name"), "Heading_20_3")
        XCTAssertEqual(q.value("//text:h"), "1.1.1 Termijnen")
    }

    func testHeadingLevelsOutsideOneToTenAreRejected() {
        for level in [0, 11, -1] {
            assertInvalidModel("heading level \(level)") { _ = try contentXML([.heading(Heading(level: level, [.text("x")]))]) }
        }
    }

    func testSpansLinksFieldsAndIsolates() throws {
        let q = try contentQuery([.paragraph(Paragraph([
            .emphasis([.text("i "), .strong([.text("b")])]), .underline([.text("u")]),
            .link(url: "https://voorbeeld.nl", [.text("link")]), .field(.pageNumber), .field(.pageCount),
            .isolate(.leftToRight, [.text("SD-1")]), .isolate(.rightToLeft, [.text("ب")]),
        ]))])
        XCTAssertEqual(q.values("//text:span/@text:style-name"), ["Emphasis", "Strong_20_Emphasis", "Underline"])
        XCTAssertEqual(q.value("//text:a/@xlink:type"), "simple")
        XCTAssertEqual(q.value("//text:a/@text:style-name"), "Internet_20_link")
        XCTAssertEqual(q.value("//text:page-number/@text:select-page"), "current")
        XCTAssertEqual(q.count("//text:page-count"), 1)
        XCTAssertTrue(try XCTUnwrap(q.value("//text:p")).hasSuffix("\u{2066}SD-1\u{2069}\u{2067}ب\u{2069}"))
    }

    func testPageFramesAreAnchoredToTheParagraphAndPlacedOnThePage() throws {
        let window = Frame(name: "AddressWindow", content: .textBox([Paragraph([.text("A. Jansen")], style: .address)]),
                           x: .mm(20), y: .mm(50), width: .mm(85), height: .mm(35), origin: .page)
        let q = try contentQuery([.paragraph(Paragraph([.frame(window)], style: .opening))])
        XCTAssertEqual(q.value("//draw:frame/@text:anchor-type"), "paragraph")
        XCTAssertEqual(q.values("//draw:frame/@svg:x | //draw:frame/@svg:y | //draw:frame/@svg:width | //draw:frame/@svg:height"),
                       ["2cm", "5cm", "8.5cm", "3.5cm"])
        let style = try XCTUnwrap(q.value("//draw:frame/@draw:style-name"))
        let properties = "//style:style[@style:name='\(style)']/style:graphic-properties"
        XCTAssertEqual(q.value("\(properties)/@style:vertical-rel"), "page")
        XCTAssertEqual(q.value("\(properties)/@style:horizontal-rel"), "page")
        XCTAssertEqual(q.value("\(properties)/@style:wrap"), "none")
        XCTAssertEqual(q.value("//style:style[@style:name='\(style)']/@style:parent-style-name"), "Frame")
        XCTAssertEqual(q.value("//draw:text-box/text:p[@text:style-name='Address']"), "A. Jansen")
    }

    func testParagraphFramesStandInTheLine() throws {
        let logo = Frame(name: "Logo", content: .image("logo.png"), x: .mm(0), y: .mm(2), width: .mm(30), height: .mm(20),
                         origin: .paragraph)
        let q = try contentQuery([.paragraph(Paragraph([.frame(logo)]))], images: ["logo.png"])
        XCTAssertEqual(q.value("//draw:frame/@text:anchor-type"), "as-char")
        XCTAssertEqual(q.value("//draw:image/@xlink:href"), "Pictures/logo.png")
        let style = try XCTUnwrap(q.value("//draw:frame/@draw:style-name"))
        XCTAssertEqual(q.value("//style:style[@style:name='\(style)']/style:graphic-properties/@fo:margin-top"), "0.2cm")
    }

    func testRepeatedFrameNamesAreMadeUniqueDeterministically() throws {
        func window() -> Block {
            .paragraph(Paragraph([.frame(Frame(name: "AddressWindow", content: .textBox([]), x: .mm(20), y: .mm(50),
                                               width: .mm(85), height: .mm(35), origin: .page))]))
        }
        let body = [window(), window(), .paragraph(Paragraph([.frame(Frame(name: "AddressWindow_2", content: .textBox([]),
                                                                           x: .mm(0), y: .mm(0), width: .mm(1), height: .mm(1),
                                                                           origin: .page))])), window()]
        XCTAssertEqual(try contentQuery(body).values("//draw:frame/@draw:name"),
                       ["AddressWindow", "AddressWindow_2", "AddressWindow_2_2", "AddressWindow_3"])
    }

    func testUnknownImagesAndEmptyFramesAreRejected() {
        assertInvalidModel("shows image \"nope.png\"") {
            _ = try contentXML([.paragraph(Paragraph([.frame(Frame(name: "L", content: .image("nope.png"), x: .mm(0), y: .mm(0),
                                                                   width: .mm(1), height: .mm(1), origin: .page))]))])
        }
        assertInvalidModel("size above zero") {
            _ = try contentXML([.paragraph(Paragraph([.frame(Frame(name: "L", content: .textBox([]), x: .mm(0), y: .mm(0),
                                                                   width: .mm(0), height: .mm(1), origin: .page))]))])
        }
    }

    func testLengthsAreWrittenInCentimetresWithFixedPrecision() {
        XCTAssertEqual(Length.mm(20).odf, "2cm")
        XCTAssertEqual(Length.mm(42.5).odf, "4.25cm")
        XCTAssertEqual(Length.mm(0.01).odf, "0.001cm")
        XCTAssertEqual(Length.mm(1.0 / 3).odf, "0.033cm")
        XCTAssertEqual(Length.mm(-5).odf, "-0.5cm")
        XCTAssertEqual(Length.cm(21).odf, "21cm")
    }
}

import TestSupport
import XCTest
@testable import ODF

/// ODF white space (part 3, §6.1.2–6.1.4) through the one `WhitespaceEncoder`.
final class WhitespaceEncoderTests: XCTestCase {
    func testSingleSpacesStayLiteral() throws {
        XCTAssertEqual(try paragraphInner([.text("a b c")]), "a b c")
    }

    func testLeadingSpaceBecomesTextS() throws {
        XCTAssertEqual(try paragraphInner([.text(" a")]), "<text:s/>a")
        XCTAssertEqual(try paragraphInner([.text("   a")]), "<text:s text:c=\"3\"/>a")
    }

    func testRunsOfSpacesKeepTheFirstLiteral() throws {
        XCTAssertEqual(try paragraphInner([.text("a  b")]), "a <text:s/>b")
        XCTAssertEqual(try paragraphInner([.text("a    b")]), "a <text:s text:c=\"3\"/>b")
    }

    func testTrailingSingleSpaceStaysLiteral() throws {
        XCTAssertEqual(try paragraphInner([.text("a ")]), "a ")
    }

    func testTabAndSpaceAfterTab() throws {
        XCTAssertEqual(try paragraphInner([.text("a\tb")]), "a<text:tab/>b")
        XCTAssertEqual(try paragraphInner([.text("a\t b")]), "a<text:tab/><text:s/>b")
        XCTAssertEqual(try paragraphInner([.text("a"), .tab, .text(" b")]), "a<text:tab/><text:s/>b")
    }

    func testNewlineVariantsBecomeOneLineBreakEach() throws {
        for text in ["a\nb", "a\r\nb", "a\rb"] {
            XCTAssertEqual(try paragraphInner([.text(text)]), "a<text:line-break/>b", text.debugDescription)
        }
        XCTAssertEqual(try paragraphInner([.text("a\r\n\nb")]), "a<text:line-break/><text:line-break/>b")
        XCTAssertEqual(try paragraphInner([.text("a\n\rb")]), "a<text:line-break/><text:line-break/>b")
        XCTAssertEqual(try paragraphInner([.text("a\n b")]), "a<text:line-break/><text:s/>b")
    }

    func testCRLFSplitAcrossTextRunsIsOneBreak() throws {
        XCTAssertEqual(try paragraphInner([.text("a\r"), .text("\nb")]), "a<text:line-break/>b")
        XCTAssertEqual(try paragraphInner([.text("a\r"), .strong([.text("\nb")])]),
                       "a<text:line-break/><text:span text:style-name=\"Strong_20_Emphasis\">b</text:span>")
    }

    func testStateCarriesAcrossSpanBoundaries() throws {
        XCTAssertEqual(try paragraphInner([.text("a "), .strong([.text(" b")])]),
                       "a <text:span text:style-name=\"Strong_20_Emphasis\"><text:s/>b</text:span>")
        XCTAssertEqual(try paragraphInner([.emphasis([.text(" a")])]),
                       "<text:span text:style-name=\"Emphasis\"><text:s/>a</text:span>")
        XCTAssertEqual(try paragraphInner([.emphasis([.text("a ")]), .text(" b")]),
                       "<text:span text:style-name=\"Emphasis\">a </text:span><text:s/>b")
        XCTAssertEqual(try paragraphInner([.text("a"), .lineBreak, .text(" b")]), "a<text:line-break/><text:s/>b")
        XCTAssertEqual(try paragraphInner([.link(url: "https://x.nl", [.text("a ")]), .text(" b")]),
                       "<text:a xlink:type=\"simple\" xlink:href=\"https://x.nl\" text:style-name=\"Internet_20_link\" text:visited-style-name=\"Internet_20_link\">a </text:a><text:s/>b")
    }

    func testFieldsCountAsVisibleText() throws {
        XCTAssertEqual(try paragraphInner([.field(.pageNumber), .text(" van "), .field(.pageCount)]),
                       "<text:page-number text:select-page=\"current\"/> van <text:page-count/>")
    }

    func testEveryParagraphStartsFresh() throws {
        let xml = String(decoding: try contentXML([para("a "), para(" b")]), as: UTF8.self)
        XCTAssertTrue(xml.contains(">a </text:p>"))
        XCTAssertTrue(xml.contains("><text:s/>b</text:p>"))
    }

    func testAReaderSeesExactlyTheModelText() throws {
        let text = "  two  spaces\tand\na break\r\nand  \t  more   "
        let bytes = try contentXML([.paragraph(Paragraph([.text(text)]))])
        // The first paragraph is the one written; ContentText applies ODF's own collapsing rules.
        XCTAssertEqual(try ContentText.plainText(contentXML: bytes),
                       "  two  spaces\tand\na break\nand  \t  more   ")
    }
}

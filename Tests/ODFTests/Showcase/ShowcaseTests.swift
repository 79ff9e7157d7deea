import TestSupport
import XCTest
@testable import ODF
import Showcase

/// The showcase: golden parts (pretty-printed), full feature use, and readable text.
final class ShowcaseTests: XCTestCase {
    func showcase() throws -> UnzippedPackage {
        try UnzippedPackage(try ODFWriter.package(Showcase.document(date: testDate)))
    }

    func testGoldenContent() throws { assertMatchesGolden(try showcase().prettyXML("content.xml"), named: "showcase-content.xml") }
    func testGoldenStyles() throws { assertMatchesGolden(try showcase().prettyXML("styles.xml"), named: "showcase-styles.xml") }
    func testGoldenMeta() throws { assertMatchesGolden(try showcase().prettyXML("meta.xml"), named: "showcase-meta.xml") }

    func testItUsesEveryParagraphStyle() throws {
        let package = try showcase()
        let used = Set(try XCTUnwrap(package.query("content.xml")).values("//@text:style-name | //@style:parent-style-name")
                       + (try XCTUnwrap(package.query("styles.xml")).values("//style:master-page//text:p/@text:style-name")))
        for role in ParagraphRole.allCases {
            let name = HouseStyleFixture.builtIn.styleName(for: role)
            XCTAssertTrue(used.contains(name), "showcase does not use \(name)")
        }
    }

    func testItUsesEveryBlockAndInlineFeature() throws {
        let q = try XCTUnwrap(try showcase().query("content.xml"))
        XCTAssertEqual(Set(q.values("//text:h/@text:outline-level")), ["1", "2", "3"])
        XCTAssertGreaterThan(q.count("//text:list//text:list"), 0, "nested list")
        XCTAssertEqual(q.count("//text:list[@text:continue-list]"), 1)
        XCTAssertGreaterThan(q.count("//table:covered-table-cell"), 1)
        XCTAssertGreaterThan(q.count("//@table:number-rows-spanned"), 0)
        XCTAssertGreaterThan(q.count("//@table:number-columns-spanned"), 0)
        XCTAssertGreaterThan(q.count("//text:s[@text:c]"), 0)
        XCTAssertGreaterThan(q.count("//text:tab"), 0)
        XCTAssertGreaterThan(q.count("//text:line-break"), 0)
        XCTAssertGreaterThan(q.count("//text:a"), 0)
        XCTAssertGreaterThan(q.count("//style:paragraph-properties[@fo:break-before='page']"), 0)
        XCTAssertGreaterThan(q.count("//style:paragraph-properties[@fo:keep-with-next='always']"), 0)
        XCTAssertEqual(q.count("//text:p[@text:style-name = //style:style[@style:master-page-name='First_20_Page']/@style:name]"), 2)
        XCTAssertTrue(try XCTUnwrap(q.value("//office:text")).contains("\u{2067}"))
        let styles = try XCTUnwrap(try showcase().query("styles.xml"))
        XCTAssertEqual(styles.count("//style:master-page[@style:name='First_20_Page']/style:header//draw:image"), 1)
        XCTAssertEqual(styles.count("//style:footer//text:page-count"), 2)
        XCTAssertEqual(styles.count("//style:master-page[@style:name='Standard']//draw:frame"), 0, "letterhead on page 1 only")
    }

    func testAReaderFindsTheText() throws {
        let text = try showcase().plainText()
        XCTAssertTrue(text.contains("Mevrouw A. Jansen\nKerkstraat 12\n1234 AB  VOORBEELDSTAD"))
        XCTAssertTrue(text.contains("Uw klantnummer:   12 345  678"))
        XCTAssertTrue(text.contains("Wij kregen deze gegevens van:\nde Basisregistratie Personen\tsinds 2019\nuzelf"))
    }

    func testTheEmblemIsAValidPNG() {
        let png = EmblemPNG.bytes
        XCTAssertEqual(Array(png[0..<8]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(Array(png[12..<16]), Array("IHDR".utf8))
        XCTAssertEqual(Array(png.suffix(8).prefix(4)), Array("IEND".utf8))
    }
}

import TestSupport
import XCTest
@testable import ODF

/// `styles.xml`: the house style, page layouts, master pages, language and direction.
final class StylesWriterTests: XCTestCase {
    func styles(_ d: Document) throws -> XMLQuery {
        try XCTUnwrap(XMLQuery(try StylesWriter.write(SharedAspects(d, styleSheet: HouseStyleFixture.builtIn)).bytes))
    }

    func testEveryModelParagraphStyleIsDefinedWithADisplayName() throws {
        let q = try styles(document([]))
        for role in ParagraphRole.allCases {
            let name = HouseStyleFixture.builtIn.styleName(for: role)
            XCTAssertEqual(q.count("//office:styles/style:style[@style:family='paragraph'][@style:name='\(name)']"), 1, name)
            XCTAssertNotNil(q.value("//office:styles/style:style[@style:name='\(name)']/@style:display-name"), name)
        }
        for level in 1...10 {
            XCTAssertEqual(q.value("//style:style[@style:name='Heading_20_\(level)']/@style:default-outline-level"), "\(level)")
        }
        for name in ["Emphasis", "Strong_20_Emphasis", "Underline", "Internet_20_link"] {
            XCTAssertEqual(q.count("//style:style[@style:family='text'][@style:name='\(name)']"), 1, name)
        }
        XCTAssertEqual(q.values("//text:list-style/@style:name"), ["List_20_Bullet", "List_20_Number", "List_20_Letter", "List_20_Label"])
        XCTAssertEqual(q.values("//text:list-style[@style:name='List_20_Number']/text:list-level-style-number[position() <= 3]/@style:num-format"),
                       ["1", "a", "i"])
        XCTAssertEqual(q.values("//text:list-style[@style:name='List_20_Bullet']/text:list-level-style-bullet[position() <= 3]/@text:bullet-char"),
                       ["\u{2022}", "\u{2013}", "\u{25E6}"])
        XCTAssertEqual(q.count("//text:list-style/*"), 40)
        XCTAssertEqual(Set(q.values("//text:list-style[@style:name='List_20_Label']/*/@style:num-format")), [""], "labels are text")
    }

    func testFontsSizesAndLanguage() throws {
        let q = try styles(document([]))
        XCTAssertEqual(q.values("//style:font-face/@style:name"), ["Liberation Sans", "DejaVu Sans"])
        XCTAssertEqual(q.value("//style:font-face[@style:name='Liberation Sans']/@style:font-family-generic"), "swiss")
        let text = "//style:default-style[@style:family='paragraph']/style:text-properties"
        XCTAssertEqual(q.value("\(text)/@style:font-name"), "Liberation Sans")
        XCTAssertEqual(q.value("\(text)/@style:font-name-asian"), "Liberation Sans")
        XCTAssertEqual(q.value("\(text)/@style:font-name-complex"), "DejaVu Sans")
        XCTAssertEqual(q.value("\(text)/@fo:font-size"), "10.5pt")
        XCTAssertEqual(q.value("\(text)/@fo:language"), "nl")
        XCTAssertEqual(q.value("\(text)/@fo:country"), "NL")
        XCTAssertNil(q.value("\(text)/@style:language-complex"))
        XCTAssertEqual(q.value("//style:style[@style:name='Text_20_body']/style:paragraph-properties/@fo:line-height"), "130%")
    }

    func testRightToLeftDocuments() throws {
        let q = try styles(document([], direction: .rightToLeft, language: LanguageTag(language: "ar")))
        XCTAssertEqual(q.values("//style:page-layout-properties/@style:writing-mode"), ["rl-tb", "rl-tb"])
        let defaults = "//style:default-style[@style:family='paragraph']"
        XCTAssertEqual(q.value("\(defaults)/style:paragraph-properties/@style:writing-mode"), "rl-tb")
        XCTAssertEqual(q.value("\(defaults)/style:paragraph-properties/@fo:text-align"), "right")
        XCTAssertEqual(q.value("\(defaults)/style:text-properties/@style:language-complex"), "ar")
        XCTAssertEqual(q.value("\(defaults)/style:text-properties/@fo:country"), "none")
        XCTAssertEqual(q.value("//style:style[@style:name='Right']/style:paragraph-properties/@fo:text-align"), "left")

        let ltr = try styles(document([]))
        XCTAssertEqual(ltr.values("//style:page-layout-properties/@style:writing-mode"), ["lr-tb", "lr-tb"])
        XCTAssertEqual(ltr.value("//style:style[@style:name='Right']/style:paragraph-properties/@fo:text-align"), "end")
    }

    func testMasterPagesAndPageLayouts() throws {
        let setup = PageSetup(firstPage: HeaderFooter(header: [Paragraph([.text("Briefhoofd")], style: .header)],
                                                      footer: [Paragraph([.text("Pagina "), .field(.pageNumber)], style: .footer)]),
                              followingPages: HeaderFooter(footer: [Paragraph([.field(.pageNumber)], style: .footer)]))
        let q = try styles(document([], pageSetup: setup))
        XCTAssertEqual(q.values("//style:master-page/@style:name"), ["First_20_Page", "Standard"])
        XCTAssertEqual(q.value("//style:master-page[@style:name='First_20_Page']/@style:next-style-name"), "Standard")
        XCTAssertEqual(q.value("//style:master-page[@style:name='First_20_Page']/@style:page-layout-name"), "pm1")
        XCTAssertEqual(q.value("//style:master-page[@style:name='First_20_Page']/style:header/text:p"), "Briefhoofd")
        XCTAssertEqual(q.count("//style:master-page[@style:name='Standard']/style:header"), 0)
        XCTAssertEqual(q.count("//style:master-page[@style:name='Standard']/style:footer/text:p/text:page-number"), 1)
        XCTAssertEqual(q.value("//style:page-layout[@style:name='pm1']/style:page-layout-properties/@fo:margin-top"), "1.5cm")
        XCTAssertEqual(q.value("//style:page-layout[@style:name='pm1']/style:page-layout-properties/@fo:page-width"), "21cm")
        XCTAssertEqual(q.value("//style:page-layout[@style:name='pm2']/style:page-layout-properties/@fo:page-height"), "29.7cm")
        XCTAssertEqual(q.count("//style:page-layout[@style:name='pm2']/style:header-style/*"), 0)
    }

    func testHeaderAutomaticStylesArePrefixed() throws {
        let logo = Frame(name: "Logo", content: .image("logo.png"), x: .mm(0), y: .mm(0), width: .mm(20), height: .mm(20),
                         origin: .paragraph)
        let setup = PageSetup(firstPage: HeaderFooter(header: [Paragraph([.frame(logo)], style: .header, keepWithNext: true)]))
        let output = try StylesWriter.write(SharedAspects(document([], pageSetup: setup, images: [Image(name: "logo.png", data: [1])]),
                                                          styleSheet: HouseStyleFixture.builtIn))
        let q = try XCTUnwrap(XMLQuery(output.bytes))
        XCTAssertEqual(q.values("//office:automatic-styles/style:style/@style:name"), ["MP1", "Mfr1"])
        XCTAssertEqual(output.frameNames, ["Logo"])
    }

    func testBadLanguageCodesAreRejected() {
        assertInvalidModel("language code") { _ = try ODFWriter.package(document([], language: LanguageTag(language: "nl NL"))) }
        assertInvalidModel("country code") {
            _ = try ODFWriter.package(document([], language: LanguageTag(language: "nl", country: "N-L")))
        }
    }
}

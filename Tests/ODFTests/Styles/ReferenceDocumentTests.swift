import Foundation
import TestSupport
import XCTest
@testable import ODF
import Showcase

/// A reference document made with LibreOffice (`Tests/Fixtures/house-style/briefpapier.ott`, made by
/// `make-briefpapier.py`) laid over the built-in house style (decision 050).
final class ReferenceDocumentTests: XCTestCase {
    static let fixture = HouseStyleFixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/house-style/briefpapier.ott")

    func reference() throws -> StyleSheet {
        try HouseStyleFixture.reference([UInt8](try Data(contentsOf: Self.fixture)), named: "briefpapier.ott")
    }

    /// The benchmark letter with its own letterhead, which the reference's replaces.
    func letter(_ index: Int = 0) -> Document { Showcase.onePageLetter(date: testDate, index: index) }

    func testItsFontHeaderAndPictureAppearInStylesXML() throws {
        let sheet = try reference()
        let package = try UnzippedPackage(try ODFWriter.package(letter(), styleSheet: sheet))
        let styles = try XCTUnwrap(package.query("styles.xml"))
        XCTAssertEqual(styles.count("//style:font-face[@style:name='DejaVu Serif']"), 1)
        XCTAssertEqual(styles.value("//office:styles/style:style[@style:name='Standard']/style:text-properties/@style:font-name"), "DejaVu Serif")
        XCTAssertEqual(styles.value("//office:styles/style:style[@style:name='Subject']/style:text-properties/@fo:color")?.lowercased(), "#1b5e20")
        let firstHeader = "//style:master-page[@style:name='First_20_Page']/style:header"
        XCTAssertEqual(styles.values("\(firstHeader)/text:p").last, "WerkSaam Westfriesland · Postbus 1234 · 1620 AA Hoorn · fg@werksaamwf.nl")
        // The reference's header replaces the document's letterhead; its picture is in the package.
        XCTAssertFalse(styles.values("\(firstHeader)//text:p").joined().contains("Gemeente Voorbeeldstad"))
        let href = try XCTUnwrap(styles.value("\(firstHeader)//draw:image/@xlink:href"))
        XCTAssertTrue(href.hasPrefix("Pictures/reference-"), href)
        XCTAssertFalse(package.bytes(href).isEmpty)
        XCTAssertEqual(try XCTUnwrap(package.query("META-INF/manifest.xml")).count("//manifest:file-entry[@manifest:full-path='\(href)'][@manifest:media-type='image/png']"), 1)
        XCTAssertEqual(styles.values("//style:master-page[@style:name='Standard']/style:header/text:p"), ["WerkSaam Westfriesland"])
        // Its automatic styles are renamed R…, so they never meet the writer's M… styles.
        XCTAssertTrue(styles.values("\(firstHeader)//@draw:style-name").allSatisfy { $0.hasPrefix("R") })
    }

    func testStylesItDoesNotDefineComeFromTheBuiltInSet() throws {
        let q = try XCTUnwrap(XMLQuery(try StylesWriter.write(SharedAspects(letter(), styleSheet: reference())).bytes))
        for role in ParagraphRole.allCases {
            let name = StyleSheet.roleStyleNames[role]!
            XCTAssertEqual(q.count("//office:styles/style:style[@style:family='paragraph'][@style:name='\(name)']"), 1, name)
        }
        XCTAssertEqual(q.value("//style:style[@style:name='Address']/style:paragraph-properties/@fo:text-align"), "left")
        XCTAssertEqual(q.count("//text:list-style[@style:name='List_20_Letter']"), 1)
    }

    func testItsPageLayoutGivesTheGeometry() throws {
        let sheet = try reference()
        XCTAssertEqual(sheet.firstPage.margins.left.millimetres, 25, accuracy: 0.01)
        XCTAssertEqual(sheet.firstPage.margins.top.millimetres, 12, accuracy: 0.05, "LibreOffice writes inches with four decimals")
        XCTAssertEqual(sheet.firstPage.textWidth.millimetres, 165, accuracy: 0.05)
        XCTAssertEqual(sheet.followingPages.margins.top.millimetres, 15, accuracy: 0.01)
        XCTAssertTrue(sheet.hasOwn(.firstPageHeader))
        // Properties it does not set come from the built-in house style.
        XCTAssertEqual(sheet.property("privdoc:envelope-window"), "20mm 50mm 85mm 35mm")
    }

    func testOutputIsDeterministicAndStylesAreSharedByATemplate() throws {
        let sheet = try reference()
        XCTAssertEqual(try ODFWriter.package(letter(), styleSheet: sheet), try ODFWriter.package(letter(), styleSheet: try reference()))
        let template = try PackageTemplate(prototype: letter(), styleSheet: sheet)
        let a = try UnzippedPackage(try template.package(letter(1)))
        let b = try UnzippedPackage(try template.package(letter(2)))
        XCTAssertEqual(a.bytes("styles.xml"), b.bytes("styles.xml"))
        XCTAssertEqual(PackageTemplate.Key(letter(1), styleSheet: sheet), PackageTemplate.Key(letter(2), styleSheet: try reference()))
        XCTAssertNotEqual(PackageTemplate.Key(letter(1), styleSheet: sheet), PackageTemplate.Key(letter(1), styleSheet: HouseStyleFixture.builtIn))
    }

    func testRightToLeftDocumentsKeepTheirLanguageAndAlignment() throws {
        var d = letter()
        d.direction = .rightToLeft
        d.metadata.language = LanguageTag(language: "ar")
        let q = try XCTUnwrap(XMLQuery(try StylesWriter.write(SharedAspects(d, styleSheet: reference())).bytes))
        let defaults = "//style:default-style[@style:family='paragraph']"
        XCTAssertEqual(q.value("\(defaults)/style:paragraph-properties/@fo:text-align"), "right")
        XCTAssertEqual(q.value("\(defaults)/style:text-properties/@style:language-complex"), "ar")
        let nl = try XCTUnwrap(XMLQuery(try StylesWriter.write(SharedAspects(letter(), styleSheet: reference())).bytes))
        XCTAssertNil(nl.value("\(defaults)/style:text-properties/@style:language-complex"), "LibreOffice's desktop default is not the letter's")
    }

    /// Decision 140: a document that asks for it keeps its following-page header after the reference's
    /// own (whose paragraphs stay first, as the organisation made them), on the translation's pages too;
    /// page 1 is untouched and `styles.xml` stays the same for every letter.
    func testAHeaderThatFollowsTheReferenceComesAfterItsContent() throws {
        func following(_ index: Int = 0) -> Document {
            var d = letter(index)
            d.pageSetup.followingPages.headerFollowsReference = true
            return d
        }
        let sheet = try reference()
        let styles = try XCTUnwrap(UnzippedPackage(try ODFWriter.package(following(), styleSheet: sheet)).query("styles.xml"))
        let header = "//style:master-page[@style:name='Standard']/style:header"
        XCTAssertEqual(styles.values("\(header)/text:p"), ["WerkSaam Westfriesland", "Gemeente Voorbeeldstad · Ons kenmerk SD-2026"])
        XCTAssertEqual(styles.values("\(header)/text:p/@text:style-name"), ["Header", "Header"])
        XCTAssertFalse(styles.values("//style:master-page[@style:name='First_20_Page']//text:p").joined().contains("Ons kenmerk"))
        let template = try PackageTemplate(prototype: following(), styleSheet: sheet)
        XCTAssertEqual(try UnzippedPackage(try template.package(following(1))).bytes("styles.xml"),
                       try UnzippedPackage(try template.package(following(2))).bytes("styles.xml"))

        var bilingual = following()
        bilingual.translation = Translation(language: LanguageTag(language: "en"), direction: .leftToRight,
                                            pages: HeaderFooter(header: [Paragraph([.text("Our reference SD-2026-00417")], style: .header)],
                                                                headerFollowsReference: true))
        bilingual.body.append(.pageBreak(PageBreak(startsTranslation: true)))
        bilingual.body.append(.paragraph(Paragraph([.text("Translation")])))
        let both = try XCTUnwrap(XMLQuery(try StylesWriter.write(SharedAspects(bilingual, styleSheet: sheet)).bytes))
        XCTAssertEqual(both.values("//style:master-page[@style:name='Translation']/style:header/text:p"),
                       ["WerkSaam Westfriesland", "Our reference SD-2026-00417"])
    }

    func testAReferenceStyledLetterPassesOdfCheck() throws {
        guard let checker = ODFChecker.locate() else { throw XCTSkip("odf-check not found next to the repository") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reference-check-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("briefpapier-letter.odt")
        try Data(try ODFWriter.package(Showcase.document(date: testDate), styleSheet: reference())).write(to: url)
        // With the document's following-page header after the reference's (decision 140).
        var following = Showcase.document(date: testDate)
        following.pageSetup.followingPages.headerFollowsReference = true
        let second = folder.appendingPathComponent("briefpapier-following.odt")
        try Data(try ODFWriter.package(following, styleSheet: reference())).write(to: second)
        let office = ProcessInfo.processInfo.environment["PRIVDOC_ODF_CHECK_OFFICE"] == "1"
        let (status, output) = try ODFChecker.run(checker, arguments: office ? [] : ["--no-office"], files: [url, second])
        XCTAssertEqual(status, 0, output)
    }

    func testUnusableReferencesAreRefusedWithTheirName() throws {
        assertInvalidModel("briefpapier.ott is not well-formed XML") {
            _ = try HouseStyleFixture.reference(Array("not a document".utf8), named: "briefpapier.ott")
        }
        let mimetype = Array("application/vnd.oasis.opendocument.spreadsheet".utf8)
        let spreadsheet = ZipWriter.archive([ZipEntry(name: "mimetype", method: .stored, crc32: CRC32.checksum(mimetype),
                                                        uncompressedSize: mimetype.count, data: mimetype)], date: testDate)
        assertInvalidModel("is not an OpenDocument text or text template") {
            _ = try HouseStyleFixture.reference(spreadsheet, named: "x.ods")
        }
        let flat = #"<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text"/>"#
        assertInvalidModel("needs the master pages") { _ = try StyleSheet.load(reference: Array(flat.utf8), named: "bare.fodt", over: nil) }
        let badLayout = #"""
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:automatic-styles><style:page-layout style:name="p"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="15cm" fo:margin-right="8cm"/></style:page-layout></office:automatic-styles>
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="p"/></office:master-styles></office:document>
        """#
        assertInvalidModel("bad.fodt: the page layout of page 1 has margins that leave no room for text") {
            _ = try HouseStyleFixture.reference(Array(badLayout.utf8), named: "bad.fodt")
        }
    }
}

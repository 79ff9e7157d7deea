import Foundation
import ODF
import TestSupport
import XCTest
@testable import Assembly

/// Decision 140 with an organisation's letterhead (`house-style:`, decision 050): when its following-page
/// header does not show our reference, privdoc's running header comes after that header's content, in the
/// letter's language (and the translation's on a translated besluit's own pages); when it does, the
/// header is left as the organisation made it.
final class RunningHeaderLetterheadTests: XCTestCase {
    private static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let werksaam = shipped.appendingPathComponent("templates/organisations/werksaam-westfriesland")
    /// WerkSaam's folder: briefpapier.ott, whose following-page header is "WerkSaam Westfriesland" alone.
    private static let library = try! Library.load(LibraryLayers(shipped: shipped, organisation: werksaam))

    private func document(_ template: String, example: String, language: String, library: Library = library) throws -> AssembledDocument {
        var data = try CaseData.load(file: Self.shipped.appendingPathComponent("templates/examples/\(example)"))
        data.set("language", language)
        return try Assembler(library: library).assemble(template: template, data: data, options: RenderOptions()).get()
    }

    /// The paragraphs of the header of master page `name` in styles.xml.
    private func header(_ name: String, _ doc: AssembledDocument) throws -> [String] {
        let styles = try XCTUnwrap(UnzippedPackage(try doc.package()).query("styles.xml"))
        return styles.values("//style:master-page[@style:name='\(name)']/style:header/text:p")
    }

    /// The master page `name` as written in styles.xml.
    private func headerXML(_ name: String, _ doc: AssembledDocument) throws -> String {
        let package = try PackageReader(bytes: doc.package())
        let styles = String(decoding: try XCTUnwrap(package.entry("styles.xml")), as: UTF8.self)
        let start = try XCTUnwrap(styles.range(of: "<style:master-page style:name=\"\(name)\""))
        let end = try XCTUnwrap(styles.range(of: "</style:master-page>", range: start.upperBound..<styles.endIndex))
        return String(styles[start.lowerBound..<end.upperBound])
    }

    func testTheLineComesUnderTheLetterheadsOwnFollowingHeaderInTheLettersLanguage() throws {
        let nl = try document("dsr-acknowledgement", example: "acknowledgement-access-nl.yaml", language: "nl")
        XCTAssertTrue(nl.document.pageSetup.followingPages.headerFollowsReference)
        XCTAssertEqual(try header("Standard", nl), ["WerkSaam Westfriesland", "WerkSaam Westfriesland · Ons kenmerk:  · Datum: "])
        XCTAssertTrue(try headerXML("Standard", nl).contains("<text:p text:style-name=\"Header\">WerkSaam Westfriesland</text:p>"
            + "<text:p text:style-name=\"Header\">WerkSaam Westfriesland · Ons kenmerk: <text:variable-get text:name=\"privdoc_reference\"/>"
            + " · Datum: <text:variable-get text:name=\"privdoc_date\"/></text:p></style:header>"))
        XCTAssertFalse(try headerXML("First_20_Page", nl).contains("variable-get"), "page 1 keeps the letterhead alone")

        let en = try document("dsr-acknowledgement", example: "acknowledgement-access-nl.yaml", language: "en")
        XCTAssertEqual(try header("Standard", en), ["WerkSaam Westfriesland", "WerkSaam Westfriesland · Our reference:  · Date: "])
    }

    /// A translated besluit: the Dutch pages' header has the Dutch labels, the translation's own master
    /// page the translation's, each under the letterhead's line.
    func testATranslatedBesluitHasTheLineOnBothMasterPages() throws {
        let doc = try document("dsr-decision", example: "decision-objection-en.yaml", language: "en")
        XCTAssertEqual(try header("Standard", doc), ["WerkSaam Westfriesland", "WerkSaam Westfriesland · Ons kenmerk:  · Datum: "])
        XCTAssertEqual(try header("Translation", doc), ["WerkSaam Westfriesland", "WerkSaam Westfriesland · Our reference:  · Date: "])
    }

    /// A letterhead that shows `privdoc_reference` itself keeps its header exactly; privdoc adds nothing.
    func testALetterheadThatShowsOurReferenceIsLeftAlone() throws {
        let org = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: org, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: org) }
        try FileManager.default.copyItem(at: Self.werksaam.appendingPathComponent("logo.png"), to: org.appendingPathComponent("logo.png"))
        let profile = try String(contentsOf: Self.werksaam.appendingPathComponent("organisation.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "house-style: briefpapier.ott", with: "house-style: eigen.fodt")
        try profile.write(to: org.appendingPathComponent("organisation.yaml"), atomically: true, encoding: .utf8)
        try Self.ownHeader.write(to: org.appendingPathComponent("eigen.fodt"), atomically: true, encoding: .utf8)
        let library = try Library.load(LibraryLayers(shipped: Self.shipped, organisation: org))

        let doc = try document("dsr-acknowledgement", example: "acknowledgement-access-nl.yaml", language: "en", library: library)
        XCTAssertFalse(doc.document.pageSetup.followingPages.headerFollowsReference)
        let header = try headerXML("Standard", doc)
        XCTAssertTrue(header.contains("<style:header><text:p text:style-name=\"Header\">WerkSaam · Kenmerk "
            + "<text:variable-get text:name=\"privdoc_reference\"/></text:p></style:header>"), header)
        XCTAssertFalse(header.contains("privdoc_date") || header.contains("Our reference"), header)
    }

    /// A letterhead of one page style whose following-page header shows our reference (and not the date).
    private static let ownHeader = #"""
    <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
    <office:automatic-styles><style:page-layout style:name="p"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style></style:page-layout></office:automatic-styles>
    <office:master-styles><style:master-page style:name="First_20_Page" style:page-layout-name="p" style:next-style-name="Standard"/><style:master-page style:name="Standard" style:page-layout-name="p"><style:header><text:p text:style-name="Header">WerkSaam · Kenmerk <text:variable-get text:name="privdoc_reference"/></text:p></style:header></style:master-page></office:master-styles></office:document>
    """#
}

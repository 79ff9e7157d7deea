import TestSupport
import XCTest
@testable import ODF

/// `meta.xml`: dates from the document date, properties in order, nothing random.
final class MetaWriterTests: XCTestCase {
    func testFieldsAndOrder() throws {
        let metadata = Metadata(title: "Titel", subject: "Onderwerp", description: "Omschrijving",
                                language: LanguageTag(language: "nl", country: "NL"), date: DocumentDate(year: 2026, month: 3, day: 2),
                                generator: "privdoc 0.1", keywords: ["AVG", "inzage"],
                                customProperties: [CustomProperty(name: "b", value: "2"), CustomProperty(name: "a", value: "1")])
        let q = try XCTUnwrap(XMLQuery(try MetaWriter.write(metadata)))
        XCTAssertEqual(q.value("/office:document-meta/@office:version"), "1.3")
        XCTAssertEqual(q.value("//meta:generator"), "privdoc 0.1")
        XCTAssertEqual(q.value("//dc:title"), "Titel")
        XCTAssertEqual(q.value("//dc:subject"), "Onderwerp")
        XCTAssertEqual(q.value("//dc:description"), "Omschrijving")
        XCTAssertEqual(q.value("//dc:language"), "nl-NL")
        XCTAssertEqual(q.value("//meta:creation-date"), "2026-03-02T00:00:00")
        XCTAssertEqual(q.value("//dc:date"), "2026-03-02T00:00:00")
        XCTAssertEqual(q.values("//meta:keyword"), ["AVG", "inzage"])
        XCTAssertEqual(q.values("//meta:user-defined/@meta:name"), ["b", "a"])
        XCTAssertEqual(q.values("//meta:user-defined/@meta:value-type"), ["string", "string"])
        XCTAssertEqual(q.count("//meta:editing-duration | //meta:editing-cycles | //meta:document-statistic"), 0)
    }

    func testEmptySubjectAndDescriptionAreLeftOut() throws {
        let q = try XCTUnwrap(XMLQuery(try MetaWriter.write(Metadata(title: "T", language: LanguageTag(language: "en"), date: testDate))))
        XCTAssertEqual(q.count("//dc:subject | //dc:description"), 0)
    }

    func testImpossibleDatesAreRejected() {
        for date in [DocumentDate(year: 2026, month: 2, day: 29), DocumentDate(year: 2026, month: 13, day: 1),
                     DocumentDate(year: 0, month: 1, day: 1)] {
            assertInvalidModel("does not exist") { _ = try MetaWriter.write(Metadata(title: "T", language: LanguageTag(language: "nl"), date: date)) }
        }
        XCTAssertNoThrow(try MetaWriter.write(Metadata(title: "T", language: LanguageTag(language: "nl"),
                                                       date: DocumentDate(year: 2028, month: 2, day: 29))))
    }
}

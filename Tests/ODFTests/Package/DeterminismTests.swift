import TestSupport
import XCTest
@testable import ODF
import Showcase

/// Same model and date → same bytes (DESIGN.md invariant 5).
final class DeterminismTests: XCTestCase {
    func testTheSameModelTwiceGivesTheSameBytes() throws {
        let a = try ODFWriter.package(Showcase.document(date: testDate))
        let b = try ODFWriter.package(Showcase.document(date: testDate))
        XCTAssertEqual(a, b)
    }

    func testADifferentDateChangesOnlyMetaAndTimestamps() throws {
        let body: [Block] = [para("Vaste tekst"), .table(Table(columns: [.mm(20)], rows: [TableRow([TableCell(text: [.text("x")])])]))]
        let first = document(body, images: [Showcase.logo], date: DocumentDate(year: 2026, month: 11, day: 29))
        let second = document(body, images: [Showcase.logo], date: DocumentDate(year: 2027, month: 1, day: 4))
        let a = try UnzippedPackage(try ODFWriter.package(first))
        let b = try UnzippedPackage(try ODFWriter.package(second))
        XCTAssertEqual(a.entryNames, b.entryNames)
        for name in a.entryNames where name != "meta.xml" {
            XCTAssertEqual(a.bytes(name), b.bytes(name), name)
        }
        XCTAssertNotEqual(a.bytes("meta.xml"), b.bytes("meta.xml"))
        // With the meta.xml difference removed, the archives differ only in the date fields.
        let metaOnly = try ODFWriter.package(second).count - (try ODFWriter.package(first).count)
        XCTAssertEqual(metaOnly, Deflate.compress(b.bytes("meta.xml")).data.count - Deflate.compress(a.bytes("meta.xml")).data.count)
    }

    func testATemplateGivesTheSameBytesAsAOneOffWrite() throws {
        let letters = (0..<5).map { Showcase.onePageLetter(date: testDate, index: $0) }
        let template = try PackageTemplate(prototype: letters[0])
        for letter in letters {
            XCTAssertEqual(try template.package(letter), try ODFWriter.package(letter))
        }
    }
}

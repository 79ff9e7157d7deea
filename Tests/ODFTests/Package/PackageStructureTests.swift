import TestSupport
import XCTest
@testable import ODF
import Showcase

/// The package rules (ODF 1.3 part 2) — checked on a package that needs no letter.
final class PackageStructureTests: XCTestCase {
    let image = Image(name: "logo.png", data: EmblemPNG.bytes)

    func package() throws -> [UInt8] {
        try ODFWriter.package(document([para("x")], images: [image]))
    }

    func testEntryOrderIsFixed() throws {
        XCTAssertEqual(try UnzippedPackage(try package()).entryNames,
                       ["mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/logo.png", "META-INF/manifest.xml"])
    }

    func testMimetypeIsFirstStoredAndHasNoExtraField() throws {
        let bytes = try package()
        XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(bytes[8], 0, "method STORED")
        XCTAssertEqual(bytes[9], 0)
        XCTAssertEqual(bytes[28], 0, "no extra field")
        XCTAssertEqual(bytes[29], 0)
        XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: bytes[38..<77], as: UTF8.self), "application/vnd.oasis.opendocument.text")
        let reader = try PackageReader(bytes: bytes)
        XCTAssertTrue(reader.isStored("mimetype"))
        XCTAssertTrue(reader.isStored("Pictures/logo.png"))
        XCTAssertFalse(reader.isStored("content.xml"))
        XCTAssertEqual(reader.entry("Pictures/logo.png"), image.data)
    }

    func testManifestListsEveryEntryAndNothingElse() throws {
        let unzipped = try UnzippedPackage(try package())
        let manifest = try XCTUnwrap(unzipped.query("META-INF/manifest.xml"))
        XCTAssertEqual(manifest.value("/manifest:manifest/@manifest:version"), "1.3")
        XCTAssertEqual(manifest.values("//manifest:file-entry/@manifest:full-path"),
                       ["/", "content.xml", "styles.xml", "meta.xml", "Pictures/logo.png"])
        XCTAssertEqual(manifest.values("//manifest:file-entry/@manifest:media-type"),
                       ["application/vnd.oasis.opendocument.text", "text/xml", "text/xml", "text/xml", "image/png"])
        let listed = Set(manifest.values("//manifest:file-entry/@manifest:full-path"))
        for name in unzipped.entryNames where name != "mimetype" && !name.hasPrefix("META-INF/") {
            XCTAssertTrue(listed.contains(name), name)
        }
    }

    func testEveryRootDeclaresODF13() throws {
        let unzipped = try UnzippedPackage(try package())
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            XCTAssertEqual(try XCTUnwrap(unzipped.query(part)).value("/*/@office:version"), "1.3", part)
        }
    }

    func testTimestampsComeFromTheDocumentDate() throws {
        let bytes = try ODFWriter.package(document([para("x")], date: DocumentDate(year: 2026, month: 11, day: 29)))
        let dosDate = UInt16(bytes[12]) | UInt16(bytes[13]) << 8
        XCTAssertEqual(dosDate, UInt16((2026 - 1980) << 9 | 11 << 5 | 29))
        XCTAssertEqual(bytes[10], 0)
        XCTAssertEqual(bytes[11], 0)
        XCTAssertEqual(ZipWriter.dosDate(DocumentDate(year: 1970, month: 1, day: 1)), 0x21, "clamped to 1980-01-01")
    }

    func testImageNamesMustBeSafeAndUnique() {
        assertInvalidModel("may hold only") { _ = try ODFWriter.package(document([], images: [Image(name: "../x.png", data: [1])])) }
        assertInvalidModel("extension") { _ = try ODFWriter.package(document([], images: [Image(name: "logo", data: [1])])) }
        assertInvalidModel("listed twice") { _ = try ODFWriter.package(document([], images: [image, image])) }
    }
}

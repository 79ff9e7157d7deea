import TestSupport
import XCTest
@testable import ODF

/// Reading packages back, and refusing broken ones.
final class PackageReaderTests: XCTestCase {
    func testCorruptPackagesAreRefused() throws {
        var bytes = try ODFWriter.package(document([para("Hallo")]))
        XCTAssertNoThrow(try PackageReader(bytes: bytes))
        // Flip a bit in the stored mimetype: its CRC no longer matches.
        bytes[40] ^= 0x01
        assertInvalidModel("CRC mismatch in mimetype") { _ = try PackageReader(bytes: bytes) }
        assertInvalidModel("too short") { _ = try PackageReader(bytes: [1, 2, 3]) }
        assertInvalidModel("no end of central directory") { _ = try PackageReader(bytes: [UInt8](repeating: 0, count: 100)) }
    }
}

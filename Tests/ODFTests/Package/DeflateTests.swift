import TestSupport
import XCTest
@testable import ODF

/// The deflate primitive and its reverse.
final class DeflateTests: XCTestCase {
    func testRoundTripAndCRC() throws {
        let input = Array(String(repeating: "<text:p>Geachte heer of mevrouw,</text:p>", count: 200).utf8)
        let (data, crc) = Deflate.compress(input)
        XCTAssertLessThan(data.count, input.count / 10)
        XCTAssertEqual(crc, CRC32.checksum(input))
        XCTAssertEqual(Inflater.inflate(data[...], expectedSize: input.count), input)
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
    }

    func testEmptyInput() {
        let (data, crc) = Deflate.compress([])
        XCTAssertEqual(crc, 0)
        XCTAssertEqual(Inflater.inflate(data[...], expectedSize: 0), [])
    }
}

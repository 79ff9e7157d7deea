import Foundation
import XCTest
import DocumentOutput

/// The writer never replaces a file without `overwrite`, reports identical re-writes as unchanged, and
/// recognises exactly the temporary names it makes.
final class AtomicFileWriterTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-atomic-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func testWriteThenUnchangedThenExistsDifferentThenReplaced() throws {
        let url = try folder().appendingPathComponent("a.odt")
        XCTAssertEqual(try AtomicFileWriter.write([1, 2, 3], to: url, overwrite: false), .written)
        XCTAssertEqual(try AtomicFileWriter.write([1, 2, 3], to: url, overwrite: false), .unchanged)
        XCTAssertEqual(try AtomicFileWriter.write([9], to: url, overwrite: false), .existsDifferent)
        XCTAssertEqual(try [UInt8](Data(contentsOf: url)), [1, 2, 3])
        XCTAssertEqual(try AtomicFileWriter.write([9], to: url, overwrite: true), .replaced)
        XCTAssertEqual(try [UInt8](Data(contentsOf: url)), [9])
        let left = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        XCTAssertEqual(left, ["a.odt"], "no temporary left behind")
    }

    func testAMissingFolderIsATypedErrorWithThePath() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/a.odt")
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: url, overwrite: true)) { error in
            guard case .cannotWrite(let path, let code)? = error as? OutputError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("/a.odt") || path.hasPrefix("/nonexistent-"), path)
            XCTAssertEqual(code, ENOENT)
        }
    }

    func testTemporaryNamesAreRecognisedExactly() {
        XCTAssertEqual(AtomicFileWriter.temporaryTarget(of: ".SD-1-dsr-extension-nl.odt.a9X0bC"), "SD-1-dsr-extension-nl.odt")
        XCTAssertNil(AtomicFileWriter.temporaryTarget(of: "SD-1.odt.a9X0bC"), "no leading dot")
        XCTAssertNil(AtomicFileWriter.temporaryTarget(of: ".SD-1.odt.a9X0b"), "five characters")
        XCTAssertNil(AtomicFileWriter.temporaryTarget(of: ".SD-1.odt.a9X-bC"), "not alphanumeric")
        XCTAssertNil(AtomicFileWriter.temporaryTarget(of: ".a.XXXXXX"), "too short to name a target")
    }
}

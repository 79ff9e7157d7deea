import XCTest
@testable import ODF

/// Page-relative frames (the envelope window) keep their physical position whatever the text direction.
final class FrameTests: XCTestCase {
    private func document(_ direction: TextDirection) -> Document {
        let window = Frame(name: "AddressWindow", content: .textBox([Paragraph([.text("A. Jansen")], style: .address)]),
                           x: .mm(20), y: .mm(50), width: .mm(85), height: .mm(35), origin: .page)
        return Document(metadata: Metadata(title: "t", language: LanguageTag(language: "ar"), date: DocumentDate(year: 2026, month: 11, day: 29)),
                        body: [.paragraph(Paragraph([.frame(window)], style: .opening))], direction: direction)
    }

    private func content(_ d: Document) throws -> String {
        let reader = try PackageReader(bytes: ODFWriter.package(d))
        return String(decoding: try XCTUnwrap(reader.entry("content.xml")), as: UTF8.self)
    }

    func testWindowIsWhereItSaysOnALeftToRightPage() throws {
        XCTAssertTrue(try content(document(.leftToRight)).contains(#"svg:x="2cm""#))
    }

    /// Regression: LibreOffice measures "from-left" from the right edge of a right-to-left page, which put an
    /// Arabic letter's address 105 mm from the left, outside the envelope window.
    func testWindowIsMirroredBackOnARightToLeftPage() throws {
        // 210 − 20 − 85 = 105 mm from the (mirrored) right edge = 20 mm from the physical left edge.
        XCTAssertTrue(try content(document(.rightToLeft)).contains(#"svg:x="10.5cm""#))
    }
}

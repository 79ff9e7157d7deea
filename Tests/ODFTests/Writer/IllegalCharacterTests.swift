import XMLSupport
import TestSupport
import XCTest
@testable import ODF

/// Characters XML 1.0 cannot carry are rejected with a location, never stripped (decision 002).
final class IllegalCharacterTests: XCTestCase {
    /// Every kind: NUL, other C0 controls, and the two non-characters.
    let illegal: [UInt32] = [0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0xFFFE, 0xFFFF]

    func character(_ scalar: UInt32) -> String { String(Unicode.Scalar(scalar)!) }

    func testEachKindInBodyTextIsRejectedWithItsParagraph() {
        for scalar in illegal {
            let d = document([para("eerste"), para("A. Jansen" + character(scalar) + " woont hier")])
            assertThrows(.illegalCharacter(scalar: scalar, context: "paragraph 2 of the body")) {
                _ = try ODFWriter.package(d)
            }
        }
    }

    func testTabLineFeedAndCarriageReturnAreAllowed() throws {
        XCTAssertNoThrow(try ODFWriter.package(document([para("a\tb\nc\r\nd\re")])))
    }

    func testTheMessageNamesThePlaceButNeverTheText() {
        let secret = "BSN 123456782"
        do {
            _ = try ODFWriter.package(document([para(secret + "\u{7}")]))
            XCTFail("accepted")
        } catch {
            XCTAssertFalse(error.description.contains("123456782"))
            XCTAssertEqual(error.description,
                           "paragraph 1 of the body: character U+0007 is not allowed in XML 1.0 (remove it from the input)")
        }
    }

    func testPlacesOutsideRunningText() {
        let bell = "\u{7}"
        func metadata(_ change: (inout Metadata) -> Void) -> Document {
            var d = document([para("x")])
            change(&d.metadata)
            return d
        }
        let cases: [(String, Document)] = [
            ("metadata title", metadata { $0.title = bell }),
            ("metadata subject", metadata { $0.subject = bell }),
            ("metadata description", metadata { $0.description = bell }),
            ("metadata generator", metadata { $0.generator = bell }),
            ("metadata keyword 2", metadata { $0.keywords = ["ok", bell] }),
            ("name of metadata property 1", metadata { $0.customProperties = [CustomProperty(name: bell, value: "v")] }),
            ("value of metadata property 1", metadata { $0.customProperties = [CustomProperty(name: "n", value: bell)] }),
            ("link address in paragraph 1 of the body",
             document([.paragraph(Paragraph([.link(url: "https://x.nl/" + bell, [.text("x")])]))])),
            ("frame name in paragraph 1 of the body",
             document([.paragraph(Paragraph([.frame(Frame(name: bell, content: .textBox([]), x: .mm(0), y: .mm(0),
                                                          width: .mm(1), height: .mm(1), origin: .page))]))])),
            ("paragraph 2 of the body",
             document([.paragraph(Paragraph([.frame(Frame(name: "F", content: .textBox([Paragraph([.text(bell)])]), x: .mm(0),
                                                          y: .mm(0), width: .mm(1), height: .mm(1), origin: .page))]))])),
            ("name of table 1 in the body",
             document([.table(Table(name: bell, columns: [.mm(10)], rows: []))])),
            ("paragraph 2 of the body",
             document([.table(Table(columns: [.mm(10), .mm(10)], rows: [TableRow([TableCell(text: [.text("a")]),
                                                                                 TableCell(text: [.text(bell)])])]))])),
            ("paragraph 1 of the first-page header",
             document([para("x")], pageSetup: PageSetup(firstPage: HeaderFooter(header: [Paragraph([.text(bell)])])))),
            ("paragraph 2 of the footer of the following pages",
             document([para("x")], pageSetup: PageSetup(followingPages: HeaderFooter(footer: [Paragraph([]), Paragraph([.text(bell)])])))),
            ("name of image 1", document([para("x")], images: [Image(name: "a\u{7}.png", data: [1])])),
        ]
        for (context, d) in cases {
            assertThrows(.illegalCharacter(scalar: 7, context: context)) { _ = try ODFWriter.package(d) }
        }
    }

    func testNonCharactersAreFoundInMultiByteContext() {
        XCTAssertEqual(XMLCharacters.firstIllegal(in: "é\u{FFFD}\u{FFFE}"), 0xFFFE)
        XCTAssertEqual(XMLCharacters.firstIllegal(in: "\u{EFFF}\u{FFFD}\u{FEFF}"), nil)
        XCTAssertEqual(XMLCharacters.firstIllegal(in: "ok\u{FFFF}"), 0xFFFF)
    }
}

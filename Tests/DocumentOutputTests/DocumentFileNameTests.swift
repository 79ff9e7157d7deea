import Foundation
import XCTest
import DocumentOutput

/// Decision 031: one rule makes file names safe, portable and unique.
final class DocumentFileNameTests: XCTestCase {
    private func stem(_ reference: String?) -> String { DocumentFileName.stem(reference: reference, template: "dsr-extension", language: "nl") }

    func testASafeReferenceIsKeptExactly() {
        XCTAssertEqual(stem("SD-2026-00417"), "SD-2026-00417-dsr-extension-nl")
        XCTAssertEqual(stem("a_b.c"), "a_b.c-dsr-extension-nl")
        XCTAssertEqual(stem(nil), "dsr-extension-nl")
    }

    func testSeparatorsAndWindowsCharactersNoLongerCollide() {
        let variants = ["a/b", "a\\b", "a:b", "a|b", "a\"b", "a*b", "a?b", "a<b", "a>b", "a b", "a_b"]
        let stems = variants.map(stem)
        XCTAssertEqual(Set(stems).count, variants.count, "\(stems)")
        XCTAssertTrue(stems[0].hasPrefix("a_b~") && stems[0].count == "a_b~".count + 12 + "-dsr-extension-nl".count, stems[0])
        XCTAssertEqual(stems.last, "a_b-dsr-extension-nl", "already safe: unchanged")
    }

    func testDotsNeverNameAHiddenFileOrAParentAndDoNotCollide() {
        let stems = [".", "..", "...", ".hidden", ""].map(stem)
        XCTAssertEqual(Set(stems).count, 5, "\(stems)")
        for s in stems { XCTAssertFalse(s.hasPrefix("."), s) }
        XCTAssertTrue(stems[0].hasPrefix("_~"), stems[0])
        XCTAssertTrue(stems[3].hasPrefix("hidden~"), stems[3])
    }

    func testEveryNameIsPortableASCIIOfBoundedLength() {
        for reference in ["x\u{0}y", "\u{202E}evil", "日本語", String(repeating: "é", count: 300), String(repeating: "A", count: 300), "a\r\nb"] {
            let s = stem(reference)
            XCTAssertTrue(s.utf8.allSatisfy { $0 < 0x80 }, s)
            XCTAssertFalse(s.contains { "/\\:*?\"<>|".contains($0) || $0.isNewline }, s)
            XCTAssertLessThanOrEqual(s.utf8.count, DocumentFileName.maximumReferenceLength + 1 + 13 + "-dsr-extension-nl".count, s)
        }
        XCTAssertNotEqual(stem(String(repeating: "A", count: 64) + "1"), stem(String(repeating: "A", count: 64) + "2"), "cut names stay distinct")
    }

    func testWindowsDeviceNamesAreNeverTheBaseOfAName() {
        for device in ["CON", "con", "Prn", "AUX", "NUL", "COM1", "lpt9", "CON.txt", "nul.2026"] {
            let s = DocumentFileName.safeReference(device)
            XCTAssertTrue(s.hasPrefix("_"), s)
            XCTAssertTrue(s.contains("~"), "marked as changed: \(s)")
        }
        XCTAssertEqual(DocumentFileName.safeReference("CONTRACT-1"), "CONTRACT-1")
        XCTAssertEqual(DocumentFileName.safeReference("COM10"), "COM10")
    }

    func testUnicodeNormalisationGivesOneNameForOneReference() {
        let composed = "caf\u{E9}-1", decomposed = "cafe\u{301}-1"
        XCTAssertEqual(stem(composed), stem(decomposed))
        XCTAssertNotEqual(stem(composed), stem("cafe-1"))
        XCTAssertNotEqual(stem("caf\u{E9}-1"), stem("caf\u{E8}-1"), "é and è both reduce to _ but stay distinct")
    }
}

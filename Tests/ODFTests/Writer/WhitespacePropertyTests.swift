import TestSupport
import XCTest
@testable import ODF

/// Issue 10, property: any text written through the `WhitespaceEncoder` reads back as itself with line
/// ends normalised (CR LF and CR become one line break, ODF part 3 §6.1.4) — whatever the runs of spaces
/// and tabs, and however the text is split into runs. Seeded, so every run checks the same 2,000 texts.
final class WhitespacePropertyTests: XCTestCase {
    private static let pieces = [" ", "  ", "   ", "\t", " \t ", "\n", "\r\n", "\r", "a", "é", "😀", "x y", "\u{00A0}", "<&>"]

    func testTextReadsBackNormalised() throws {
        var rng = SeededGenerator(seed: 0x5EED_0F_5ACE)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...12, using: &rng)
            let parts = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)] }
            // Split into 1–3 runs at random piece boundaries: the encoder's state carries across runs.
            var runs: [Inline] = []
            var current = ""
            for part in parts {
                current += part
                if Int.random(in: 0..<3, using: &rng) == 0 { runs.append(.text(current)); current = "" }
            }
            if !current.isEmpty { runs.append(.text(current)) }
            let text = parts.joined()
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            let bytes = try contentXML([.paragraph(Paragraph(runs))])
            XCTAssertEqual(try ContentText.plainText(contentXML: bytes), expected, text.debugDescription)
        }
    }
}

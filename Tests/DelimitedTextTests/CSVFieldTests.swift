import DelimitedText
import Foundation
import XCTest

/// The one CSV field rule (issue 10): quoting, the formula rule of decision 034, and that no writer
/// carries its own copy of them again.
final class CSVFieldTests: XCTestCase {
    func testCellsThatASpreadsheetWouldRunAreNeutralised() {
        XCTAssertEqual(CSVField.neutralised("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        for lead in ["+", "-", "@", "\t", "\r"] {
            XCTAssertEqual(CSVField.neutralised(lead + "1"), "\"'" + lead + "1\"", lead.debugDescription)
        }
        XCTAssertEqual(CSVField.neutralised("SD-2026-1"), "SD-2026-1")
        XCTAssertEqual(CSVField.neutralised("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVField.neutralised(""), "")
        XCTAssertEqual(CSVField.neutralised("1 = 1"), "1 = 1", "only a leading character is a formula")
    }

    func testDefusingOnlyPrefixes() {
        XCTAssertEqual(CSVField.defused("=1+1"), "'=1+1")
        XCTAssertEqual(CSVField.defused("1+1"), "1+1")
        XCTAssertEqual(CSVField.quoted(CSVField.defused("=a;b"), separator: UInt8(ascii: ";")), "\"'=a;b\"")
    }

    func testQuotingFollowsTheSeparatorAndEveryLineBreak() {
        XCTAssertEqual(CSVField.quoted("a;b"), "a;b")
        XCTAssertEqual(CSVField.quoted("a;b", separator: UInt8(ascii: ";")), "\"a;b\"")
        XCTAssertEqual(CSVField.quoted("a,b", separator: UInt8(ascii: ";")), "a,b")
        XCTAssertEqual(CSVField.quoted("say \"hi\""), "\"say \"\"hi\"\"\"")
        for lineBreak in ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            XCTAssertEqual(CSVField.quoted("a" + lineBreak + "b"), "\"a" + lineBreak + "b\"", lineBreak.debugDescription)
        }
        XCTAssertEqual(CSVField.quoted("Zoë, née"), "\"Zoë, née\"", "a separator after a non-ASCII letter")
        XCTAssertEqual(CSVField.quoted("Zoë"), "Zoë")
        XCTAssertEqual(CSVField.quoted("x", always: true), "\"x\"")
        XCTAssertEqual(CSVField.quoted("\"\u{301}"), "\"\"\"\u{301}\"", "a quote with a combining mark is still a quote")
        XCTAssertEqual(CSVField.quoted("tab\there", separator: UInt8(ascii: ";")), "tab\there")
    }

    /// Fails when a writer doubles quotes by itself again instead of asking `CSVField` (issue 10).
    func testNoOtherTargetQuotesCSVFields() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let doubling = #"with: "\"\"")"#
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            if try String(contentsOf: url, encoding: .utf8).contains(doubling) { offenders.append(url.lastPathComponent) }
        }
        XCTAssertEqual(offenders, [], "CSV quoting lives in DelimitedText.CSVField only")
    }
}

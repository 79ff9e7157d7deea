import Foundation
import XCTest

/// Issue 15: escape sequences in a CSV header reached the terminal in messages.
final class TerminalSafetyCommandTests: XCTestCase {
    func testBatchPrintsAHeaderNameWithAnEscapeSequenceEscaped() throws {
        let out = CLI.temporaryFolder()
        let csv = out.appendingPathComponent("rows.csv")
        try "reference,reference\u{1B}[31m,reference\u{1B}[31m\nR-1,a,b\n".write(to: csv, atomically: true, encoding: .utf8)
        let r = try CLI.run(["batch", "acknowledgement", "--data", csv.path, "--out", out.appendingPathComponent("docs").path, "--lang", "nl"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertFalse(r.stderr.unicodeScalars.contains("\u{1B}"), r.stderr)
        XCTAssertTrue(r.stderr.contains("reference\\u{001B}[31m"), r.stderr)
    }

    func testAWindows1252BatchIsRefusedBeforeAnyDocumentAndReadWithEncoding() throws {
        let out = CLI.temporaryFolder()
        let csv = out.appendingPathComponent("rows.csv")
        var bytes = Array("reference;note\nR-1;ok\n".utf8)
        bytes += Array("R-2;caf".utf8) + [0xE9, 0x0A]
        try Data(bytes).write(to: csv)
        let docs = out.appendingPathComponent("docs")
        let r = try CLI.run(["batch", "acknowledgement", "--data", csv.path, "--out", docs.path, "--lang", "nl"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("rows.csv:3: not UTF-8 text (byte 0xE9)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("--encoding cp1252"), r.stderr)
        XCTAssertEqual(CLI.documents(in: docs), [])
        // With --encoding cp1252 the file is read: what stops it now is the header check, not the encoding.
        let again = try CLI.run(["batch", "acknowledgement", "--data", csv.path, "--out", docs.path, "--lang", "nl", "--encoding", "cp1252"])
        XCTAssertFalse(again.stderr.contains("not UTF-8"), again.stderr)
        XCTAssertTrue(again.stderr.contains("rows.csv:1: header: no column for the required fields"), again.stderr)
    }
}

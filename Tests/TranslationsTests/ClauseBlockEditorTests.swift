import XCTest
@testable import Translations

final class ClauseBlockEditorTests: XCTestCase {
    private let values = ClauseValues(id: "ack.received", version: 3, sourceVersion: 4, status: .draft, text: "Nowy\ntekst")

    func testOwnKeysReplacedOthersAndCommentsKept() {
        let block = [
            "ack.received:   # the clause",
            "  # about the version",
            "  version: 2                  # raise it when the translation changes",
            "  note: keep me",
            "  status: reviewed",
            "  source-version: 3",
            "  text: |",
            "      Stary",
            "      tekst",
            "",
            "  # trailing remark",
        ]
        XCTAssertEqual(ClauseBlockEditor.replace(block, with: values, style: FileStyle()), [
            "ack.received:   # the clause",
            "  # about the version",
            "  version: 3                  # raise it when the translation changes",
            "  note: keep me",
            "  status: draft",
            "  source-version: 4",
            "  text: |",
            "      Nowy",
            "      tekst",
            "",
            "  # trailing remark",
        ])
    }

    func testMissingSourceVersionGoesAfterVersion() {
        let block = ["ack.received:", "    version: 1", "    status: draft", "    text: Stary"]
        XCTAssertEqual(ClauseBlockEditor.replace(block, with: values, style: FileStyle()), [
            "ack.received:", "    version: 3", "    source-version: 4", "    status: draft", "    text: |", "      Nowy", "      tekst",
        ])
    }

    func testFlowStyleBlockIsWrittenAnew() {
        let block = ["ack.received: {version: 1, source-version: 1, status: draft, text: Stary}"]
        XCTAssertEqual(ClauseBlockEditor.replace(block, with: values, style: FileStyle()), [
            "ack.received:", "  version: 3", "  source-version: 4", "  status: draft", "  text: |", "    Nowy", "    tekst",
        ])
    }

    func testFileStyleIsDetected() {
        XCTAssertEqual(FileStyle(lines: ["# c", "a:", "   version: 1", "   text: |", "         x"]).textIndent, "         ")
        XCTAssertEqual(FileStyle(lines: ["a:", "   version: 1", "   text: x"]).keyIndent, "   ")
        XCTAssertEqual(FileStyle(lines: ["a:", "   version: 1", "   text: x"]).textIndent, "      ")
        XCTAssertEqual(FileStyle(lines: []), FileStyle())
    }
}

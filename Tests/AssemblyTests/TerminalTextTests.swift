import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Names from the user's files are printed safely (issue 15): escape sequences, carriage returns and
/// direction controls never reach the terminal or a report as they are.
final class TerminalTextTests: XCTestCase {
    func testControlAndDirectionCharactersAreShownEscaped() {
        XCTAssertEqual(TerminalText.escaped("recipient.name"), "recipient.name")
        XCTAssertEqual(TerminalText.escaped("a\u{1B}]0;pwned\u{07}b"), "a\\u{001B}]0;pwned\\u{0007}b")
        XCTAssertEqual(TerminalText.escaped("x\ry"), "x\\u{000D}y")
        XCTAssertEqual(TerminalText.escaped("naam\u{202E}lanretxe"), "naam\\u{202E}lanretxe")
        XCTAssertEqual(TerminalText.escaped("\u{9B}31m"), "\\u{009B}31m", "C1 CSI")
        XCTAssertEqual(TerminalText.escaped("\u{7F}\u{200B}\u{2028}"), "\\u{007F}\\u{200B}\\u{2028}")
        XCTAssertEqual(TerminalText.escaped("straße é 😀 مرحبا\tok\n"), "straße é 😀 مرحبا\tok\n")
    }

    func testADiagnosticAboutAFieldNameWithAnEscapeSequencePrintsItEscaped() throws {
        let yaml = letterCase + "\n\"request.x\\e[2J\": 1\n"   // YAML's \\e is ESC
        let assembled = try assemble("letter", yaml)
        XCTAssertEqual(assembled.warnings.map(\.description),
                       ["case.yaml:6:19: warning: request.x\\u{001B}[2J: not a field of any template of the library (a typo?); ignored"])
        XCTAssertFalse(assembled.warnings.map(\.description).joined().unicodeScalars.contains("\u{1B}"))
    }
}

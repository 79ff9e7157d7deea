import Foundation
import XCTest

/// Issue 16 (decision 181): a letter whose free text is given only in another language than the letter's
/// is written with a warning on stderr that names the field and the languages, never the text; with
/// `--strict` it is refused. Per-language values (`{nl: …, en: …}`, decision 070) silence it.
final class FreeTextLanguageCommandTests: XCTestCase {
    let example = "templates/examples/extension-access-nl.yaml"
    let reasonWords = "2.000 pagina"   // from the example's extension.reason: must never be printed

    func testDutchReasonInAPolishLetterWarnsAndTheLetterIsWritten() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--lang", "pl", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("extension-access-nl.yaml:17:11: warning: extension.reason: free text written in nl only (the case's language); the pl document needs `{nl: …, pl: …}` — the pl letter shows the nl text; --strict refuses it"), r.stderr)
        XCTAssertFalse(r.stderr.contains(reasonWords), "the warning never quotes the value")
        XCTAssertEqual(CLI.documents(in: out), ["SD-2026-00388-dsr-extension-pl.odt"])
    }

    func testStrictRefusesTheLetter() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--lang", "pl", "--strict", "--out", out.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("extension-access-nl.yaml:17:11: extension.reason: free text written in nl only"), r.stderr)
        XCTAssertFalse(r.stderr.contains(reasonWords))
        XCTAssertEqual(CLI.documents(in: out), [])
    }

    func testAPerLanguageValueWithoutTheLettersLanguageWarnsNamingTheLanguagesGiven() throws {
        let folder = CLI.temporaryFolder()
        let text = try String(contentsOfFile: example, encoding: .utf8)
        let perLanguage = text.replacingOccurrences(of: "  reason: >-\n", with: "  reason:\n    de: Akte.\n    nl: >-\n")
            .replacingOccurrences(of: "\n    U ontvangt", with: "\n      U ontvangt")
            .replacingOccurrences(of: "\n    elk stuk", with: "\n      elk stuk")
        let file = folder.appendingPathComponent("case.yaml")
        try perLanguage.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["letter", "extension", "--data", file.path, "--lang", "en", "--out", folder.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("warning: extension.reason: has no en version (given in de, nl); add `en: …` — the en letter shows the nl text"), r.stderr)
        XCTAssertFalse(r.stderr.contains(reasonWords) || r.stderr.contains("Akte"))
        let strict = try CLI.run(["letter", "extension", "--data", file.path, "--lang", "en", "--strict", "--out", folder.appendingPathComponent("s").path])
        XCTAssertEqual(strict.status, 1, strict.stderr)
    }

    func testTheLettersOwnLanguageIsQuiet() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func testABesluitInEnglishWithDutchAndEnglishFreeTextIsQuiet() throws {
        // Awb 2:6: the Dutch besluit and its translation each show their own version.
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "refusal", "--data", "templates/examples/refusal-interval-en.yaml", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stderr.contains("free text"), r.stderr)
    }
}

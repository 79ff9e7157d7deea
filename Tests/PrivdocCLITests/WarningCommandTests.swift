import Foundation
import XCTest

/// Issue 15: warnings are printed, `--strict` makes them errors, and what lint calls an error is never
/// written (decision 013).
final class WarningCommandTests: XCTestCase {
    private let example = "templates/examples/extension-access-nl.yaml"

    func testAFieldTypoIsPrintedAndTheLetterIsStillWritten() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--out", out.path, "--set", "request.chanel=paper"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, """
            --set request.chanel: warning: not a field of any template of the library (a typo?); ignored
            0 error(s), 1 warning(s)

            """)
        XCTAssertEqual(CLI.documents(in: out), ["SD-2026-00388-dsr-extension-nl.odt"])
    }

    func testStrictRefusesAWarningAndWritesNothing() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--out", out.path, "--set", "request.chanel=paper", "--strict"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            --set request.chanel: not a field of any template of the library (a typo?); ignored (--strict)
            1 error(s), 0 warning(s)

            """)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(CLI.documents(in: out), [])
    }

    func testADraftLanguageAndALangOverrideArePrinted() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", example, "--out", out.path, "--lang", "pl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, r.stderr)
        XCTAssertEqual(lines.first, "\(URL(fileURLWithPath: example).lastPathComponent):2:11: warning: language: the case says another language; --lang pl wins")
        // The Dutch reason in the Polish letter (decision 181; FreeTextLanguageCommandTests).
        XCTAssertTrue(lines[1].hasPrefix("\(URL(fileURLWithPath: example).lastPathComponent):17:11: warning: extension.reason: free text written in nl only"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("locales/pl: warning: ") && lines[2].hasSuffix(" of the clauses used in pl are drafts (translations not yet reviewed); --strict refuses them"), lines[2])
        XCTAssertEqual(lines.last, "0 error(s), 3 warning(s)")
    }

    func testExplainPrintsWarningsOnStderrAndTheReportOnStdout() throws {
        let r = try CLI.run(["explain", "dsr-extension", "--data", example, "--set", "request.chanel=paper"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("--set request.chanel: warning: not a field"), r.stderr)
        XCTAssertFalse(r.stdout.contains("warning"))
    }

    func testALetterLintCallsWrongIsNotWritten() throws {
        // The letter used to say "uiterlijk op ." with the date missing, and exit 0.
        let root = CLI.temporaryFolder()
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let file = root.appendingPathComponent("locales/nl/letters-extension.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("{{deadline.extended | date}}"))
        try text.replacingOccurrences(of: "{{deadline.extended | date}}", with: "{{deadline.extnded | date}}")
            .write(to: file, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("out")
        let r = try CLI.run(["letter", "extension", "--root", root.path, "--data", CLI.root.appendingPathComponent(example).path, "--out", out.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains(": deadline.extnded: not a field of template dsr-extension (declare it under fields: or computed:)\n"), r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("locales/nl/letters-extension.yaml:"), r.stderr)
        XCTAssertEqual(CLI.documents(in: out), [])
        let lint = try CLI.run(["lint", "--root", root.path])
        XCTAssertEqual(lint.status, 1)
        XCTAssertTrue(lint.stderr.contains(": deadline.extnded: not a field of template dsr-extension"), lint.stderr)
    }

    func testLintSummarisesDraftsPerLanguage() throws {
        let r = try CLI.run(["lint"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        XCTAssertFalse(lines.contains { $0.hasSuffix(" is a draft") })
        let summaries = lines.filter { $0.contains(" are drafts (translations not yet reviewed; lint --verbose lists them)") }
        // One line per language with drafts (which ones are drafts changes as translations are reviewed).
        let languages = summaries.map { String($0.prefix(while: { $0 != ":" })) }
        XCTAssertEqual(languages, Array(Set(languages)).sorted())
        XCTAssertTrue(languages.contains("locales/pl"), "\(languages)")
        let verbose = try CLI.run(["lint", "--verbose"])
        XCTAssertGreaterThan(verbose.stderr.split(separator: "\n").filter { $0.hasSuffix(" is a draft") }.count, 1_000)
    }
}

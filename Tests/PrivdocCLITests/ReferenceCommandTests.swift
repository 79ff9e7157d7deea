import Foundation
import XCTest

/// `privdoc reference` and `privdoc check-reference` as a user runs them (issue 18).
final class ReferenceCommandTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("refcmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testReferencePrintsTheClauseForOneLanguage() throws {
        let r = try CLI.run(["reference", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Would you like to know how we handle your data"), r.stdout)
        XCTAssertTrue(r.stdout.contains("https://www.sdvoorbeeldregio.nl/en/privacy"), r.stdout)
    }

    func testReferenceForAllLanguagesWritesOneFileEach() throws {
        let out = try temporaryFolder()
        let r = try CLI.run(["reference", "--lang", "all", "--format", "odt", "--out", out.path, "--date", "2026-12-03"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(),
                       ["ar", "de", "en", "nl", "pl", "tr", "uk"].map { "privacy-reference-\($0).odt" })
        let again = try CLI.run(["reference", "--lang", "all", "--format", "odt", "--out", out.path, "--date", "2026-12-03"])
        XCTAssertEqual(again.status, 0, "the same bytes again: unchanged, no --force needed")
    }

    func testAnUnknownFormatOrLanguageIsRefused() throws {
        XCTAssertEqual(try CLI.run(["reference", "--lang", "nl", "--format", "pdf"]).status, 64)
        let unknown = try CLI.run(["reference", "--lang", "xx"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.hasPrefix("--lang: language: unknown language; the library has ar, de, en, nl, pl, tr, uk"), unknown.stderr)
    }

    func testCheckReferenceOverFixturesReportsEachFileAndExits2() throws {
        let fixtures = CLI.root.appendingPathComponent("Tests/StatementReferenceTests/Fixtures").path
        let r = try CLI.run(["check-reference", fixtures])
        XCTAssertEqual(r.status, 2, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("MISSING     \(fixtures)/no-reference.docx"), lines[0])
        XCTAssertEqual(lines.last, "4 of 5 files refer to the privacy statement")
        let json = try CLI.run(["check-reference", "--json", fixtures + "/url-in-body.docx"])
        XCTAssertEqual(json.status, 0)
        XCTAssertTrue(json.stdout.contains("\"summary\": {\"files\": 1, \"refers\": 1, \"missing\": 0, \"unreadable\": 0}"), json.stdout)
    }

    func testEveryLetterPrivdocWritesRefers() throws {
        let out = try temporaryFolder()
        let sample = try CLI.run(["sample", "--examples", "--out", out.path])
        XCTAssertEqual(sample.status, 0, sample.stderr)
        // Letters, in every language. Agreements are contracts with a processor, not correspondence
        // with a data subject; the showcase is no document of the organisation.
        let letters = try FileManager.default.subpathsOfDirectory(atPath: out.path)
            .filter { $0.hasSuffix(".odt") && !$0.contains("agreement-") && $0 != "showcase.odt" }
            .map { out.appendingPathComponent($0).path }
        XCTAssertGreaterThan(letters.count, 90)
        let r = try CLI.run(["check-reference"] + letters)
        XCTAssertEqual(r.status, 0, r.stdout.split(separator: "\n").filter { !$0.hasPrefix("refers") }.joined(separator: "\n"))
    }
}

import Foundation
import XCTest
@testable import Translations

/// Export → edit in a "CAT tool" → import, on a private copy of the fixture library.
final class RoundTripTests: XCTestCase {
    private var library: FixtureLibrary!

    override func setUpWithError() throws { library = try FixtureLibrary() }
    override func tearDown() { library.remove() }

    /// Importing an untouched export changes nothing.
    func testUntouchedExportImportsAsUnchanged() throws {
        let before = library.snapshot()
        let report = try library.importXLIFF(try library.export("pl"))
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.changed, [])
        XCTAssertEqual(report.unchanged, ["ack.objection", "ack.received", "ack.representative", "label.subject"])
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(library.snapshot(), before)
    }

    /// One edited target changes exactly that clause's lines; every other byte of every file stays.
    func testEditingOneTargetChangesOnlyThatClausesLines() throws {
        let before = library.snapshot()
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "ack.representative",
                                        text: "{{#if representative.name}}Występują Państwo w imieniu {{recipient.name}}.{{else}}" +
                                              "Złożyli Państwo wniosek we własnym imieniu.{{/if}}\\\n" +
                                              "Zob. {{ref art.subprocessors}} i [naszą politykę]({{org.privacy-url}}).",
                                        state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.changed, ["ack.representative"])
        XCTAssertEqual(report.written, ["locales/pl/letters.yaml"])

        let after = library.snapshot()
        for (path, data) in before where path != "locales/pl/letters.yaml" {
            XCTAssertEqual(after[path], data, "\(path) must stay byte-identical")
        }
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        let old = lines(before["locales/pl/letters.yaml"]!)
        let new = lines(after["locales/pl/letters.yaml"]!)
        // The clause's block is lines 14–23 (from its id to the indented comment before the next clause).
        XCTAssertEqual(Array(new[..<13]), Array(old[..<13]))
        XCTAssertEqual(Array(new.suffix(7)), Array(old.suffix(7)))
        XCTAssertEqual(Array(new[13..<(new.count - 7)]), [
            "ack.representative:",
            "  version: 2",
            "  source-version: 1",
            "  status: reviewed",
            "  note: sprawdzić z prawnikiem",
            "  text: |",
            "    {{#if representative.name}}Występują Państwo w imieniu {{recipient.name}}.{{else}}Złożyli Państwo wniosek we własnym imieniu.{{/if}}\\",
            "    Zob. {{ref art.subprocessors}} i [naszą politykę]({{org.privacy-url}}).",
            "",
            "  # Stale on purpose: the Dutch clause is at version 2.",
        ])
        let clause = try XCTUnwrap(library.catalog("pl").clauses["ack.representative"])
        XCTAssertEqual(clause.status, .reviewed)
        XCTAssertEqual(clause.version, 2)
    }

    /// A stale translation confirmed as final gets the current Dutch version; a trailing comment survives.
    func testConfirmingStaleTranslationRaisesSourceVersion() throws {
        let xliff = try library.export("pl").replacingOccurrences(of: "state=\"needs-review-translation\"", with: "state=\"final\"")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.changed, ["ack.objection"])
        let clause = try XCTUnwrap(library.catalog("pl").clauses["ack.objection"])
        XCTAssertEqual([clause.version, clause.sourceVersion], [2, 2])
        XCTAssertEqual(clause.status, .reviewed)
    }

    /// A clause the language lacks goes into the file named like the Dutch one, created when missing.
    func testNewClauseCreatesFileNamedLikeTheDutchOne() throws {
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "label.subject", text: "Dotyczy", state: "translated")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.written, ["locales/pl/labels.yaml"])
        let text = String(decoding: try XCTUnwrap(library.bytes("locales/pl/labels.yaml")), as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\nlabel.subject:\n  version: 1\n  source-version: 1\n  status: draft\n  text: Dotyczy\n"), text)
        XCTAssertEqual(try library.catalog("pl").clauses["label.subject"]?.text, "Dotyczy")
        // Exported again, the unit is now "translated" with that text.
        let (doc, _) = XLIFFReader.read(data: Data(try library.export("pl").utf8), file: "x")
        XCTAssertEqual(doc?.units.last?.target, "Dotyczy")
        XCTAssertEqual(doc?.units.last?.state, .translated)
    }

    /// XML's special characters come back exactly, in the YAML and in a new export.
    func testXMLSpecialCharactersSurvive() throws {
        let text = "Als <naam> & \"partner\" 'samen' > 1: ook # dit"
        try assertRoundTrip(language: "pl", id: "label.subject", text: text)
    }

    /// Ukrainian and Arabic (right to left) text survives into a new language's new files.
    func testNonLatinTextSurvives() throws {
        try assertRoundTrip(language: "uk", id: "ack.received",
                            text: "Ми отримали ваш запит {{request.received | date}}.\nМи розглядаємо його як запит щодо **{{request.type | label}}**.")
        try assertRoundTrip(language: "ar", id: "ack.objection",
                            text: "يمكنكم تقديم *اعتراض* (bezwaar) لدى Autoriteit Persoonsgegevens.\n\nيمكن ذلك خلال ستة أسابيع.")
        XCTAssertNotNil(library.bytes("locales/ar/letters.yaml"))
    }

    /// Several lines, a backslash line break, a blank line and a one-line text that needs quoting.
    func testMultiLineTextWithBackslashBreakSurvives() throws {
        try assertRoundTrip(language: "pl", id: "ack.objection",
                            text: "Mogą Państwo wnieść *sprzeciw* (bezwaar)\\\ndo Autoriteit Persoonsgegevens.\n\nW ciągu sześciu tygodni.")
        try assertRoundTrip(language: "pl", id: "label.subject", text: "\"Dotyczy\": sprawa")
    }

    /// `--dry-run` checks and reports, and writes nothing.
    func testDryRunWritesNothing() throws {
        let before = library.snapshot()
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "label.subject", text: "Dotyczy", state: "final")
        let report = try library.importXLIFF(xliff, dryRun: true)
        XCTAssertEqual(report.changed, ["label.subject"])
        XCTAssertTrue(report.isClean)
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(library.snapshot(), before)
        XCTAssertEqual(report.summary.last, "dry run: nothing written")
    }

    /// A CRLF file keeps its line endings, also in the lines privdoc writes.
    func testCRLFFileKeepsItsLineEndings() throws {
        let path = library.root.appendingPathComponent("locales/pl/letters.yaml")
        let crlf = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try crlf.write(to: path, atomically: true, encoding: .utf8)
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "ack.objection", text: "Nowy tekst\ndwa wiersze.", state: "translated")
        XCTAssertEqual(try library.importXLIFF(xliff).problems, [])
        let text = try String(contentsOf: path, encoding: .utf8)
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        XCTAssertEqual(try library.catalog("pl").clauses["ack.objection"]?.text, "Nowy tekst\ndwa wiersze.")
    }

    // MARK: - Helpers

    private func assertRoundTrip(language: String, id: String, text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let xliff = XLIFFEdit.setTarget(try library.export(language), id: id, text: text, state: "translated")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems, [], file: file, line: line)
        XCTAssertEqual(report.changed, [id], file: file, line: line)
        XCTAssertEqual(try library.catalog(language).clauses[id]?.text, text, file: file, line: line)
        let (doc, _) = XLIFFReader.read(data: Data(try library.export(language).utf8), file: "again.xlf")
        XCTAssertEqual(doc?.units.first { $0.id == id }?.target, text, file: file, line: line)
        XCTAssertEqual(try library.importXLIFF(try library.export(language)).changed, [], "a second import changes nothing",
                       file: file, line: line)
    }

    private func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    }
}

import Foundation
import XCTest
@testable import Translations

final class XLIFFExporterTests: XCTestCase {
    private var library: FixtureLibrary!

    override func setUpWithError() throws { library = try FixtureLibrary() }
    override func tearDown() { library.remove() }

    /// Reviewed → final, draft → translated, stale → needs-review-translation, missing → needs-translation.
    func testStatesFollowStatusAndStaleness() throws {
        let result = try XLIFFExporter.export(root: library.root, language: "pl")
        let (doc, problems) = XLIFFReader.read(data: result.data, file: "pl.xlf")
        XCTAssertEqual(problems, [])
        let states = Dictionary(uniqueKeysWithValues: doc!.units.map { ($0.id, $0.state) })
        XCTAssertEqual(states, ["ack.objection": .needsReviewTranslation, "ack.received": .final,
                                "ack.representative": .translated, "label.subject": .needsTranslation])
        XCTAssertEqual(result.counts, [.needsReviewTranslation: 1, .final: 1, .translated: 1, .needsTranslation: 1])
        XCTAssertEqual(doc!.units.map(\.id), ["ack.objection", "ack.received", "ack.representative", "label.subject"],
                       "one unit per Dutch clause, sorted by id")
        XCTAssertEqual(doc!.units.last?.target, "", "a missing translation gets an empty target")
        XCTAssertEqual(doc!.sourceLanguage, "nl")
        XCTAssertEqual(doc!.targetLanguage, "pl")
    }

    /// The whole file, compared with `Fixtures/golden/pl.xlf` (re-record with PRIVDOC_RECORD=1; the test then fails).
    func testExportMatchesGoldenFile() throws {
        let data = try XLIFFExporter.export(root: library.root, language: "pl").data
        let golden = FixtureLibrary.fixtures.appendingPathComponent("golden/pl.xlf")
        if ProcessInfo.processInfo.environment["PRIVDOC_RECORD"] == "1" {
            try data.write(to: golden)
            XCTFail("recorded \(golden.path); run again without PRIVDOC_RECORD")
            return
        }
        let expected = try XCTUnwrap(FileManager.default.contents(atPath: golden.path), "no golden file; record with PRIVDOC_RECORD=1")
        XCTAssertEqual(String(decoding: data, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    }

    /// Same library, same bytes; and xmllint (when installed) finds the file well-formed.
    func testExportIsDeterministicAndWellFormed() throws {
        let first = try XLIFFExporter.export(root: library.root, language: "pl").data
        let second = try XLIFFExporter.export(root: library.root, language: "pl").data
        XCTAssertEqual(first, second)
        let xmllint = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { return }
        let file = library.root.appendingPathComponent("pl.xlf")
        try first.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", file.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// The translator is told the versions, the staleness and what to keep.
    func testNotesTellVersionsAndWhatToKeep() throws {
        let xliff = try library.export("pl")
        XCTAssertTrue(xliff.contains("Translation (pl): version 1, translated from Dutch version 1, status reviewed. Stale:"))
        XCTAssertTrue(xliff.contains("<note from=\"privdoc\">Dutch (nl) version 2.</note>"))
        XCTAssertTrue(xliff.contains("No translation (pl) yet."))
        XCTAssertTrue(xliff.contains("Keep exactly: {{#if representative.name}}, {{recipient.name}}, {{else}}, {{/if}}, " +
                                     "{{ref art.subprocessors}}, {{org.privacy-url}}, [link text](address): keep the address, " +
                                     "\\ at the end of a line (line break)"))
    }

    func testExportRefusesDutchAndUnknownLanguages() throws {
        XCTAssertThrowsError(try XLIFFExporter.export(root: library.root, language: "nl"))
        XCTAssertThrowsError(try XLIFFExporter.export(root: library.root, language: "xx")) { error in
            guard case TranslationFailure.invalid(let problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.first?.file, "locales/xx/locale.yaml")
        }
    }

    /// A broken translation file is reported with its line, not exported half.
    func testExportReportsBrokenClauseFile() throws {
        try "ack.received:\n  version: two\n  source-version: 3\n  status: reviewed\n  text: x\n"
            .write(to: library.root.appendingPathComponent("locales/pl/broken.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try XLIFFExporter.export(root: library.root, language: "pl")) { error in
            guard case TranslationFailure.invalid(let problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.description), ["locales/pl/broken.yaml:2: unit ack.received: needs a whole-number version"])
        }
    }

    /// A Dutch text the engine cannot parse is not handed to translators (its tags would mean nothing, and
    /// no translation of it could be imported).
    func testExportRefusesADutchTextThatDoesNotParse() throws {
        try "x.broken:\n  version: 1\n  status: reviewed\n  text: Een *open\n"
            .write(to: library.root.appendingPathComponent("locales/nl/broken.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try XLIFFExporter.export(root: library.root, language: "pl")) { error in
            guard case TranslationFailure.invalid(let problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.description), [
                "locales/nl/broken.yaml:1: unit x.broken: the Dutch text does not parse (run privdoc lint): " +
                "line 1, column 5 of the text: *…* is not closed; write a backslash before a character you mean literally (\\*, \\[)",
            ])
        }
    }
}

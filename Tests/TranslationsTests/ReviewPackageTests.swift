import Foundation
import XCTest
@testable import Translations

/// Issue 16 (decision 182): the package for the qualified-translator review of one language.
final class ReviewPackageTests: XCTestCase {
    var library: FixtureLibrary!

    override func setUpWithError() throws {
        // The shipped library: its templates/data holds the termbase and the legal clauses.
        library = try ShippedLibrary().library
    }

    func files(_ language: String) throws -> [String: String] {
        let result = try ReviewPackage.make(root: library.root, language: language)
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
    }

    func testThePackageHoldsTheUnitsToReviewTheTermbaseAndAReadme() throws {
        let result = try ReviewPackage.make(root: library.root, language: "pl")
        XCTAssertEqual(result.files.map(\.name), ["README.md", "pl.xlf", "termbase-pl.tbx", "termbase-pl.csv", "back-translation-pl.txt"])
        let f = try files("pl")
        let xliff = try XCTUnwrap(f["pl.xlf"])
        XCTAssertTrue(xliff.contains("target-language=\"pl\""))
        XCTAssertFalse(xliff.contains("state=\"final\""), "signed-off units are not reviewed again")
        XCTAssertGreaterThan(result.counts.values.reduce(0, +), 100)
        XCTAssertEqual(Set(result.counts.keys).subtracting(ReviewPackage.pending), [])
        let tbx = try XCTUnwrap(f["termbase-pl.tbx"])
        XCTAssertTrue(tbx.contains("xmlns=\"urn:iso:std:iso:30042:ed-2\""))
        for term in ["bezwaar", "besluit", "beroep", "rechtbank", "verwerker", "verwerkingsverantwoordelijke", "Autoriteit Persoonsgegevens"] {
            XCTAssertTrue(tbx.contains("<term>\(term)</term>"), term)
        }
        XCTAssertTrue(tbx.contains("<langSec xml:lang=\"pl\">"))
        XCTAssertTrue(tbx.contains("<term>sprzeciw (bezwaar)</term>"))
        XCTAssertFalse(tbx.contains("Widerspruch"), "only Dutch and the package's language")
        XCTAssertTrue(try XCTUnwrap(f["termbase-pl.csv"]).hasPrefix("id,nl,pl,note\r\nbezwaar,bezwaar,sprzeciw (bezwaar),"))
        let legal = try XCTUnwrap(f["back-translation-pl.txt"]).split(separator: "\n").map(String.init)
        XCTAssertTrue(legal.contains("letter.ap-complaint"))
        XCTAssertTrue(legal.contains { $0.hasPrefix("enum.refusal.ground.") })
        XCTAssertTrue(legal.contains { $0.hasPrefix("agr.") }, "every article of the agreement")
        XCTAssertFalse(legal.contains("letter.contact"))
        XCTAssertEqual(legal.count, result.legalUnits)
        let readme = try XCTUnwrap(f["README.md"])
        for part in ["**The termbase.**", "**A back-translation of the legal clauses.**", "**A reading of the PDFs by a native speaker.**",
                     "privdoc translations import pl.xlf", "`back-translation-pl.txt`"] {
            XCTAssertTrue(readme.contains(part), part)
        }
    }

    func testSameLibrarySameBytes() throws {
        let first = try ReviewPackage.make(root: library.root, language: "ar").files
        let second = try ReviewPackage.make(root: library.root, language: "ar").files
        XCTAssertEqual(first, second)
    }

    /// xmllint (when installed) finds the XLIFF and the TBX well-formed; the import accepts the XLIFF.
    func testTheFilesAreWellFormedAndTheXLIFFImportsCleanly() throws {
        let result = try ReviewPackage.make(root: library.root, language: "uk")
        let folder = library.root.appendingPathComponent("review-uk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in result.files { try file.data.write(to: folder.appendingPathComponent(file.name)) }
        let xmllint = "/usr/bin/xmllint"
        if FileManager.default.isExecutableFile(atPath: xmllint) {
            for name in ["uk.xlf", "termbase-uk.tbx"] {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: xmllint)
                process.arguments = ["--noout", folder.appendingPathComponent(name).path]
                try process.run()
                process.waitUntilExit()
                XCTAssertEqual(process.terminationStatus, 0, name)
            }
        }
        let report = try XLIFFImporter.run(xliff: folder.appendingPathComponent("uk.xlf"), root: library.root, dryRun: true)
        XCTAssertTrue(report.isClean, "\(report.problems)")
    }

    /// The termbase is read by the batch's CSV reader (issue 10): quoted fields, a line break in a note,
    /// and problems located by the line a record starts on and the column.
    func testTheTermbaseIsReadByTheOneCSVReader() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("termbase-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("templates/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let csv = data.appendingPathComponent("termbase.csv")
        try "\u{FEFF}id,nl,en,note\r\na,\"b, c\",\"say \"\"x\"\"\",\"two\nlines\"\r\nd,e,,\r\n".write(to: csv, atomically: true, encoding: .utf8)
        let termbase = try Termbase.load(root: root)
        XCTAssertEqual(termbase.languages, ["nl", "en"])
        XCTAssertEqual(termbase.entries, [Termbase.Entry(id: "a", terms: ["nl": "b, c", "en": "say \"x\""], note: "two\nlines"),
                                          Termbase.Entry(id: "d", terms: ["nl": "e"], note: "")])
        try "id,nl,en,note\na,\"b\nc\",x,y\n,z,,\nq,,w,\nr,s\n".write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Termbase.load(root: root)) { error in
            guard case .invalid(let problems) = error as? TranslationFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.description), [
                "templates/data/termbase.csv:4: column id: a term needs an id",
                "templates/data/termbase.csv:5: column nl: a term needs its Dutch term",
                "templates/data/termbase.csv:6: expected 4 fields, found 2",
            ])
        }
    }

    func testALanguageTheTermbaseLacksIsAProblem() throws {
        let csv = library.root.appendingPathComponent("templates/data/termbase.csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        try text.replacingOccurrences(of: "id,nl,en,de,pl,uk,tr,ar,note", with: "id,nl,en,de,uk,tr,ar,note")
            .replacingOccurrences(of: ",sprzeciw (bezwaar)", with: "").write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReviewPackage.make(root: library.root, language: "pl"))
    }
}

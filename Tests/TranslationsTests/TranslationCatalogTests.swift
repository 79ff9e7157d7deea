import XCTest
@testable import Translations

final class TranslationCatalogTests: XCTestCase {
    func testClausesKeepFileLinesVersionsAndText() throws {
        let root = FixtureLibrary.fixtures.appendingPathComponent("library")
        let pl = try TranslationCatalog.load(root: root, language: "pl")
        XCTAssertEqual(pl.problems, [])
        XCTAssertEqual(pl.ids, ["ack.objection", "ack.received", "ack.representative"])
        XCTAssertEqual(pl.clauses["ack.received"], CatalogClause(
            id: "ack.received", file: "locales/pl/letters.yaml", lines: 6...12, version: 2, sourceVersion: 3, status: .reviewed,
            text: "Otrzymaliśmy Państwa wniosek w dniu {{request.received | date}}.\nTraktujemy go jako wniosek o **{{request.type | label}}**."))
        XCTAssertEqual(pl.clauses["ack.representative"]?.lines, 14...23, "an indented comment after the text belongs to the block")
        XCTAssertEqual(pl.clauses["ack.objection"]?.lines, 24...29)
        let nl = try TranslationCatalog.load(root: root, language: "nl")
        XCTAssertEqual(nl.clauses["label.subject"]?.text, "Onderwerp")
        XCTAssertNil(nl.clauses["label.subject"]?.sourceVersion)
    }

    func testDuplicateIdsAndBadYAMLAreLocated() throws {
        let library = try FixtureLibrary()
        defer { library.remove() }
        let folder = library.root.appendingPathComponent("locales/pl")
        try "ack.received:\n  version: 1\n  source-version: 1\n  status: draft\n  text: x\n"
            .write(to: folder.appendingPathComponent("more.yaml"), atomically: true, encoding: .utf8)
        try "a:\n  version: [1\n".write(to: folder.appendingPathComponent("zz.yaml"), atomically: true, encoding: .utf8)
        let pl = try TranslationCatalog.load(root: library.root, language: "pl")
        XCTAssertEqual(pl.problems.count, 2)
        XCTAssertEqual(pl.problems.first?.description,
                       "locales/pl/more.yaml:1: unit ack.received: the id is already used in locales/pl/letters.yaml line 6")
        XCTAssertEqual(pl.problems.last?.file, "locales/pl/zz.yaml")
        XCTAssertNotNil(pl.problems.last?.line)
    }
}

import Foundation
import XCTest
@testable import Assembly

/// One declaration of what each element needs (issue 10): renderer, lint, explain and the docs read it.
final class ElementDeclarationTests: XCTestCase {
    func testEveryBodyKeywordParsesAndNamesItself() {
        XCTAssertEqual(TemplateLoader.elementKeywords, Set(ElementKeyword.bodyKeywords.map(\.rawValue)))
        XCTAssertFalse(TemplateLoader.elementKeywords.contains("page-label"), "layout parts are not body keywords")
    }

    /// docs/templates.md §1.5 holds the table of the declarations between two markers; with
    /// `PRIVDOC_RECORD=1` this test rewrites it (and fails once), so the docs cannot drift from the code.
    func testTheDocsTableIsTheDeclarations() throws {
        let url = MandatoryElementsTests.root.appendingPathComponent("docs/templates.md")
        let docs = try String(contentsOf: url, encoding: .utf8)
        let begin = try XCTUnwrap(docs.range(of: "<!-- element-declarations:begin"))
        let afterBegin = try XCTUnwrap(docs.range(of: "-->\n", range: begin.upperBound..<docs.endIndex))
        let end = try XCTUnwrap(docs.range(of: "<!-- element-declarations:end -->", range: afterBegin.upperBound..<docs.endIndex))
        let table = (["| clause id | used by | holds |", "|---|---|---|"] + ElementDeclaration.all.map(\.docsRow)).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["PRIVDOC_RECORD"] == "1" {
            try docs.replacingCharacters(in: afterBegin.upperBound..<end.lowerBound, with: table).write(to: url, atomically: true, encoding: .utf8)
            return XCTFail("recorded docs/templates.md §1.5; run again without PRIVDOC_RECORD")
        }
        XCTAssertEqual(String(docs[afterBegin.upperBound..<end.lowerBound]), table, "docs/templates.md §1.5 differs from ElementDeclaration.all")
    }

    func testLintAsksForEveryDeclaredClauseOfAnElementInUse() throws {
        // Drop label.signature.signature from Dutch: the agreement uses `signatures`, so lint and the
        // render both say it is missing (once, at the element).
        let library = try FixtureCopy.basic(editing: "locales/nl/labels.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("label.signature.signature:") }.joined(separator: "\n")
        }
        let lint = library.lint(strict: false).filter { $0.code == .clauseMissing }.map(\.message)
        XCTAssertEqual(lint, ["clause label.signature.signature is missing in nl"])
        let render = try failures("agreement", agreementCase, library: library).filter { $0.code == .clauseMissing }.map(\.message)
        XCTAssertEqual(render, ["clause label.signature.signature is missing in nl"])
    }

    func testTheReferenceLineIsRenderedFromItsDeclaration() throws {
        let doc = try assemble("letter", letterCase).document
        let labels = ElementDeclaration.of(.referenceLine).clauses
        XCTAssertEqual(labels, ["label.your-letter", "label.your-reference", "label.our-reference", "label.date"])
        guard case .table(let table)? = doc.body.first(where: { if case .table = $0 { return true } else { return false } }) else {
            return XCTFail("no reference line")
        }
        XCTAssertEqual(table.rows.first?.cells.count, labels.count)
    }
}

import Assembly
import ClauseSyntax
import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Translations

/// Issue 15: an XLIFF import once accepted a clause text the clause parser could not handle; from then on
/// every letter, `lint` and `batch` crashed, Dutch ones too, because static clauses are rendered when the
/// library loads. Import now parses every target with the engine's parser and its limits, refuses what it
/// cannot read (unit id, position in the target), and writes nothing.
final class UnparsableTargetRegressionTests: XCTestCase {
    private var shipped: ShippedLibrary!
    private var library: FixtureLibrary { shipped.library }

    override func setUpWithError() throws { shipped = try ShippedLibrary() }
    override func tearDown() { library.remove() }

    /// Links nested ten thousand deep in a static clause (the subject label of every letter).
    func testDeeplyNestedTargetThatOnceCrashedEveryLetterIsRefusedAndNoFileChanges() throws {
        let before = library.snapshot()
        let deep = String(repeating: "[", count: 10_000) + "Dotyczy" + String(repeating: "](x)", count: 10_000)
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "label.subject", text: deep, state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.rejected, ["label.subject"])
        XCTAssertEqual(report.problems.map(\.message), [
            "line 1, column 33 of the target: […] would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)",
        ])
        XCTAssertEqual(report.problems.first?.unit, "label.subject")
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(library.snapshot(), before, "no file changes")
    }

    /// Any syntax error, with the position inside the target, next to a good unit that waits with it.
    func testTargetWithASyntaxErrorIsRefusedWithItsPositionAndTheGoodUnitWaits() throws {
        let before = library.snapshot()
        var xliff = try library.export("pl")
        xliff = XLIFFEdit.setTarget(xliff, id: "label.subject", text: "Dotyczy:\n**sprawa", state: "final")
        xliff = XLIFFEdit.setTarget(xliff, id: "label.date", text: "Data:", state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.rejected, ["label.subject"])
        XCTAssertEqual(report.problems.map(\.message), [
            "line 2, column 1 of the target: **…** is not closed; write a backslash before a character you mean literally (\\*, \\[)",
        ])
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(library.snapshot(), before)
    }

    /// A target over the size limit, and a condition nested past its limit.
    func testTargetsOverTheLimitsAreRefused() throws {
        var xliff = try library.export("pl")
        xliff = XLIFFEdit.setTarget(xliff, id: "label.subject", text: String(repeating: "a", count: 70_000), state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems.map(\.message),
                       ["line 1, column 1 of the target: the text is 69 KiB long; a clause text may be at most 64 KiB (templates.md §1.6)"])
    }

    /// After a successful import the library loads, lints without errors, and the Polish letter renders
    /// with the new text.
    func testAfterASuccessfulImportTheLibraryLoadsAndRenders() throws {
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "label.subject", text: "W sprawie:", state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.written, ["locales/pl/labels.yaml"])

        let loaded = try Library.load(root: library.root)
        XCTAssertEqual(loaded.lint(strict: false).filter { $0.severity == .error }.map(\.description), [])
        let data = try CaseData.load(file: ShippedLibrary.repository.appendingPathComponent("templates/examples/extension-access-nl.yaml"))
        switch Assembler(library: loaded).assemble(template: "dsr-extension", data: data, options: RenderOptions(language: "pl")) {
        case .success(let document):
            XCTAssertTrue(document.provenance.clauses.map(\.description).contains("label.subject@2"), "\(document.provenance.clauses)")
        case .failure(let problems):
            XCTFail("\(problems)")
        }
    }
}

import ClauseSyntax
import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 15: input nested thousands deep crashed the library load, `lint` and every render with SIGSEGV
/// (stack overflow in the recursive walks over the tree). Each construct, ten thousand deep, now stops
/// at the parser's documented limit with one located error — through the loader, lint and a render.
final class DeepNestingTests: XCTestCase {
    private static let deep = 10_000
    /// The clause file's text column: `  text: "` is nine characters.
    private static let textColumn = 10

    func testConditionWithTenThousandParenthesesIsOneLocatedError() throws {
        let text = "{{#if " + String(repeating: "(", count: Self.deep) + "a" + String(repeating: ")", count: Self.deep) + "}}x{{/if}}"
        try assertRefused(text, "locales/nl/deep.yaml:4:\(Self.textColumn + 6): the condition is 20001 characters long; a condition may be at most 1024 (templates.md §1.6)",
                          code: .conditionLimit)
    }

    func testConditionWithTenThousandNotsIsOneLocatedError() throws {
        let text = "{{#if " + String(repeating: "not ", count: Self.deep) + "a}}x{{/if}}"
        try assertRefused(text, "locales/nl/deep.yaml:4:\(Self.textColumn + 6): the condition is 40001 characters long; a condition may be at most 1024 (templates.md §1.6)",
                          code: .conditionLimit)
    }

    func testTenThousandNestedConditionalsAreOneLocatedError() throws {
        let text = String(repeating: "{{#if a}}", count: Self.deep) + "x" + String(repeating: "{{/if}}", count: Self.deep)
        try assertRefused(text, "locales/nl/deep.yaml:4:\(Self.textColumn): the text is 157 KiB long; a clause text may be at most 64 KiB (templates.md §1.6)",
                          code: .clauseLimit)
    }

    func testThousandsOfNestedStandaloneConditionalsStopAtTheNestingLimit() throws {
        // One `{{#if}}` per line, as many as fit in the size limit: the nesting limit stops it at line 33.
        let text = String(repeating: "{{#if note}}\n", count: 4_500) + "x"
        try assertRefused(text, "locales/nl/deep.yaml:37:5: {{#if}} would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)",
                          code: .clauseLimit, literalBlock: true)
    }

    func testTenThousandNestedLinksAreOneLocatedError() throws {
        let text = String(repeating: "[", count: Self.deep) + "a" + String(repeating: "](u)", count: Self.deep)
        try assertRefused(text, "locales/nl/deep.yaml:4:\(Self.textColumn + 32): […] would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)",
                          code: .clauseLimit)
    }

    func testEmphasisAndLinksNestedTenThousandDeepAreOneLocatedError() throws {
        let text = String(repeating: "*[", count: Self.deep / 2) + "a" + String(repeating: "](u)*", count: Self.deep / 2)
        try assertRefused(text, "locales/nl/deep.yaml:4:\(Self.textColumn + 32): *…* would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)",
                          code: .clauseLimit)
    }

    func testAVeryLongTextIsOneLocatedError() throws {
        try assertRefused(String(repeating: "Lang. ", count: 12_000),
                          "locales/nl/deep.yaml:4:\(Self.textColumn): the text is 71 KiB long; a clause text may be at most 64 KiB (templates.md §1.6)",
                          code: .clauseLimit)
    }

    func testATemplateConditionWithTenThousandNotsIsOneLocatedError() throws {
        let library = try DeepLibrary(clause: "Gewoon.", when: String(repeating: "not ", count: Self.deep) + "note")
        let expected = "templates/letter.yaml:\(library.elementLine + 1):11: the condition is 40004 characters long; a condition may be at most 1024 (templates.md §1.6)"
        let loaded = try Library.load(root: library.root)
        XCTAssertEqual(loaded.templates["letter"]?.problems.map(\.description), [expected])
        XCTAssertEqual(loaded.lint(strict: false).filter { $0.code == .conditionLimit }.map(\.description), [expected])
        XCTAssertEqual(try failures("letter", letterCase, library: loaded).map(\.description), [expected])
    }

    /// The deepest tree the parser allows — 32 levels of `*…*`, `[…]`, `{{#if}}` and `**…**` — loads
    /// without a problem and renders on a thread with a quarter of a batch worker's stack (256 KiB).
    func testTheDeepestTreeTheParserAllowsRendersOnASmallStack() throws {
        let open = String(repeating: "*[{{#if not note}}", count: 10) + "**["
        let close = "](https://example.nl)**" + String(repeating: "{{/if}}](https://example.nl)*", count: 10)
        let library = try DeepLibrary(clause: open + "diep" + close)
        defer { library.remove() }
        let loaded = try Library.load(root: library.root)
        XCTAssertEqual(loaded.locales["nl"]?.clauses["ltr.deep"]?.problems, [])
        let data = try caseData(letterCase)
        nonisolated(unsafe) var result: Result<AssembledDocument, Diagnostics>?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result = Assembler(library: loaded).assemble(template: "letter", data: data, options: RenderOptions())
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        guard case .success(let document)? = result else { return XCTFail("\(String(describing: result))") }
        XCTAssertTrue(document.provenance.clauses.map(\.description).contains("ltr.deep@1"))
    }

    /// Loads, lints and renders a library whose letter uses a clause with `text`; each must report
    /// `expected` (and nothing else about the clause), and the render must refuse the clause.
    private func assertRefused(_ text: String, _ expected: String, code: DiagnosticCode, literalBlock: Bool = false,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let library = try DeepLibrary(clause: text, literalBlock: literalBlock)
        defer { library.remove() }
        let loaded = try Library.load(root: library.root)
        let clause = try XCTUnwrap(loaded.locales["nl"]?.clauses["ltr.deep"], file: file, line: line)
        XCTAssertEqual(clause.problems.map(\.description), [expected], file: file, line: line)
        XCTAssertEqual(clause.problems.map(\.code), [code], file: file, line: line)
        XCTAssertEqual(loaded.lint(strict: false).filter { $0.location?.file == "locales/nl/deep.yaml" }.map(\.description),
                       [expected], file: file, line: line)
        // One validation (decision 013): the render refuses with lint's own located error.
        XCTAssertEqual(try failures("letter", letterCase, library: loaded, file: file, line: line).map(\.description),
                       [expected], file: file, line: line)
    }
}

/// A private copy of the basic fixture whose letter ends with `clause: ltr.deep`, a clause of every
/// language; in Dutch it holds the text under test.
private struct DeepLibrary {
    let root: URL
    /// The template line of the `clause: ltr.deep` element.
    let elementLine: Int

    init(clause text: String, literalBlock: Bool = false, when: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-deep-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        let template = root.appendingPathComponent("templates/letter.yaml")
        var yaml = try String(contentsOf: template, encoding: .utf8)
        if !yaml.hasSuffix("\n") { yaml += "\n" }
        elementLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        yaml += "  - clause: ltr.deep\n" + (when.map { "    when: \($0)\n" } ?? "")
        try yaml.write(to: template, atomically: true, encoding: .utf8)
        for language in ["nl", "en", "pl", "ar"] {
            let body: String
            if language == "nl", literalBlock {
                body = "  text: |\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            } else {
                body = "  text: \"" + (language == "nl" ? text : "Gewoon.") + "\""
            }
            let source = language == "nl" ? "" : "  source-version: 1\n"
            try "ltr.deep:\n  version: 1\n\(source)  status: reviewed\n\(body)\n"
                .write(to: root.appendingPathComponent("locales/\(language)/deep.yaml"), atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

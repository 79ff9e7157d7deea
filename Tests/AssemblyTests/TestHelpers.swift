import ClauseSyntax
import PrivdocDiagnostics
import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// Fixture libraries under `Fixtures/`, loaded once per process.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load(_ name: String) -> Library {
        do {
            return try Library.load(root: folder.appendingPathComponent(name))
        } catch {
            fatalError("fixture \(name) does not load: \(error)")
        }
    }

    static let basic = load("basic")
    static let gaps = load("gaps")
}

/// Case data from YAML text, as if read from `case.yaml`.
func caseData(_ yaml: String, file: String = "case.yaml") throws(Diagnostics) -> CaseData {
    try YAMLCaseReader.read(yaml, file: file)
}

/// A complete valid case for the `letter` fixture template.
let letterCase = """
language: nl
reference: SD-2026-00417
date: 2026-11-29
recipient: {salutation: ms, name: A. Jansen, street: Kerkstraat 12, postcode: 1234ab, city: Voorbeeldstad}
request: {type: access, received: 2026-11-16}
"""

/// A complete valid case for the `agreement` fixture template.
let agreementCase = """
language: nl
date: 2026-03-02
status: draft
reference: VWO-2026-003
controller: {signatory: {name: M. de Vries, function: directeur}}
processor:
  name: Rekenwolk B.V.
  signatory: {name: J. Bakker, function: directeur}
  signature: {place: Amersfoort, date: 2026-03-01}
subprocessing: {mode: none}
"""

extension XCTestCase {
    /// Assembles or fails the test with the diagnostics.
    func assemble(_ template: String, _ yaml: String, library: Library = Fixture.basic, options: RenderOptions = RenderOptions(),
                  file: StaticString = #filePath, line: UInt = #line) throws -> AssembledDocument {
        let data = try caseData(yaml)
        switch Assembler(library: library).assemble(template: template, data: data, options: options) {
        case .success(let doc): return doc
        case .failure(let problems):
            XCTFail("assembly failed:\n\(problems)", file: file, line: line)
            throw problems
        }
    }

    /// Assembles and expects failure; returns the diagnostics.
    func failures(_ template: String, _ yaml: String, library: Library = Fixture.basic, options: RenderOptions = RenderOptions(),
                  file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        let data = try caseData(yaml)
        switch Assembler(library: library).assemble(template: template, data: data, options: options) {
        case .success: XCTFail("expected failure", file: file, line: line); return []
        case .failure(let problems): return problems.items
        }
    }

    /// Compares `text` with `Golden/<name>`; with `PRIVDOC_RECORD=1` rewrites the golden and fails.
    func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["PRIVDOC_RECORD"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(name); run again without PRIVDOC_RECORD", file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden \(name); record with PRIVDOC_RECORD=1", file: file, line: line)
            return
        }
        XCTAssertEqual(text, expected, "differs from Golden/\(name)", file: file, line: line)
    }
}

/// The visible text of a block list, paragraphs separated by newlines (headings and list items too).
func plainText(_ blocks: [Block]) -> String {
    var lines: [String] = []
    for block in blocks {
        switch block {
        case .paragraph(let p): lines.append(RenderContext.plain(p.content))
        case .heading(let h): lines.append(RenderContext.plain(h.content))
        case .list(let l): for item in l.items { lines.append(plainText(item.blocks)) }
        case .table(let t): for row in t.headerRows + t.rows { lines.append(row.cells.map { plainText($0.blocks) }.joined(separator: " | ")) }
        case .pageBreak: lines.append("---")
        }
    }
    return lines.joined(separator: "\n")
}

/// Parses a clause text for tests; fails on errors unless `allowErrors`.
func parse(_ text: String) -> (ClauseText, [Diagnostic]) {
    ClauseText.parse(text, origin: .inline("t"))
}

/// Renders a clause text with the `letter` template of the basic fixture and the given values.
func render(_ text: String, _ values: [String: Value] = [:], language: String = "nl") -> (blocks: [Block], problems: [Diagnostic]) {
    let (parsed, problems) = parse(text)
    precondition(problems.isEmpty, "parse errors: \(problems)")
    var store = Values()
    for (k, v) in values { store[k] = v }
    var ctx = RenderContext(library: Fixture.basic, house: Fixture.basic.houseStyle!, template: Fixture.basic.templates["letter"]!,
                            locale: Fixture.basic.locales[language]!, values: store, strict: false)
    let blocks = ctx.blocks(of: parsed.nodes)
    return (blocks, ctx.bag.items)
}

/// A private copy of a fixture library with some files edited, for tests that break one thing.
enum FixtureCopy {
    /// Copies `Fixtures/<name>` to a temporary folder, applies the edits (file → new text from old; a nil
    /// result deletes the file) and loads it.
    static func load(_ name: String = "basic", _ edits: [String: (String) -> String?]) throws -> Library {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-fixture-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent(name), to: root)
        for (file, edit) in edits {
            let url = root.appendingPathComponent(file)
            let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if let new = edit(old) { try new.write(to: url, atomically: true, encoding: .utf8) } else { try FileManager.default.removeItem(at: url) }
        }
        return try Library.load(root: root)
    }

    /// The basic fixture with one file edited.
    static func basic(editing file: String, _ edit: @escaping (String) -> String?) throws -> Library {
        try load("basic", [file: edit])
    }
}

import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Templates are parsed when first needed (decision 132): a letter parses its own template, the kinds
/// come from the headers and equal what the whole files declare, a header laid out otherwise is read
/// whole, and a template broken below its header is reported to its letter and to lint. Behaviour only:
/// speed is measured by `privdoc bench letter`.
extension LazyLanguageTests {
    func testALetterParsesOnlyItsTemplate() throws {
        let lib = try Library.load(root: Self.shipped)
        XCTAssertEqual(lib.templates.parsedIDs, [], "every shipped template has its kind in its header")
        XCTAssertEqual(lib.documentKinds.map(\.templateID).sorted(), lib.templateIDs)
        _ = try Assembler(library: lib).assemble(template: "dsr-extension", data: caseFile("extension-access-nl.yaml"), options: RenderOptions()).get()
        XCTAssertEqual(lib.templates.parsedIDs, ["dsr-extension"])
        _ = lib.lint(strict: false)
        XCTAssertEqual(lib.templates.parsedIDs, lib.templateIDs)
    }

    /// The kinds read from the headers are the kinds the parsed templates declare, for every template.
    func testHeaderKindsEqualTheParsedTemplates() throws {
        let lib = try Library.load(root: Self.shipped)
        let headers = lib.documentKinds
        XCTAssertEqual(headers, lib.templates.values.compactMap(\.documentKind).sorted())
        XCTAssertEqual(headers, DocumentKind.scan(root: Self.shipped))
    }

    /// `kind:` after `fields:`: the header has no kind, so the file is read whole at load; the CLI still
    /// finds it and the letter is the same.
    func testAKindBelowTheFieldsIsFoundByReadingTheWholeFile() throws {
        let root = try libraryCopy()
        let file = root.appendingPathComponent("templates/dsr-extension.yaml")
        try edit(file) { text in
            text.replacingOccurrences(of: "command: letter\nkind: extension\n", with: "")
                .replacingOccurrences(of: "\nbody:\n", with: "\ncommand: letter\nkind: extension\nbody:\n")
        }
        let lib = try Library.load(root: root)
        XCTAssertEqual(lib.templateID(command: .letter, kind: "extension"), "dsr-extension")
        XCTAssertEqual(lib.templates.parsedIDs, ["dsr-extension"], "read whole at load")
        XCTAssertEqual(DocumentKind.scan(root: root), lib.documentKinds)
        let data = try caseFile("extension-access-nl.yaml")
        let shipped = try text(Assembler(library: Library.load(root: Self.shipped)).assemble(template: "dsr-extension", data: data, options: RenderOptions()))
        XCTAssertEqual(try text(Assembler(library: lib).assemble(template: "dsr-extension", data: data, options: RenderOptions())), shipped)
    }

    /// A YAML error below a good header: the letter gets the located syntax error (not "unknown
    /// template"), lint reports it, and the other letters are made as before.
    func testATemplateBrokenBelowItsHeaderIsReported() throws {
        let root = try libraryCopy()
        try edit(root.appendingPathComponent("templates/dsr-extension.yaml")) {
            $0.replacingOccurrences(of: "\nbody:\n", with: "\nbody:\n  - [unclosed\n")
        }
        let lib = try Library.load(root: root)
        XCTAssertEqual(lib.templateID(command: .letter, kind: "extension"), "dsr-extension")
        let result = Assembler(library: lib).assemble(template: "dsr-extension", data: try caseFile("extension-access-nl.yaml"), options: RenderOptions())
        guard case .failure(let problems) = result else { return XCTFail("a broken template made a letter") }
        XCTAssertTrue(problems.items.contains { $0.code == .templateSyntax && $0.location?.file == "templates/dsr-extension.yaml" },
                      problems.items.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(lib.lint(strict: false).contains { $0.code == .templateSyntax && $0.location?.file == "templates/dsr-extension.yaml" })
        XCTAssertNoThrow(try Assembler(library: lib).assemble(template: "dsr-acknowledgement", data: caseFile("acknowledgement-access-nl.yaml"), options: RenderOptions()).get())
    }

    func testAnEditedTemplateIsReadByTheNextLoad() throws {
        let root = try libraryCopy()
        let data = try caseFile("extension-access-nl.yaml")
        let file = root.appendingPathComponent("templates/dsr-extension.yaml")
        XCTAssertNotNil(try Library.load(root: root).templateID(command: .letter, kind: "extension"))
        try edit(file) { $0.replacingOccurrences(of: "kind: extension\n", with: "kind: verlenging\n") }
        let lib = try Library.load(root: root)
        XCTAssertNil(lib.templateID(command: .letter, kind: "extension"))
        XCTAssertEqual(lib.templateID(command: .letter, kind: "verlenging"), "dsr-extension")
        XCTAssertNoThrow(try Assembler(library: lib).assemble(template: "dsr-extension", data: data, options: RenderOptions()).get())
    }
}

/// Clause texts are parsed when first read (decision 133).
extension LazyLanguageTests {
    private func parsedTexts(_ lib: Library, _ code: String) -> Int {
        lib.locales[code]!.sortedClauses.filter { $0.body !== ClauseBody.empty && $0.body.isParsed }.count
    }

    func testALetterParsesOnlyTheClauseTextsItUses() throws {
        let lib = try Library.load(root: Self.shipped)
        _ = try Assembler(library: lib).assemble(template: "dsr-extension", data: caseFile("extension-access-nl.yaml"), options: RenderOptions()).get()
        let nl = lib.locales["nl"]!.sortedClauses.count
        let used = parsedTexts(lib, "nl")
        XCTAssertGreaterThan(used, 10)
        XCTAssertLessThan(used, nl / 2, "\(used) of \(nl) Dutch texts parsed for one extension letter")
        // An English letter needs the Dutch versions (staleness) and the Dutch texts of the clauses it uses
        // (a translation's `omits:` is checked against the fields the Dutch text prints), no others.
        let english = try Library.load(root: Self.shipped)
        _ = try Assembler(library: english).assemble(template: "dsr-extension", data: caseFile("extension-erasure-en.yaml"), options: RenderOptions()).get()
        XCTAssertEqual(english.locales.readCodes, ["en", "nl"])
        XCTAssertLessThanOrEqual(parsedTexts(english, "nl"), used)
        XCTAssertGreaterThan(parsedTexts(english, "en"), 10)
        _ = lib.lint(strict: false)
        XCTAssertEqual(parsedTexts(lib, "nl"), lib.locales["nl"]!.sortedClauses.filter { $0.body !== ClauseBody.empty }.count)
    }

    /// A broken text is found when the letter that uses it is validated, though it was not parsed at load;
    /// a letter that does not use it is made.
    func testABrokenClauseTextStillStopsTheLetterThatUsesIt() throws {
        let root = try libraryCopy()
        try edit(root.appendingPathComponent("locales/nl/letters-common.yaml")) {
            $0.replacingOccurrences(of: "Heeft u vragen over deze brief?", with: "Heeft u vragen over {{#if deze brief?")
        }
        let lib = try Library.load(root: root)
        let result = Assembler(library: lib).assemble(template: "dsr-extension", data: try caseFile("extension-access-nl.yaml"), options: RenderOptions())
        guard case .failure(let problems) = result else { return XCTFail("a letter was made with a broken clause") }
        XCTAssertTrue(problems.items.contains { $0.severity == .error && $0.location?.file == "locales/nl/letters-common.yaml" },
                      problems.items.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(lib.lint(strict: false).contains { $0.severity == .error && $0.location?.file == "locales/nl/letters-common.yaml" })
    }
}

/// What the independent review of decisions 132–133 found: each case refuses the letter lint calls wrong.
extension LazyLanguageTests {
    private func refused(_ lib: Library, _ template: String, _ example: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        let result = Assembler(library: lib).assemble(template: template, data: try caseFile(example), options: RenderOptions())
        guard case .failure(let problems) = result else { XCTFail("the letter was written", file: file, line: line); return [] }
        return problems.items
    }

    /// Two templates claiming one kind: both are refused, at their own files, in every run (the kind
    /// resolved to whichever came first in a dictionary, and the error was filed under one of them).
    func testTwoTemplatesClaimingOneKindAreBothRefused() throws {
        let root = try libraryCopy()
        let copy = root.appendingPathComponent("templates/dsr-extension2.yaml")
        try String(contentsOf: root.appendingPathComponent("templates/dsr-extension.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: dsr-extension\n", with: "id: dsr-extension2\n").write(to: copy, atomically: true, encoding: .utf8)
        for _ in 0..<5 {
            let lib = try Library.load(root: root)
            XCTAssertEqual(lib.templateID(command: .letter, kind: "extension"), "dsr-extension")
            for id in ["dsr-extension", "dsr-extension2"] {
                let problems = try refused(lib, id, "extension-access-nl.yaml")
                XCTAssertTrue(problems.contains { $0.location?.file == "templates/\(id).yaml" && $0.message.contains("is also the command and kind") },
                              problems.map(\.description).joined(separator: "\n"))
            }
        }
    }

    /// An organisation's template that is not UTF-8 replaces the shipped one and carries its read error;
    /// the shipped text is not sent in its place.
    func testAnUnreadableOrganisationTemplateIsNotReplacedByTheShippedOne() throws {
        let root = try libraryCopy()
        let org = root.appendingPathComponent("org")
        try FileManager.default.createDirectory(at: org.appendingPathComponent("templates"), withIntermediateDirectories: true)
        for name in ["organisation.yaml", "logo.png", "briefpapier.ott"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("templates/organisations/werksaam-westfriesland/\(name)"),
                                             to: org.appendingPathComponent(name))
        }
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: org.appendingPathComponent("templates/dsr-extension.yaml"))
        let lib = try Library.load(LibraryLayers(shipped: root, organisation: org, label: "org"))
        XCTAssertEqual(lib.templateID(command: .letter, kind: "extension"), "dsr-extension")
        let problems = try refused(lib, "dsr-extension", "extension-access-nl.yaml")
        XCTAssertTrue(problems.contains { $0.code == .templateRead }, problems.map(\.description).joined(separator: "\n"))
    }

    /// A Dutch source text that does not parse stops the translated letter too: the translation is judged
    /// against it (staleness, omits).
    func testABrokenDutchSourceStopsTheTranslatedLetter() throws {
        let root = try libraryCopy()
        try edit(root.appendingPathComponent("locales/nl/letters-common.yaml")) {
            $0.replacingOccurrences(of: "Heeft u vragen over deze brief?", with: "Heeft u vragen over {{#if deze brief?")
        }
        let problems = try refused(Library.load(root: root), "dsr-extension", "extension-erasure-en.yaml")
        XCTAssertTrue(problems.contains { $0.severity == .error && $0.location?.file == "locales/nl/letters-common.yaml" },
                      problems.map(\.description).joined(separator: "\n"))
    }
}

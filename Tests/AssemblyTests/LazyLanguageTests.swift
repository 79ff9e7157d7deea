import Foundation
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Languages are read when first needed (decision 130): what one letter reads, that the scoped validation
/// equals the one with every language read, and that edits are seen by the next load (nothing is cached
/// between runs, so nothing can be stale). Behaviour only: speed is measured by `privdoc bench letter`.
final class LazyLanguageTests: XCTestCase {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func caseFile(_ name: String) throws -> CaseData {
        try CaseData.load(file: Self.shipped.appendingPathComponent("templates/examples/\(name)"))
    }

    func text(_ result: Result<AssembledDocument, Diagnostics>, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let doc = try result.get()
        let content = try XCTUnwrap(PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet)).entry("content.xml"))
        return try ContentText.plainText(contentXML: content)
    }

    func testALetterReadsOnlyTheLanguagesItNeeds() throws {
        let lib = try Library.load(root: Self.shipped)
        XCTAssertEqual(lib.locales.readCodes, [])
        XCTAssertEqual(lib.languages, ["ar", "de", "en", "nl", "pl", "tr", "uk"])
        _ = try Assembler(library: lib).assemble(template: "dsr-extension", data: caseFile("extension-access-nl.yaml"), options: RenderOptions()).get()
        XCTAssertEqual(lib.locales.readCodes, ["nl"])
        _ = try Assembler(library: lib).assemble(template: "dsr-extension", data: caseFile("extension-erasure-en.yaml"), options: RenderOptions()).get()
        XCTAssertEqual(lib.locales.readCodes, ["en", "nl"])
        // --strict compares every translation with its Dutch source: nl is read for an English letter.
        let strictLib = try Library.load(root: Self.shipped)
        var strict = RenderOptions()
        strict.strict = true
        _ = Assembler(library: strictLib).assemble(template: "dsr-extension", data: try caseFile("extension-erasure-en.yaml"), options: strict)
        XCTAssertEqual(strictLib.locales.readCodes, ["en", "nl"])
        _ = lib.lint(strict: false)
        XCTAssertEqual(lib.locales.readCodes, lib.languages)
    }

    /// The validation a document runs, scoped to its language, finds what it found with every language read.
    func testScopedValidationEqualsTheOneWithEveryLanguageRead() throws {
        let everything = try Library.load(root: Self.shipped)
        _ = everything.loadProblems   // reads every language first
        for id in everything.templateIDs {
            for language in everything.languages(ofTemplate: id) ?? [] {
                let fresh = try Library.load(root: Self.shipped)
                XCTAssertEqual(fresh.validation(of: id, language: language), everything.validation(of: id, language: language), "\(id) \(language)")
            }
        }
    }

    /// A private copy of the shipped library (templates/ and locales/), removed after the test.
    func libraryCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-lazy-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: Self.shipped.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    func edit(_ url: URL, _ change: (String) -> String) throws {
        let old = try String(contentsOf: url, encoding: .utf8)
        let new = change(old)
        XCTAssertNotEqual(old, new, "the edit changed nothing in \(url.lastPathComponent)")
        try new.write(to: url, atomically: true, encoding: .utf8)
    }

    func testAnEditedClauseIsReadByTheNextLoad() throws {
        let root = try libraryCopy()
        let data = try caseFile("extension-access-nl.yaml")
        let before = try text(Assembler(library: Library.load(root: root)).assemble(template: "dsr-extension", data: data, options: RenderOptions()))
        XCTAssertTrue(before.contains("Heeft u vragen over deze brief?"))
        try edit(root.appendingPathComponent("locales/nl/letters-common.yaml")) {
            $0.replacingOccurrences(of: "Heeft u vragen over deze brief?", with: "Vragen over deze brief?")
        }
        let after = try text(Assembler(library: Library.load(root: root)).assemble(template: "dsr-extension", data: data, options: RenderOptions()))
        XCTAssertTrue(after.contains("Vragen over deze brief?"), after)
        XCTAssertFalse(after.contains("Heeft u vragen over deze brief?"))
    }

    func testAnEditedOrganisationOverrideIsReadByTheNextLoad() throws {
        let root = try libraryCopy()
        let org = root.appendingPathComponent("org")
        try FileManager.default.createDirectory(at: org.appendingPathComponent("locales/nl"), withIntermediateDirectories: true)
        for name in ["organisation.yaml", "logo.png", "briefpapier.ott"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("templates/organisations/werksaam-westfriesland/\(name)"),
                                             to: org.appendingPathComponent(name))
        }
        let override = org.appendingPathComponent("locales/nl/mine.yaml")
        try "letter.contact:\n  overrides: 2\n  version: 7\n  status: reviewed\n  text: Bel ons gerust.\n"
            .write(to: override, atomically: true, encoding: .utf8)
        let layers = LibraryLayers(shipped: root, organisation: org, label: "org")
        let data = try caseFile("extension-access-nl.yaml")
        let before = try text(Assembler(library: Library.load(layers)).assemble(template: "dsr-extension", data: data, options: RenderOptions()))
        XCTAssertTrue(before.contains("Bel ons gerust."), before)
        try edit(override) { $0.replacingOccurrences(of: "Bel ons gerust.", with: "Mail ons gerust.") }
        let after = try text(Assembler(library: Library.load(layers)).assemble(template: "dsr-extension", data: data, options: RenderOptions()))
        XCTAssertTrue(after.contains("Mail ons gerust."), after)
        XCTAssertFalse(after.contains("Bel ons gerust."))
    }
}

/// The byte-wise line split gives the lines the Character split gave (block-scalar origins depend on it).
final class YAMLLinesTests: XCTestCase {
    func testLinesEqualTheCharacterSplit() throws {
        var texts = ["", "\n", "\n\n", "a", "a\n", "a\nb", "a\r\nb\nc", "\r\n", "a\r\n\r\nb", "\r", "x\r\rb\n", "é\u{301}\nü\n\u{301}x",
                     "tab\t\n  indented\n", "emoji 👩‍👩‍👧\nnext", "\n\u{301}", "a\u{2028}b\n\u{85}c"]
        for folder in ["locales/nl", "templates"] {
            let root = LazyLanguageTests.shipped.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() where name.hasSuffix(".yaml") {
                texts.append(try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
            }
        }
        for text in texts {
            XCTAssertEqual(YAMLReader.lines(of: text), text.split(separator: "\n", omittingEmptySubsequences: false), text.debugDescription)
        }
    }
}

import Foundation
import LegalCalendar
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// The organisation folder laid over the shipped library (issue 13, decision 091).
final class OrganisationLayerTests: XCTestCase {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let werksaam = shipped.appendingPathComponent("templates/organisations/werksaam-westfriesland")

    /// A fresh organisation folder: WerkSaam's profile, logo and letterhead, plus `files` (relative path → text).
    private func organisation(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        for name in ["organisation.yaml", "logo.png", "briefpapier.ott"] {
            try FileManager.default.copyItem(at: Self.werksaam.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    private func load(_ org: URL) throws -> Library {
        try Library.load(LibraryLayers(shipped: Self.shipped, organisation: org, label: "org"))
    }

    private func acknowledgement(_ library: Library, language: String, strict: Bool = false) throws -> Result<AssembledDocument, Diagnostics> {
        var data = try CaseData.load(file: Self.shipped.appendingPathComponent("templates/examples/acknowledgement-access-nl.yaml"))
        // The case's own language, not --lang: with --strict a --lang that differs from the case is an error (decision 013).
        data.set("language", language)
        var options = RenderOptions()
        options.strict = strict
        return Assembler(library: library).assemble(template: "dsr-acknowledgement", data: data, options: options)
    }

    private func contactOverride(_ overrides: Int, language: String = "nl", sourceVersion: Int? = nil, text: String = "Bel ons gerust.") -> String {
        """
        letter.contact:
          overrides: \(overrides)
          version: 7
        \(sourceVersion.map { "  source-version: \($0)\n" } ?? "")  status: reviewed
          text: \(text)
        """
    }

    func testAnOverrideWinsAndShowsInProvenanceAndExplain() throws {
        let lib = try load(try organisation(["locales/nl/mine.yaml": contactOverride(2)]))
        let doc = try acknowledgement(lib, language: "nl").get()
        let content = try XCTUnwrap(PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet)).entry("content.xml"))
        XCTAssertTrue(try ContentText.plainText(contentXML: content).contains("Bel ons gerust."))
        XCTAssertTrue(doc.provenance.clauseList.contains("letter.contact@7+org"), doc.provenance.clauseList)
        XCTAssertFalse(doc.provenance.clauseList.contains("letter.closing@1+org"))
    }

    func testTheShippedLibraryIsUntouchedWithoutTheLayer() throws {
        let lib = try Library.load(root: Self.shipped)
        let doc = try acknowledgement(lib, language: "nl").get()
        XCTAssertFalse(doc.provenance.clauseList.contains("+org"))
    }

    func testAShippedClauseDefinedAgainWithoutOverridesIsAnError() throws {
        let text = "letter.contact:\n  version: 1\n  status: reviewed\n  text: Bel ons.\n"
        let lib = try load(try organisation(["locales/nl/mine.yaml": text]))
        let problems = lib.lint(strict: false).filter { $0.code == .overrideStructure }
        XCTAssertEqual(problems.map(\.message), ["clause letter.contact is a shipped clause in nl: an override must say which shipped version it replaces (overrides: 2)"])
        XCTAssertEqual(problems.first?.location?.file, "org/locales/nl/mine.yaml")
    }

    func testAnOverrideOfAnUnknownClauseIsAnError() throws {
        let text = "letter.contakt:\n  overrides: 1\n  version: 1\n  status: reviewed\n  text: Bel ons.\n"
        let lib = try load(try organisation(["locales/nl/mine.yaml": text]))
        XCTAssertEqual(lib.lint(strict: false).filter { $0.code == .overrideUnknown }.map(\.location?.line), [2])
    }

    func testAnOverrideOfAnOlderShippedVersionIsStale() throws {
        // Pretend the override was written against version 1 of a clause now at version 2.
        let lib = try load(try organisation(["locales/nl/mine.yaml": contactOverride(1)]))
        let stale = lib.lint(strict: false).filter { $0.code == .overrideStale }
        XCTAssertEqual(stale.count, 1)
        XCTAssertEqual(stale.first?.severity, .warning)
        XCTAssertTrue(stale.first?.message.contains("the shipped clause is now version 2") ?? false)
    }

    func testADutchOverrideMakesTheOtherLanguagesStaleForThatClause() throws {
        let lib = try load(try organisation(["locales/nl/mine.yaml": contactOverride(2),
                                             "locales/en/mine.yaml": contactOverride(2, sourceVersion: 7, text: "Call us.")]))
        let untranslated = lib.lint(strict: false).filter { $0.code == .overrideUntranslated }
        XCTAssertEqual(untranslated.map(\.message),
                       ["clause letter.contact is overridden in nl but not in ar, de, pl, tr, uk: those languages are stale for it (--strict refuses them)"])
        // en has its own override: letter.contact is not stale in en even with --strict (other en clauses
        // may be drafts after a wording fix); pl still sends the shipped translation.
        if case .failure(let problems) = try acknowledgement(lib, language: "en", strict: true) {
            XCTAssertFalse(problems.items.contains { $0.message.contains("letter.contact") }, "\(problems.items)")
        }
        guard case .failure(let problems) = try acknowledgement(lib, language: "pl", strict: true) else { return XCTFail("pl is stale") }
        XCTAssertTrue(problems.items.contains { $0.code == .clauseStale && $0.message.contains("letter.contact") }, "\(problems.items)")
    }

    func testTheOrganisationsTemplatesAddAKind() throws {
        var text = try String(contentsOf: Self.shipped.appendingPathComponent("templates/dsr-acknowledgement.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "id: dsr-acknowledgement", with: "id: ws-ontvangst")
            .replacingOccurrences(of: "kind: acknowledgement", with: "kind: ontvangst")
        let org = try organisation(["templates/ws-ontvangst.yaml": text])
        let lib = try load(org)
        XCTAssertEqual(lib.templateID(command: .letter, kind: "ontvangst"), "ws-ontvangst")
        XCTAssertTrue(DocumentKind.scan(LibraryLayers(shipped: Self.shipped, organisation: org)).contains { $0.kind == "ontvangst" })
    }

    func testAnOrganisationWithOnlyDutchAndEnglishStatements() throws {
        let lib = try load(try organisation([:]))
        let findings = lib.lint(strict: false).filter { $0.code == .orgPrivacyUrl }
        XCTAssertEqual(findings.count, 5)
        XCTAssertTrue(findings.allSatisfy { $0.severity == .warning })
        let pl = try acknowledgement(lib, language: "pl").get()
        let content = try XCTUnwrap(PackageReader(bytes: ODFWriter.package(pl.document, styleSheet: pl.styleSheet)).entry("content.xml"))
        XCTAssertTrue(try ContentText.plainText(contentXML: content).contains("https://www.werksaam.example.nl/en/privacy-statement"))
    }

    func testAMissingFolderOrProfileIsALocatedError() throws {
        XCTAssertThrowsError(try Library.load(LibraryLayers(shipped: Self.shipped, organisation: URL(fileURLWithPath: "/nonexistent/org"), label: "nowhere"))) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.map(\.location?.file), ["nowhere"])
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("org-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        XCTAssertThrowsError(try Library.load(LibraryLayers(shipped: Self.shipped, organisation: empty, label: "org"))) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.map(\.location?.file), ["org/organisation.yaml"])
        }
    }

    func testTheWerkSaamFolderLoadsWithoutErrors() throws {
        let lib = try Library.load(LibraryLayers(shipped: Self.shipped, organisation: Self.werksaam))
        XCTAssertEqual(lib.lint(strict: false).filter { $0.severity == .error }.map(\.message), [])
    }
}

import Foundation
import ODF
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Assembly

/// The language of a besluit (Awb 2:6, issue 11, decision 120): in another language than Dutch a
/// besluit is the Dutch besluit followed by its translation on pages of its own, headed with a notice;
/// with `besluit-language: translation-only` the translation alone, with the notice at its top; every
/// other letter stays in its one language.
final class BilingualBesluitTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)

    private func document(_ template: String, example: String, language: String, library: Library = library) throws -> AssembledDocument {
        var data = try CaseData.load(file: Self.root.appendingPathComponent("templates/examples/\(example)"))
        data.set("language", language)
        return try Assembler(library: library).assemble(template: template, data: data, options: RenderOptions()).get()
    }

    private func parts(_ doc: AssembledDocument) throws -> (content: String, styles: String) {
        let package = try PackageReader(bytes: doc.package())
        return (String(decoding: try XCTUnwrap(package.entry("content.xml")), as: UTF8.self),
                String(decoding: try XCTUnwrap(package.entry("styles.xml")), as: UTF8.self))
    }

    /// The first words of the notices (their whole text is the clauses').
    private func notice(_ id: String, _ language: String) throws -> String {
        let starts = ["nl": "Vertaling — Dit is een vertaling van", "en": "Translation — This is a translation of",
                      "ar": "ترجمة — هذه ترجمة"]
        return try XCTUnwrap(starts[language])
    }

    /// The blocks before and after the translation break.
    private func split(_ body: [Block]) -> (dutch: [Block], translation: [Block])? {
        guard let i = body.firstIndex(where: { if case .pageBreak(let b) = $0 { return b.startsTranslation } else { return false } }) else { return nil }
        return (Array(body[..<i]), Array(body[(i + 1)...]))
    }

    func testAnEnglishRefusalIsTheDutchBesluitAndItsTranslation() throws {
        let doc = try document("dsr-refusal", example: "refusal-identity-nl.yaml", language: "en")
        let translation = try XCTUnwrap(doc.document.translation)
        XCTAssertEqual(translation.language.language, "en")
        XCTAssertEqual(translation.direction, .leftToRight)
        XCTAssertEqual(doc.document.metadata.language.language, "nl", "the document is the Dutch besluit")
        XCTAssertEqual(doc.fileStem, "SD-2026-00561-dsr-refusal-en", "one reference, the language asked for")
        let (dutch, english) = try XCTUnwrap(split(doc.document.body))
        XCTAssertTrue(plainText(dutch).contains("Waarom wijzen wij uw verzoek af?"), plainText(dutch))
        XCTAssertTrue(plainText(english).hasPrefix(try notice("letter.translation-notice", "en")), plainText(english))
        XCTAssertTrue(plainText(english).contains("Why do we refuse your request?"), plainText(english))
        let properties = Dictionary(uniqueKeysWithValues: doc.document.metadata.customProperties.map { ($0.name, $0.value) })
        XCTAssertEqual(properties["privdoc:language"], "nl")
        XCTAssertEqual(properties["privdoc:translation"], "en")
        XCTAssertNotNil(properties["privdoc:translation-clauses"])

        let (content, styles) = try parts(doc)
        XCTAssertEqual(content.components(separatedBy: "style:master-page-name=\"Translation\"").count, 2, "one switch to the translation's pages")
        XCTAssertTrue(styles.contains("<style:master-page style:name=\"Translation\" style:page-layout-name=\"pm3\">"), styles)
        XCTAssertTrue(content.contains("fo:language=\"en\""), "the translation's paragraphs are English")
    }

    func testAnArabicRefusalHasALeftToRightAndARightToLeftPart() throws {
        let doc = try document("dsr-refusal", example: "refusal-identity-nl.yaml", language: "ar")
        let translation = try XCTUnwrap(doc.document.translation)
        XCTAssertEqual(translation.direction, .rightToLeft)
        XCTAssertEqual(doc.document.direction, .leftToRight, "the Dutch besluit reads left to right")
        let (_, arabic) = try XCTUnwrap(split(doc.document.body))
        XCTAssertTrue(plainText(arabic).hasPrefix(try notice("letter.translation-notice", "ar")))

        let (content, styles) = try parts(doc)
        // Each part its own page style: pm2 (Dutch) left to right, pm3 (the translation) right to left.
        let pm2 = try XCTUnwrap(styles.range(of: "<style:page-layout style:name=\"pm2\">"))
        let pm3 = try XCTUnwrap(styles.range(of: "<style:page-layout style:name=\"pm3\">"))
        XCTAssertTrue(styles[pm2.upperBound...].prefix(400).contains("style:writing-mode=\"lr-tb\""))
        XCTAssertTrue(styles[pm3.upperBound...].prefix(400).contains("style:writing-mode=\"rl-tb\""))
        // The translation's paragraph styles are right to left and Arabic, the Dutch ones are not.
        let switchStyle = try XCTUnwrap(content.range(of: "style:master-page-name=\"Translation\""))
        let afterSwitch = content[switchStyle.upperBound...].prefix(600)
        XCTAssertTrue(afterSwitch.contains("style:writing-mode=\"rl-tb\""), String(afterSwitch))
        XCTAssertTrue(afterSwitch.contains("style:language-complex=\"ar\""), String(afterSwitch))
        XCTAssertTrue(afterSwitch.contains("fo:text-align=\"right\""), String(afterSwitch))
        let body = try XCTUnwrap(content.range(of: "<office:text>"))
        let dutchBody = content[body.upperBound...].prefix { _ in true }
        let dutchPart = dutchBody.components(separatedBy: "Ons besluit")[0]
        XCTAssertFalse(dutchPart.contains("رفض"), "no Arabic before the Dutch heading")
        // The footer of the translation's pages is the Arabic page label.
        let master = try XCTUnwrap(styles.range(of: "<style:master-page style:name=\"Translation\""))
        XCTAssertTrue(styles[master.upperBound...].contains("الصفحة"), "Arabic page label on the translation's pages")
    }

    func testTheGoldenArabicRefusal() throws {
        let doc = try document("dsr-refusal", example: "refusal-identity-nl.yaml", language: "ar")
        assertMatchesGolden(PrettyXML.format(Array(try parts(doc).content.utf8)), named: "refusal-identity-nl-ar-content.xml")
    }

    func testADutchBesluitHasNoTranslation() throws {
        let doc = try document("dsr-refusal", example: "refusal-identity-nl.yaml", language: "nl")
        XCTAssertNil(doc.document.translation)
        XCTAssertFalse(plainText(doc.document.body).contains(try notice("letter.translation-notice", "nl")))
    }

    func testLettersThatAreNotABesluitStayInOneLanguage() throws {
        for (template, example) in [("dsr-acknowledgement", "acknowledgement-objection-en.yaml"), ("dsr-extension", "extension-erasure-en.yaml"),
                                    ("dsr-identification", "identification-mandate-en.yaml"), ("dsr-forwarding", "forwarding-partly-en.yaml")] {
            let doc = try document(template, example: example, language: "ar")
            XCTAssertNil(doc.document.translation, template)
            XCTAssertEqual(doc.document.direction, .rightToLeft, template)
            XCTAssertNil(split(doc.document.body), template)
        }
    }

    func testEveryBesluitTemplateSaysSo() {
        let besluits = Self.library.templates.values.filter(\.isBesluit).map(\.id).sorted()
        XCTAssertEqual(besluits, ["dsr-decision", "dsr-not-handled", "dsr-refusal"])
    }

    func testTranslationOnlyProfile() throws {
        let org = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: org, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: org) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("templates/logo.png"), to: org.appendingPathComponent("logo.png"))
        let profile = try String(contentsOf: Self.root.appendingPathComponent("templates/organisation.yaml"), encoding: .utf8)
        try (profile + "\nbesluit-language: translation-only\n").write(to: org.appendingPathComponent("organisation.yaml"), atomically: true, encoding: .utf8)
        let library = try Library.load(LibraryLayers(shipped: Self.root, organisation: org, label: "org"))

        let doc = try document("dsr-refusal", example: "refusal-identity-nl.yaml", language: "en", library: library)
        XCTAssertNil(doc.document.translation, "the translation alone")
        XCTAssertEqual(doc.document.metadata.language.language, "en")
        let text = plainText(doc.document.body)
        XCTAssertTrue(text.trimmingCharacters(in: .newlines).hasPrefix(try notice("letter.translation-only-notice", "en")), text)
        XCTAssertFalse(text.contains("Ons besluit"))
        // Not a besluit: no notice.
        let ack = try document("dsr-acknowledgement", example: "acknowledgement-objection-en.yaml", language: "en", library: library)
        XCTAssertFalse(plainText(ack.document.body).contains(try notice("letter.translation-only-notice", "en")))
    }

    func testAnUnknownProfileValueIsAnError() throws {
        let org = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: org, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: org) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("templates/logo.png"), to: org.appendingPathComponent("logo.png"))
        let profile = try String(contentsOf: Self.root.appendingPathComponent("templates/organisation.yaml"), encoding: .utf8)
        try (profile + "\nbesluit-language: both\n").write(to: org.appendingPathComponent("organisation.yaml"), atomically: true, encoding: .utf8)
        let library = try Library.load(LibraryLayers(shipped: Self.root, organisation: org, label: "org"))
        let found = library.loadProblems.filter { $0.field == "besluit-language" }
        XCTAssertEqual(found.map(\.severity), [.error], "\(library.loadProblems)")
        XCTAssertEqual(found.first?.location?.file, "org/organisation.yaml")
    }
}

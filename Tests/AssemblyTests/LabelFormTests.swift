import ClauseSyntax
import Foundation
import ODF
import XCTest
@testable import Assembly

/// Forms of a cross-reference label per grammatical case (issue 16, decision 173): `{{ref id | form: loc}}`
/// prints the label's `forms: {loc: …}`; lint says which language lacks a form it uses.
final class LabelFormTests: XCTestCase {
    func testTheFormIsPartOfTheReference() {
        let (text, problems) = ClauseText.parse("w {{ref annex.sub | form: loc}} i {{ref annex.sub}}", origin: .inline("t"))
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(text.references.map(\.form), ["loc", nil])
        for bad in ["{{ref annex.sub | form: Loc}}", "{{ref annex.sub | form:}}", "{{ref annex.sub | label}}", "{{ref annex.sub | form: loc1}}"] {
            let (_, problems) = ClauseText.parse(bad, origin: .inline("t"))
            XCTAssertEqual(problems.map(\.code), [.clauseSyntax], bad)
        }
    }

    /// Polish: the label's text is the nominative, the text after "w" asks for the locative.
    func testPolishAnnexReferencesAreLocativeAfterW() throws {
        let yaml = NumberPhraseTests.inLanguage("pl", NumberPhraseTests.saas)
        let data = try YAMLCaseReader.read(yaml, file: "case.yaml")
        guard case .success(let doc) = Assembler(library: NumberPhraseTests.library).assemble(
            template: "processor-agreement", data: data, options: RenderOptions(language: "pl")) else { return XCTFail() }
        let text = plainText(doc.document.body).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(text.contains("określono w załączniku nr 1"), "locative form")
        XCTAssertFalse(text.contains("w załącznik nr"), "never the nominative after w")
        XCTAssertEqual(NumberPhraseTests.library.lint(strict: false).filter { $0.code == .clauseForm }.map(\.description), [])
    }

    /// A copy of the basic fixture whose English agreement asks for a form (nonsense English, but any
    /// language may): lint names the language and the reference's place until the label gives it; then the
    /// form is printed.
    func testAFormALanguageLacksIsALocatedLintError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let agreement = root.appendingPathComponent("locales/en/agreement.yaml")
        let source = try String(contentsOf: agreement, encoding: .utf8)
        try source.replacingOccurrences(of: "See {{ref art.sub}}", with: "See {{ref art.sub | form: loc}}")
            .write(to: agreement, atomically: true, encoding: .utf8)
        let errors = try Library.load(root: root).lint(strict: false).filter { $0.code == .clauseForm }
        XCTAssertEqual(errors.map(\.description),
                       ["locales/en/agreement.yaml:18:9: {{ref art.sub | form: loc}}: label.ref.article has no form loc in en; add it under forms:"])

        let labels = root.appendingPathComponent("locales/en/labels.yaml")
        let labelText = try String(contentsOf: labels, encoding: .utf8)
        try labelText.replacingOccurrences(of: #"label.ref.article: {version: 1, source-version: 1, status: reviewed, text: "Article {{number}}"}"#,
                                           with: #"label.ref.article: {version: 1, source-version: 1, status: reviewed, text: "Article {{number}}", forms: {loc: "in Article {{number}}"}}"#)
            .write(to: labels, atomically: true, encoding: .utf8)
        let library = try Library.load(root: root)
        XCTAssertEqual(library.lint(strict: false).filter { $0.code == .clauseForm }.count, 0)
        let data = try caseData(agreementCase.replacingOccurrences(of: "language: nl", with: "language: en"))
        guard case .success(let doc) = Assembler(library: library).assemble(template: "agreement", data: data, options: RenderOptions(language: "en"))
        else { return XCTFail() }
        XCTAssertTrue(plainText(doc.document.body).contains("See in Article 2"), plainText(doc.document.body))
    }

    func testFormsBelongToCrossReferenceLabels() {
        let (clauses, _) = ClauseFileLoader.load(text: "x.y: {version: 1, status: reviewed, text: a, forms: {loc: b}}\n",
                                                 file: "locales/nl/t.yaml", language: "nl", isSource: true)
        XCTAssertEqual(clauses.first?.problems.map(\.message), ["forms: belongs to the cross-reference labels (label.ref.*)"])
        let (labels, _) = ClauseFileLoader.load(text: "label.ref.annex: {version: 1, status: reviewed, text: a, forms: {Loc: b, gen: \"\"}}\n",
                                                file: "locales/nl/t.yaml", language: "nl", isSource: true)
        XCTAssertEqual(labels.first?.problems.map(\.message), ["a form name is lower-case letters (loc, gen, …)", "form gen needs a text"])
    }
}

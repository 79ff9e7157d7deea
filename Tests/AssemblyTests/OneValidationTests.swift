import ClauseSyntax
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 15, "silent wrong letters": rendering refuses what lint calls an error, for the template and
/// language it uses — one validation, run by both (decision 013). Each test breaks one thing in a copy of
/// the basic fixture and expects the same located error from `lint` and from a render, and no document.
final class OneValidationTests: XCTestCase {
    /// Lint's errors in the edited file(s), and the render's errors; they must be the same and non-empty.
    private func assertRefused(_ edits: [String: (String) -> String?], expected: String, code: DiagnosticCode,
                               template: String = "letter", yaml: String = letterCase,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let library = try FixtureCopy.load("basic", edits)
        let lint = library.lint(strict: false).filter { $0.severity == .error }
        XCTAssertEqual(lint.map(\.description), [expected], "lint", file: file, line: line)
        XCTAssertEqual(lint.map(\.code), [code], file: file, line: line)
        let render = try failures(template, yaml, library: library, file: file, line: line)
        XCTAssertEqual(render.filter { $0.severity == .error }.map(\.description), [expected], "render", file: file, line: line)
    }

    private func replacing(_ old: String, _ new: String) -> (String) -> String? {
        { text in
            precondition(text.contains(old), "fixture text not found: \(old)")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    func testAnUnknownPlaceholderRefusesTheLetter() throws {
        // The letter said "uiterlijk op ." with the date missing.
        try assertRefused(["locales/nl/letters.yaml": replacing("{{deadline.due | date}}", "{{deadline.dua | date}}")],
                          expected: "locales/nl/letters.yaml:20:24: deadline.dua: not a field of template letter (declare it under fields: or computed:)",
                          code: .clauseField)
    }

    func testARuleOnAnUnknownFieldOrValueRefusesTheLetter() throws {
        try assertRefused(["templates/letter.yaml": replacing("assert: date <= deadline.due", "assert: date <= deadline.dua")],
                          expected: "templates/letter.yaml:25:5: deadline.dua: not a field of template letter (declare it under fields: or computed:)",
                          code: .conditionField)
        try assertRefused(["templates/letter.yaml": replacing("assert: date <= deadline.due", "assert: request.type == acces or date <= deadline.due")],
                          expected: "templates/letter.yaml:25:5: request.type: acces is not one of its values (access, erasure)",
                          code: .conditionValue)
    }

    func testAMissingOrGarbageLogoRefusesTheLetter() throws {
        try assertRefused(["templates/logo.png": { _ in nil }],
                          expected: "templates/organisation.yaml:12:7: logo: the logo file cannot be read", code: .orgLogo)
        try assertRefused(["templates/logo.png": { _ in "not a PNG" }],
                          expected: "templates/organisation.yaml:12:7: logo: the logo must be a PNG or JPEG file", code: .orgLogo)
    }

    func testAMissingOrContradictoryLocaleFileRefusesTheLetter() throws {
        try assertRefused(["locales/nl/locale.yaml": { _ in nil }],
                          expected: "locales/nl/locale.yaml: every language folder needs a locale.yaml", code: .localeMissing)
        try assertRefused(["locales/nl/locale.yaml": replacing("language: nl", "language: en")],
                          expected: "locales/nl/locale.yaml:1:11: language must equal the folder name (nl)", code: .localeStructure)
        try assertRefused(["locales/nl/locale.yaml": replacing("direction: ltr", "direction: up")],
                          expected: "locales/nl/locale.yaml:4:12: direction must be ltr or rtl", code: .localeStructure)
    }

    func testAControlCharacterInAClauseIsALocatedErrorNotAnInternalError() throws {
        // It used to pass lint and give exit 70, "internal error: paragraph 20", at render time.
        // Written as a YAML escape (a raw control character makes the whole file unreadable YAML).
        for (escape, scalar) in [("\\a", "\u{07}"), ("\\uFFFE", "\u{FFFE}"), ("\\e", "\u{1B}"), ("\\x85", "\u{85}")] {
            try assertRefused(["locales/nl/letters.yaml": replacing("text: Wat gebeurt er nu?", "text: \"Wat gebeurt er\(escape) nu?\"")],
                              expected: "locales/nl/letters.yaml:27:24: character \(TextCharacters.code(scalar.unicodeScalars.first!)) (a control character or non-character) cannot be in a clause text; delete it (decision 013)",
                              code: .clauseCharacter)
        }
    }

    func testAControlCharacterInTheProfileIsALocatedError() throws {
        try assertRefused(["templates/organisation.yaml": replacing("name: Sociale Dienst Testregio", "name: \"Sociale Dienst\\u0007 Testregio\"")],
                          expected: "templates/organisation.yaml:1:7: org.name: character U+0007 (a control character or non-character) cannot be in the organisation profile; delete it (decision 013)",
                          code: .orgCharacter)
    }

    func testAPageLabelWithoutThePageNumberIsAnError() throws {
        try assertRefused(["locales/nl/labels.yaml": replacing("\"Pagina {{page}} van {{pages}}\"", "\"Pagina van {{pages}}\"")],
                          expected: "locales/nl/labels.yaml:6:1: label.page in nl must hold {{page}}, the page number (e.g. Pagina {{page}} van {{pages}})",
                          code: .labelPage)
    }

    func testAProblemOfAnotherLanguageOrTemplateDoesNotStopThisOne() throws {
        // English is broken; a Dutch letter is not affected, an English one is.
        let library = try FixtureCopy.basic(editing: "locales/en/locale.yaml") { $0.replacingOccurrences(of: "language: en", with: "language: pl") }
        XCTAssertEqual(library.validation(of: "letter", language: "nl"), [])
        XCTAssertEqual(library.validation(of: "letter", language: "en").map(\.code), [.localeStructure])
        _ = try assemble("letter", letterCase, library: library)
    }

    func testTheShippedLibraryValidatesInEveryLanguage() throws {
        let library = MandatoryElementsTests.library
        for kind in library.documentKinds {
            for language in library.languages(ofTemplate: kind.templateID) ?? [] {
                XCTAssertEqual(library.validation(of: kind.templateID, language: language).map(\.description), [], "\(kind.templateID) \(language)")
            }
        }
    }
}

/// Draft translations never go out without a word, and --strict makes every warning an error.
final class WarningTests: XCTestCase {
    private static let draftEnglish = try! FixtureCopy.basic(editing: "locales/en/letters.yaml") {
        $0.replacingOccurrences(of: "status: reviewed", with: "status: draft")
    }
    private let english = letterCase.replacingOccurrences(of: "language: nl", with: "language: en")

    func testADraftLetterWarnsWithTheLanguageAndCountAndRecordsItInTheMetadata() throws {
        let doc = try assemble("letter", english, library: Self.draftEnglish)
        let drafts = doc.warnings.filter { $0.code == .clauseDraftSummary }
        XCTAssertEqual(drafts.map(\.description),
                       ["locales/en: warning: 7 of the clauses used in en are drafts (translations not yet reviewed); --strict refuses them"])
        XCTAssertEqual(doc.document.metadata.customProperties.last, CustomProperty(name: "privdoc:draft-clauses", value: "7"))
        let reviewed = try assemble("letter", letterCase)
        XCTAssertFalse(reviewed.document.metadata.customProperties.contains { $0.name == "privdoc:draft-clauses" })
        XCTAssertEqual(reviewed.warnings, [])
    }

    func testStrictTurnsEveryWarningIntoAnError() throws {
        let typo = letterCase + "\nrequest.chanel: paper\n"
        XCTAssertEqual(try assemble("letter", typo).warnings.map(\.severity), [.warning])
        let strict = try failures("letter", typo, options: RenderOptions(strict: true))
        XCTAssertEqual(strict.map(\.description),
                       ["case.yaml:6:17: request.chanel: not a field of any template of the library (a typo?); ignored (--strict)"])
        let lang = try failures("letter", letterCase, options: RenderOptions(languageOverride: "en", strict: true))
        XCTAssertEqual(lang.map(\.description), ["case.yaml:1:11: language: the case says another language; --lang en wins (--strict)"])
        XCTAssertTrue(try failures("letter", english, library: Self.draftEnglish, options: RenderOptions(strict: true))
            .allSatisfy { $0.severity == .error && $0.code == .clauseDraft })
    }
}

import PrivdocDiagnostics
import LegalCalendar
import XCTest
@testable import Assembly

/// Decision 012: the language and date rules are applied in one place, document preparation.
final class DocumentDefaultsTests: XCTestCase {
    private let noLanguage = letterCase.replacingOccurrences(of: "language: nl\n", with: "")
    private let noDate = letterCase.replacingOccurrences(of: "date: 2026-11-29\n", with: "")
    private let day = CivilDate(year: 2026, month: 12, day: 1)!

    func testTheOverrideLanguageWinsAndADifferentCaseLanguageIsAWarning() throws {
        let doc = try assemble("letter", letterCase, options: RenderOptions(languageOverride: "en"))
        XCTAssertEqual(doc.provenance.language, "en")
        XCTAssertEqual(doc.warnings.map(\.description), ["case.yaml:1:11: warning: language: the case says another language; --lang en wins"])
        XCTAssertEqual(doc.warnings.map(\.code), [.languageOverride])
        let same = try assemble("letter", letterCase, options: RenderOptions(languageOverride: "nl"))
        XCTAssertEqual(same.warnings, [], "the same language is no news")
    }

    func testTheDefaultLanguageOnlyServesACaseWithoutOne() throws {
        XCTAssertEqual(try assemble("letter", letterCase, options: RenderOptions(defaultLanguage: "en")).provenance.language, "nl")
        let fallback = try assemble("letter", noLanguage, options: RenderOptions(defaultLanguage: "en"))
        XCTAssertEqual(fallback.provenance.language, "en")
        XCTAssertEqual(fallback.warnings, [])
        XCTAssertEqual(try failures("letter", noLanguage).map(\.description),
                       ["case.yaml: language: required (in the case data or with --lang)"])
    }

    func testABlankCaseLanguageOrDateIsNoValue() throws {
        // The one blank (Unicode white space, NBSP included): a language or date of only blanks is absent.
        let blankLanguage = letterCase.replacingOccurrences(of: "language: nl", with: "language: \"\u{00A0} \"")
        XCTAssertEqual(try assemble("letter", blankLanguage, options: RenderOptions(defaultLanguage: "en")).provenance.language, "en")
        let blankDate = letterCase.replacingOccurrences(of: "date: 2026-11-29", with: "date: \"\u{2003}\"")
        XCTAssertEqual(try assemble("letter", blankDate, options: RenderOptions(defaultDate: day)).document.metadata.date.day, 1)
    }

    func testDateOverrideThenTheCaseThenTheDefault() throws {
        func date(_ doc: AssembledDocument) -> String {
            "\(doc.document.metadata.date.year)-\(doc.document.metadata.date.month)-\(doc.document.metadata.date.day)"
        }
        XCTAssertEqual(date(try assemble("letter", letterCase, options: RenderOptions(dateOverride: day, defaultDate: day))), "2026-12-1")
        XCTAssertEqual(date(try assemble("letter", letterCase, options: RenderOptions(defaultDate: day))), "2026-11-29")
        XCTAssertEqual(date(try assemble("letter", noDate, options: RenderOptions(defaultDate: day))), "2026-12-1")
        XCTAssertEqual(try failures("letter", noDate).map(\.description), ["case.yaml: date: required (the document date)"])
    }

    func testTheReferenceIsTheOneForFileNamesAndTheManifest() throws {
        let letter = try assemble("letter", letterCase)
        XCTAssertEqual(letter.reference, "SD-2026-00417")
        XCTAssertEqual(letter.fileStem, "SD-2026-00417-letter-nl")
        let agreement = try assemble("agreement", agreementCase)
        XCTAssertEqual(agreement.reference, "VWO-2026-003")
        XCTAssertEqual(agreement.fileStem, "VWO-2026-003-agreement-nl")
    }
}

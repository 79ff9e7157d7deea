import DelimitedText
import PrivdocDiagnostics
import LegalCalendar
import XCTest
@testable import Assembly

/// The one blank, the one yes/no parser, the one date reader and the bidi rule (issues 10 and 15).
final class CaseValueRulesTests: XCTestCase {
    func testBlankIsUnicodeWhiteSpaceIncludingNoBreakSpaces() {
        for blank in ["", " ", "\t\n\r", "\u{A0}", " \u{A0}\u{2007}\u{202F}", "\u{200B}", "\u{FEFF}", "\u{3000}"] {
            XCTAssertTrue(Blank.isBlank(blank), blank.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        for given in ["a", " a", "\u{A0}x", "0", "\u{200E}", "-"] {
            XCTAssertFalse(Blank.isBlank(given), given)
        }
        XCTAssertEqual("\u{A0} A. Jansen \u{202F}".trimmingBlanks, "A. Jansen")
    }

    func testAnNBSPOnlyValueIsMissingForRequiredConditionsAndTheAddress() throws {
        // `required` (the validator), a condition (`when: note`) and rendering all see the same blank.
        let yaml = letterCase.replacingOccurrences(of: "reference: SD-2026-00417", with: "reference: \"\u{A0}\"")
        XCTAssertEqual(try failures("letter", yaml).map(\.description), ["case.yaml:2:12: reference: required"])
        let note = try assemble("letter", letterCase + "\nnote: \"\u{A0}\u{2007}\"\n")
        XCTAssertFalse(plainText(note.document.body).contains("Opmerking"), "a blank note is no note")
        XCTAssertFalse(Value.text("\u{A0}").isTruthy)
    }

    func testYesNoWords() {
        for yes in ["true", "TRUE", "yes", "Ja", "WAAR", " ja\u{A0}"] { XCTAssertEqual(YesNo.parse(yes), true, yes) }
        for no in ["false", "No", "nee", "ONWAAR"] { XCTAssertEqual(YesNo.parse(no), false, no) }
        for neither in ["1", "0", "y", "on", "", "jawel"] { XCTAssertNil(YesNo.parse(neither), neither) }
    }

    func testDatesISOAndDutch() {
        XCTAssertEqual(CaseDate.parse("2026-03-15"), CivilDate(year: 2026, month: 3, day: 15))
        XCTAssertEqual(CaseDate.parse("15-3-2026"), CivilDate(year: 2026, month: 3, day: 15))
        XCTAssertEqual(CaseDate.parse("05-03-2026"), CivilDate(year: 2026, month: 3, day: 5))
        XCTAssertEqual(CaseDate.parse("1-1-2027 "), CivilDate(year: 2027, month: 1, day: 1))
        for wrong in ["15-3-26", "30-2-2026", "15/3/2026", "15.3.2026", "3-15-2026", "015-3-2026", "15-3-+026", "1-1-"] {
            XCTAssertNil(CaseDate.parse(wrong), wrong)
        }
    }

    func testDutchDateInADateFieldAndAsTheDocumentDate() throws {
        let yaml = letterCase.replacingOccurrences(of: "received: 2026-11-16", with: "received: 16-11-2026")
            .replacingOccurrences(of: "date: 2026-11-29", with: "date: 29-11-2026")
        let dutch = try assemble("letter", yaml), iso = try assemble("letter", letterCase)
        XCTAssertEqual(plainText(dutch.document.body), plainText(iso.document.body))
    }

    func testUnclosedDirectionControlsAreRefused() throws {
        for open in ["\u{202E}", "\u{202B}", "\u{202A}", "\u{202D}", "\u{2067}", "\u{2066}", "\u{2068}",
                     "\u{2067}x\u{202C}", "\u{202E}\u{2066}x\u{2069}"] {
            let yaml = letterCase + "\nnote: \"Jansen \(open) 06-12345678\"\n"
            let problems = try failures("letter", yaml)
            XCTAssertEqual(problems.map(\.code), [.fieldBidi], open.unicodeScalars.map { "\($0.value)" }.joined())
            XCTAssertEqual(problems.first?.field, "note")
            XCTAssertFalse(problems.first?.description.contains("Jansen") ?? true)
        }
        for closed in ["\u{202E}x\u{202C}", "\u{2067}مرحبا\u{2069}", "\u{202B}a\u{2066}b\u{2069}\u{202C}", "\u{202C}", "\u{2069}",
                       "\u{2067}\u{202E}x\u{2069}"] {
            XCTAssertNil(BidiControls.firstUnclosed(in: closed), closed.unicodeScalars.map { "\($0.value)" }.joined())
        }
    }
}

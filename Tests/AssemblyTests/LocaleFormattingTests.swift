import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// Dates and numbers come from the locale data (Foundation/ICU), compiled once per language.
final class LocaleFormattingTests: XCTestCase {
    static let languages: [(String, String?)] = [("nl", "NL"), ("en", "GB"), ("pl", "PL"), ("uk", "UA"), ("tr", "TR"), ("ar", nil), ("de", "DE")]
    let date = CivilDate(iso: "2026-11-29")!

    func testLongDatesPerLocale() {
        func long(_ l: String, _ r: String?) -> String { LocaleFormatting(language: l, region: r).long(date) }
        XCTAssertEqual(long("nl", "NL"), "29 november 2026")
        XCTAssertEqual(long("en", "GB"), "29 November 2026")
        XCTAssertEqual(long("pl", "PL"), "29 listopada 2026")
        XCTAssertEqual(long("de", "DE"), "29. November 2026")
        XCTAssertEqual(long("tr", "TR"), "29 Kasım 2026")
        XCTAssertEqual(long("uk", "UA"), "29 листопада 2026\u{202F}р.", "CLDR puts a narrow no-break space before р.")
        XCTAssertEqual(long("ar", nil), "29 نوفمبر، 2026", "Arabic month name, Western digits")
    }

    func testShortDatesPerLocale() {
        XCTAssertEqual(LocaleFormatting(language: "nl", region: "NL").short(date), "29-11-2026")
        XCTAssertEqual(LocaleFormatting(language: "en", region: "GB").short(date), "29/11/2026")
        XCTAssertEqual(LocaleFormatting(language: "pl", region: "PL").short(date), "29.11.2026")
        XCTAssertFalse(LocaleFormatting(language: "ar", region: nil).short(date).unicodeScalars.contains { ("\u{660}"..."\u{669}").contains($0) })
    }

    func testCompiledPatternsMatchDateFormatterAllYear() {
        for (language, region) in Self.languages {
            let formatting = LocaleFormatting(language: language, region: region)
            XCTAssertNotNil(formatting.longDate.tokens, "\(language): long pattern compiles")
            XCTAssertNotNil(formatting.shortDate.tokens, "\(language): short pattern compiles")
            let formatter = DateFormatter()
            formatter.locale = formatting.locale
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            var day = CivilDate(iso: "2026-01-01")!
            for _ in 0..<365 {
                let instant = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
                formatter.dateFormat = formatting.longDate.pattern
                XCTAssertEqual(formatting.long(day), formatter.string(from: instant), "\(language) \(day)")
                formatter.dateFormat = formatting.shortDate.pattern
                XCTAssertEqual(formatting.short(day), formatter.string(from: instant), "\(language) \(day)")
                day = day.adding(days: 1)
            }
        }
    }

    func testPatternWithAnUnknownFieldFallsBackToTheLockedFormatter() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL@numbers=latn")
        let pattern = DatePattern(pattern: "EEEE d MMMM y", formatter: formatter)
        XCTAssertNil(pattern.tokens)
        XCTAssertNil(pattern.format(date))
        XCTAssertEqual(LockedDateFormatter(formatter).string(date, pattern: pattern.pattern), "zondag 29 november 2026")
    }

    func testNumbersAndCaseMapping() {
        XCTAssertEqual(LocaleFormatting(language: "nl", region: "NL").number(1_234_567), "1.234.567")
        XCTAssertEqual(LocaleFormatting(language: "en", region: "GB").number(-1000), "-1,000")
        XCTAssertEqual(LocaleFormatting(language: "en", region: "GB").number(999), "999")
        XCTAssertEqual(LocaleFormatting(language: "tr", region: "TR").upper("istanbul"), "İSTANBUL")
        XCTAssertEqual(LocaleFormatting(language: "nl", region: "NL").upper("ijsselstein"), "IJSSELSTEIN")
    }

    func testArabicLetterIsRightToLeftWithLeftToRightIsolates() throws {
        let doc = try assemble("letter", letterCase.replacingOccurrences(of: "language: nl", with: "language: ar")).document
        XCTAssertEqual(doc.direction, .rightToLeft)
        XCTAssertEqual(doc.metadata.language, LanguageTag(language: "ar"))
        let received = doc.body.compactMap { block -> Paragraph? in
            if case .paragraph(let p) = block, case .text(let s)? = p.content.first, s.hasPrefix("استلمنا") { return p }
            return nil
        }.first
        XCTAssertEqual(received?.content, [
            // A reference keeps its hyphens unbreakable (U+2011, TextDisplay.printed).
            .text("استلمنا طلبكم رقم "), .isolate(.leftToRight, [.text("SD\u{2011}2026\u{2011}00417")]),
            .text(" بتاريخ 16\u{200F}/11\u{200F}/2026. ستتلقون الرد قبل 16 ديسمبر، 2026."),
        ])
        guard case .table(let line) = doc.body[1] else { return XCTFail() }
        XCTAssertEqual(line.rows[1].cells[2].blocks, [.paragraph(Paragraph([.isolate(.leftToRight, [.text("SD\u{2011}2026\u{2011}00417")])], style: .reference))])
    }
}

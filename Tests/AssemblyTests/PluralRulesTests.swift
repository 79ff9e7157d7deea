import ClauseSyntax
import Foundation
import ODF
import XCTest
@testable import Assembly

/// CLDR plural rules (decision 110): CLDR's own sample numbers, a table per language for the numbers
/// letters and agreements print, and the `plural:` / `select:` placeholders.
final class PluralRulesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let (rules, problems) = PluralData.load(root: root)

    func testTheDataFileLoadsForEveryShippedLanguage() {
        XCTAssertEqual(Self.problems.map(\.message), [])
        XCTAssertEqual(Self.rules.keys.sorted(), ["ar", "de", "en", "nl", "pl", "tr", "uk"])
        XCTAssertEqual(Self.rules["ar"]?.categories, [.zero, .one, .two, .few, .many, .other])
        XCTAssertEqual(Self.rules["pl"]?.categories, [.one, .few, .many, .other])
        XCTAssertEqual(Self.rules["tr"]?.categories, [.one, .other])
    }

    /// Every sample CLDR lists with a rule (`@integer 2~4, 22~24, … @decimal 0.0~1.5`) takes that rule's
    /// category: integer ranges in full, decimal ranges at both ends.
    func testCLDRsOwnSamplesForAllSevenLanguages() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(PluralData.file), encoding: .utf8)
        var language = ""
        var checked = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("  "), !line.hasPrefix("    "), trimmed.hasSuffix(":") { language = String(trimmed.dropLast()); continue }
            guard line.hasPrefix("    "), let colon = trimmed.firstIndex(of: ":") else { continue }
            let category = try XCTUnwrap(PluralCategory(rawValue: String(trimmed[..<colon])))
            let rule = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            let rules = try XCTUnwrap(Self.rules[language])
            for sample in rule.components(separatedBy: "@").dropFirst() {
                let isInteger = sample.hasPrefix("integer")
                let list = sample.drop { $0 != " " }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                for item in list where item != "…" && !item.isEmpty {
                    let bounds = item.components(separatedBy: "~")
                    var numbers: [String] = bounds
                    if isInteger, bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]) { numbers = (low...high).map(String.init) }
                    for number in numbers {
                        let operands = try XCTUnwrap(PluralOperands(decimal: number), number)
                        XCTAssertEqual(rules.category(of: operands), category, "\(language) \(number)")
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 300)
    }

    /// The numbers letters and agreements print, for every language: the category by an independent table.
    func testTheCategoryOfEveryPrintedNumberInEveryLanguage() throws {
        let numbers = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101]
        let expected: [String: [PluralCategory]] = [
            "nl": [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other],
            "en": [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other],
            "de": [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other],
            "tr": [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other],
            "pl": [.many, .one, .few, .few, .many, .many, .many, .few, .many, .many, .many],
            "uk": [.many, .one, .few, .few, .many, .many, .one, .few, .many, .many, .one],
            "ar": [.zero, .one, .two, .few, .few, .many, .many, .many, .many, .other, .other],
        ]
        for (language, categories) in expected {
            let rules = try XCTUnwrap(Self.rules[language])
            XCTAssertEqual(numbers.map { rules.category(of: $0) }, categories, language)
        }
    }

    /// Every `plural:` clause of the shipped library, in every language, for every printed number: a
    /// choice exists for the number's category and it shows the number.
    func testEveryPluralClauseRendersEveryNumberInEveryLanguage() throws {
        let library = try Library.load(root: Self.root)
        var checked = 0
        for code in library.languages {
            let locale = try XCTUnwrap(library.locales[code])
            let rules = try XCTUnwrap(locale.formatting.plurals, code)
            for clause in locale.clauses.values {
                for p in clause.text.placeholders where p.formatter == .plural {
                    XCTAssertNil(PluralCheck.missing(p, rules), "\(clause.id) in \(code)")
                    for n in [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101] {
                        let form = try XCTUnwrap(p.choices.first { $0.key == rules.category(of: n).rawValue }, "\(clause.id) \(code) \(n)")
                        // A form may spell its number in words ("يوم واحد", "يومين") only where its category holds
                        // one whole number alone (Arabic zero/one/two, Dutch one): the words then say which.
                        let category = rules.category(of: n)
                        let alone = (0...1_000).filter { rules.category(of: $0) == category }.count == 1
                        XCTAssertTrue(form.text.contains("#") || alone, "\(clause.id) in \(code), \(form.key): the form must show the number")
                        checked += 1
                    }
                }
            }
        }
        // The agreement's counted fields use plural: in every language (NumberPhraseTests checks the phrases).
        XCTAssertGreaterThan(checked, 7 * 7 * 11 - 1)
    }

    func testPluralAndSelectParseAndRoundTrip() {
        let source = ##"Binnen {{days | plural: one="# dag" other="# dagen"}}, {{s | select: mr="meneer" other="mevrouw \"X\""}}"##
        let (text, problems) = ClauseText.parse(source, origin: .inline("t"))
        XCTAssertEqual(problems.map(\.message), [])
        let placeholders = text.placeholders
        XCTAssertEqual(placeholders.map(\.formatter), [.plural, .select])
        XCTAssertEqual(placeholders[0].choices, [Choice(key: "one", text: "# dag"), Choice(key: "other", text: "# dagen")])
        XCTAssertEqual(placeholders[1].choices.last, Choice(key: "other", text: "mevrouw \"X\""))
        XCTAssertEqual(placeholders[1].normalised, ##"{{s | select: mr="meneer" other="mevrouw \"X\""}}"##)
        XCTAssertEqual(placeholders[0].kept, "{{days | plural: …}}")
    }

    func testMalformedChoicesAreLocatedParseErrors() {
        let cases: [(String, String)] = [
            (##"{{d | plural: one="# dag"}}"##, "plural needs an other=\"…\" choice (the fallback)"),
            (##"{{d | plural: several="x" other="y"}}"##, "plural: several is not a plural category; use zero, one, two, few, many, other"),
            (##"{{d | plural: one=dag other="y"}}"##, "plural: the text of one must be in double quotes"),
            ("{{d | plural}}", "plural needs its choices: {{d | plural: one=\"…\" other=\"…\"}}"),
            (##"{{d | select: a="x" a="y" other="z"}}"##, "select: a is given twice"),
        ]
        for (source, message) in cases {
            let (_, problems) = ClauseText.parse(source, origin: .inline("t"))
            XCTAssertEqual(problems.map(\.message), [message], source)
        }
    }

    func testAMissingCategoryIsNamed() throws {
        let (text, _) = ClauseText.parse(##"{{d | plural: one="# dzień" other="# dnia"}}"##, origin: .inline("t"))
        let pl = try XCTUnwrap(Self.rules["pl"])
        XCTAssertEqual(PluralCheck.missing(text.placeholders[0], pl), "plural: this language needs one, few, many, other; missing few, many")
    }
}

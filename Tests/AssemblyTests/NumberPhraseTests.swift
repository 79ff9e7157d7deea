import Foundation
import ODF
import XCTest
@testable import Assembly

/// Numbers before nouns in the shipped clauses (issue 16, decision 110): every such number goes through
/// `plural:`, and each one prints the noun form CLDR's category asks for, for the numbers letters and
/// agreements print, in every language.
final class NumberPhraseTests: XCTestCase {
    static let root = ShippedExamples.root
    static let library = ShippedExamples.library
    static let saas = try! String(contentsOf: root.appendingPathComponent("templates/examples/agreement-saas.yaml"), encoding: .utf8)
    static let numbers = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101]
    /// The agreement's counted fields and the example's line that sets each (replaced by the number under test).
    static let fields: [(field: String, line: String, set: String)] = [   // `set`: the line with N for the number
        ("subprocessing.objection-days", "  objection-days: 30", "  objection-days: N"),
        ("breach.notify-hours", "  notify-hours: 36", "  notify-hours: N"),
        ("audit.frequency.times", "  frequency: {times: 1, per: year}", "  frequency: {times: N, per: year}"),
        ("audit.notice-days", "  notice-days: 10", "  notice-days: N"),
        ("return-or-delete.term-days", "return-or-delete: {term-days: 60}", "return-or-delete: {term-days: N}"),
    ]

    /// A number printed with `| number` right before a word is a noun without agreement: it must be `plural:`.
    func testNoClauseInAnyLanguagePutsAPlainNumberBeforeANoun() throws {
        let pattern = try NSRegularExpression(pattern: #"\{\{[^{}|]+\| *number *\}\}[ \t\n]*-?\p{L}"#)
        var found: [String] = []
        let locales = Self.root.appendingPathComponent("locales")
        for language in try FileManager.default.contentsOfDirectory(atPath: locales.path).sorted() {
            let folder = locales.appendingPathComponent(language)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? [] where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let hits = pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
                if hits > 0 { found.append("\(language)/\(file): \(hits)") }
            }
        }
        XCTAssertEqual(found, [], "use {{field | plural: …}} for a number before a noun")
    }

    /// Table-driven: each counted field × each printed number × each language. The expected phrase is the
    /// choice of the clause's own `plural:` for CLDR's category of the number, with `#` as the number. A
    /// number outside the field's declared range (0 days, 101 notice days) must be a located input error
    /// about that field instead — never a letter.
    func testEveryCountedPhraseForThePrintedNumbersInEveryLanguage() throws {
        var printed = 0, refused = 0
        for language in ["nl", "en", "de", "pl", "uk", "tr", "ar"] {
            let rules = try XCTUnwrap(Self.library.locales[language]?.formatting.plurals, language)
            let clauses = try String(contentsOf: Self.root.appendingPathComponent("locales/\(language)/agreement.yaml"), encoding: .utf8)
            for f in Self.fields {
                let choices = try Self.choices(of: f.field, in: clauses)
                XCTAssertEqual(Set(choices.keys), Set(rules.categories.map(\.rawValue)), "\(language) \(f.field): every category, no other")
                for n in Self.numbers {
                    let yaml = Self.saas.replacingOccurrences(of: f.line, with: f.set.replacingOccurrences(of: "N", with: String(n)))
                    let data = try YAMLCaseReader.read(Self.inLanguage(language, yaml), file: "case.yaml")
                    switch Assembler(library: Self.library).assemble(template: "processor-agreement", data: data,
                                                                     options: RenderOptions(language: language)) {
                    case .failure(let problems):
                        let errors = problems.items.filter { $0.severity == .error }.map(\.description)
                        XCTAssertTrue(!errors.isEmpty && errors.allSatisfy { $0.hasPrefix("case.yaml:") && $0.contains(f.field + ": must be") },
                                      "\(language) \(f.field) = \(n): \(errors)")
                        refused += 1
                    case .success(let doc):
                        guard !(f.field == "audit.frequency.times" && n == 1) else { continue }   // "eenmaal"/"once" by {{#if}}
                        let text = plainText(doc.document.body).replacingOccurrences(of: "\n", with: " ")
                        let form = try XCTUnwrap(choices[rules.category(of: n).rawValue], "\(language) \(f.field) \(n)")
                        // Number and noun joined by a no-break space (decision 171), never a plain one.
                        let phrase = form.replacingOccurrences(of: "# ", with: "\(n)\u{00A0}").replacingOccurrences(of: "#", with: String(n))
                        if form.contains("# ") {
                            XCTAssertFalse(text.contains(form.replacingOccurrences(of: "#", with: String(n))),
                                           "\(language) \(f.field) = \(n): a breakable space after the number")
                        }
                        XCTAssertTrue(text.contains(phrase), "\(language) \(f.field) = \(n): expected “\(phrase)”")
                        printed += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(printed, 250, "most printed numbers are in range")
        XCTAssertGreaterThan(refused, 7 * 5 - 1, "0 is refused for every field in every language")
    }

    /// No count here can be zero (a term of 0 days, 0 audits): each is a located input error, so a
    /// "0 dagen" phrase is never printed.
    func testZeroIsALocatedInputError() throws {
        for f in Self.fields {
            let yaml = Self.saas.replacingOccurrences(of: f.line, with: f.set.replacingOccurrences(of: "N", with: "0"))
            let data = try YAMLCaseReader.read(yaml, file: "case.yaml")
            guard case .failure(let problems) = Assembler(library: Self.library).assemble(
                template: "processor-agreement", data: data, options: RenderOptions(language: "nl")) else { XCTFail(f.field); continue }
            XCTAssertTrue(problems.items.contains { $0.severity == .error && $0.description.contains("case.yaml:") && $0.description.contains(f.field) },
                          "\(f.field): \(problems)")
        }
    }

    /// An independent hand table for the languages the review named ("1 dni", "21 днів", "2 يومًا"):
    /// the phrases a native reader expects for 1, 2, 5 and 21 days — number and noun joined by a no-break
    /// space (U+00A0, decision 171).
    func testTheReviewedFormsForOneTwoFiveAndTwentyOneDays() throws {
        let expected: [String: [Int: String]] = [
            "pl": [1: "w terminie 1\u{00A0}dnia", 2: "w terminie 2\u{00A0}dni", 5: "w terminie 5\u{00A0}dni", 21: "w terminie 21\u{00A0}dni"],
            "uk": [1: "протягом 1\u{00A0}дня", 2: "протягом 2\u{00A0}днів", 5: "протягом 5\u{00A0}днів", 21: "протягом 21\u{00A0}дня"],
            "ar": [1: "خلال يوم واحد", 2: "خلال يومين", 5: "خلال 5\u{00A0}أيام", 21: "خلال 21\u{00A0}يومًا"],
            "en": [1: "within 1\u{00A0}day", 2: "within 2\u{00A0}days", 5: "within 5\u{00A0}days", 21: "within 21\u{00A0}days"],
            "nl": [1: "binnen 1\u{00A0}dag", 2: "binnen 2\u{00A0}dagen", 5: "binnen 5\u{00A0}dagen", 21: "binnen 21\u{00A0}dagen"],
            "de": [1: "innerhalb von 1\u{00A0}Tag", 2: "innerhalb von 2\u{00A0}Tagen", 5: "innerhalb von 5\u{00A0}Tagen", 21: "innerhalb von 21\u{00A0}Tagen"],
        ]
        for (language, table) in expected {
            for (n, phrase) in table {
                let yaml = Self.saas.replacingOccurrences(of: "return-or-delete: {term-days: 60}", with: "return-or-delete: {term-days: \(n)}")
                let text = try render(yaml, language).replacingOccurrences(of: "\n", with: " ")
                XCTAssertTrue(text.contains(phrase), "\(language) \(n): expected “\(phrase)”")
            }
        }
    }

    private func render(_ yaml: String, _ language: String) throws -> String {
        let data = try YAMLCaseReader.read(Self.inLanguage(language, yaml), file: "case.yaml")
        switch Assembler(library: Self.library).assemble(template: "processor-agreement", data: data, options: RenderOptions(language: language)) {
        case .success(let doc): return plainText(doc.document.body)
        case .failure(let problems):
            XCTFail("\(language): \(problems.items.filter { $0.severity == .error }.map(\.description))"); throw problems
        }
    }

    /// The example for a run in `language`: the case names that language, and each per-language free text
    /// (`{nl: …, en: …}`, decision 070) gets a `language` version copied from `en` — only the counted
    /// phrases are under test here, not the free text.
    static func inLanguage(_ language: String, _ yaml: String) -> String {
        var lines: [Substring] = []
        let source = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < source.count {
            var line = source[i]
            if line == "language: nl" { line = "language: \(language)" }
            if language != "en", language != "nl", let r = line.range(of: ", en: "), line.hasSuffix("}") || line.contains("}, ") {
                // flow style: {nl: A, en: B} → {nl: A, en: B, xx: B}
                let rest = line[r.upperBound...]
                if let close = rest.firstIndex(of: "}") {
                    let value = rest[..<close]
                    line = line[..<close] + ", \(language): " + value + line[close...]
                }
            }
            lines.append(line)
            let indent = line.prefix { $0 == " " }.count
            if language != "en", language != "nl", line.dropFirst(indent).hasPrefix("en:") {
                // block style: `en: …` and its more-indented continuation lines, repeated under the language
                var block = [Substring("\(String(repeating: " ", count: indent))\(language):" + line.dropFirst(indent + 3))]
                while i + 1 < source.count, source[i + 1].prefix(while: { $0 == " " }).count > indent, !source[i + 1].isEmpty {
                    i += 1
                    lines.append(source[i])
                    block.append(source[i])
                }
                lines.append(contentsOf: block)
            }
            i += 1
        }
        return lines.joined(separator: "\n")
    }

    /// The `key="text"` choices of the first `{{field | plural: …}}` in a clause file.
    static func choices(of field: String, in clauses: String) throws -> [String: String] {
        let tag = try NSRegularExpression(pattern: "\\{\\{" + NSRegularExpression.escapedPattern(for: field) + #" \| plural: ([^}]*)\}\}"#)
        guard let m = tag.firstMatch(in: clauses, range: NSRange(clauses.startIndex..., in: clauses)),
              let body = Range(m.range(at: 1), in: clauses) else { throw CocoaError(.coderValueNotFound) }
        let choice = try NSRegularExpression(pattern: #"(\w+)="([^"]*)""#)
        let text = String(clauses[body])
        var result: [String: String] = [:]
        for c in choice.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            result[String(text[Range(c.range(at: 1), in: text)!])] = String(text[Range(c.range(at: 2), in: text)!])
        }
        return result
    }
}

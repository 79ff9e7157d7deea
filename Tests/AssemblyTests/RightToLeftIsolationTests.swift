import Foundation
import ODF
import TestSupport
import XCTest
@testable import Assembly

/// Issue 16, decision 165: in a right-to-left document every inserted value that is not in the
/// document's script is isolated (UAX #9 LRI … PDI). Generated over every value of every shipped example
/// rendered in Arabic — letters and agreements — and read back from the package: no Latin value may stand
/// outside an isolate in `content.xml` (the body) or `styles.xml` (the letterhead, page header and footer).
final class RightToLeftIsolationTests: XCTestCase {
    static let library = ShippedExamples.library

    func testEveryInsertedValueOfEveryExampleIsIsolatedInArabic() throws {
        var checked = 0, isolated = 0
        for example in try ShippedExamples.examples() {
            guard let template = Self.library.templates[example.template] else { XCTFail(example.name); continue }
            let data = Self.latinCase(try CaseData.load(file: example.file), template)
            let doc: AssembledDocument
            switch Assembler(library: Self.library).assemble(template: example.template, data: data, options: RenderOptions(language: "ar")) {
            case .success(let d): doc = d
            case .failure(let problems): XCTFail("\(example.name) ar: \(problems.items.map(\.description))"); continue
            }
            let package = try PackageReader(bytes: doc.package())
            let content = Self.arabicPart(String(decoding: try XCTUnwrap(package.entry("content.xml")), as: UTF8.self))
            let styles = Self.arabicPages(String(decoding: try XCTUnwrap(package.entry("styles.xml")), as: UTF8.self))
            let text = Self.Isolates(Self.plainText(content) + "\n" + Self.plainText(styles))
            var values = Self.textValues(data, template)
            if template.layout == .letter, let org = Self.library.organisation?.letterhead {
                values += [org.name] + org.addressLines + org.contact
            }
            for value in Set(values) where Self.isLatin(value) {
                checked += 1
                // A reference is printed with non-breaking hyphens; both spellings count.
                for form in [value, value.replacingOccurrences(of: "-", with: "\u{2011}")] {
                    XCTAssertFalse(text.outside.contains(form), "\(example.name) ar: «\(form)» stands outside an isolate")
                    if text.inside.contains(where: { $0.contains(form) }) { isolated += 1 }
                }
            }
        }
        XCTAssertGreaterThan(checked, 200, "the examples' values were read")
        XCTAssertGreaterThan(isolated, 150, "the values were found, isolated, in the documents")
    }

    func testIsolationFollowsTheDocumentsDirection() {
        XCTAssertEqual(TextDisplay.inlines("CaseFlow Cloud B.V.", in: .rightToLeft), [.isolate(.leftToRight, [.text("CaseFlow Cloud B.V.")])])
        XCTAssertEqual(TextDisplay.inlines("(030) 123 45 67", in: .rightToLeft), [.isolate(.leftToRight, [.text("(030) 123 45 67")])])
        XCTAssertEqual(TextDisplay.inlines("محمد الحسن", in: .rightToLeft), [.text("محمد الحسن")])
        XCTAssertEqual(TextDisplay.inlines("محمد الحسن", in: .leftToRight), [.isolate(.rightToLeft, [.text("محمد الحسن")])])
        XCTAssertEqual(TextDisplay.inlines("A. Jansen", in: .leftToRight), [.text("A. Jansen")])
        XCTAssertEqual(TextDisplay.inlines("INK-2026-031", format: .reference, in: .rightToLeft),
                       [.isolate(.leftToRight, [.text("INK\u{2011}2026\u{2011}031")])])
        XCTAssertEqual(TextDisplay.inlines("", in: .rightToLeft), [])
        // A value in the document's script keeps its Latin words apart, up to the end of the last one.
        XCTAssertEqual(TextDisplay.inlines("المجلس لـ CaseFlow Cloud B.V. في المدينة", in: .rightToLeft),
                       [.text("المجلس لـ "), .isolate(.leftToRight, [.text("CaseFlow Cloud B.V.")]), .text(" في المدينة")])
        XCTAssertEqual(TextDisplay.inlines("المجلس لـ Voorbeeldregio، هنا", in: .rightToLeft),
                       [.text("المجلس لـ "), .isolate(.leftToRight, [.text("Voorbeeldregio")]), .text("، هنا")])
    }

    /// Found on the rendered Arabic pages: a bracket the sentence opened stays outside the Latin run, so the
    /// pair mirrors together ("(Participatiewet)" showed as "Participatiewet))"); a number after a Latin word
    /// belongs to the run ("2004 Bbz", "1.2 TLS"); brackets the run opens itself stay inside.
    func testBracketsAndNumbersAroundALatinRun() {
        XCTAssertEqual(TextDisplay.inlines("قانون (Participatiewet) هنا", in: .rightToLeft),
                       [.text("قانون ("), .isolate(.leftToRight, [.text("Participatiewet")]), .text(") هنا")])
        XCTAssertEqual(TextDisplay.inlines("المرسوم (Bbz 2004) هنا", in: .rightToLeft),
                       [.text("المرسوم ("), .isolate(.leftToRight, [.text("Bbz 2004")]), .text(") هنا")])
        XCTAssertEqual(TextDisplay.inlines("بروتوكول TLS 1.2، و ISO 27001.", in: .rightToLeft),
                       [.text("بروتوكول "), .isolate(.leftToRight, [.text("TLS 1.2")]), .text("، و "),
                        .isolate(.leftToRight, [.text("ISO 27001")]), .text(".")])
        XCTAssertEqual(TextDisplay.inlines("اللائحة (GDPR/AVG).", in: .rightToLeft),
                       [.text("اللائحة ("), .isolate(.leftToRight, [.text("GDPR/AVG")]), .text(").")])
        XCTAssertEqual(TextDisplay.inlines("الشركة Example (NL) B.V. هنا", in: .rightToLeft),
                       [.text("الشركة "), .isolate(.leftToRight, [.text("Example (NL) B.V.")]), .text(" هنا")])
    }

    /// Two Latin values with only spaces between them are one phrase in an Arabic sentence: one isolate,
    /// so "{{postcode}} {{city}}" does not read "Voorbeeldstad 1230 CA".
    func testAdjacentIsolatesOfOneDirectionJoin() {
        var run = InlineRun()
        run.template("العنوان: ")
        run.append(.isolate(.leftToRight, [.text("1230 CA")]))
        run.template(" ")
        run.append(.isolate(.leftToRight, [.text("Voorbeeldstad")]))
        run.template("، هولندا")
        XCTAssertEqual(run.finish(), [.text("العنوان: "), .isolate(.leftToRight, [.text("1230 CA"), .text(" "), .text("Voorbeeldstad")]),
                                      .text("، هولندا")])
        var apart = InlineRun()
        apart.append(.isolate(.leftToRight, [.text("A")]))
        apart.template(" و ")
        apart.append(.isolate(.leftToRight, [.text("B")]))
        XCTAssertEqual(apart.finish().count, 3, "words between them keep two isolates")
    }

    /// The example with every per-language value in its English version and no case `language`, so that
    /// an Arabic document can be made of it with Latin free text — the case isolation is for.
    static func latinCase(_ data: CaseData, _ template: Template) -> CaseData {
        var resolver = LanguageValues(language: "en", codes: Set(library.languages), caseLanguage: nil)
        var data = resolver.resolve(data, table: template.fields)
        data.remove("language")
        return data
    }

    /// Every text the case gives: text fields, list lines and the text fields of records (not codes,
    /// dates, numbers or yes/no, which print as the language's words).
    static func textValues(_ data: CaseData, _ template: Template) -> [String] {
        var out: [String] = []
        for spec in template.fields.specs {
            switch (spec.type, data.values[spec.name]) {
            case (.text, .scalar(let s)?): out.append(s)
            case (.textList, .list(let items)?): out += items.compactMap(\.scalar)
            case (.recordList(let subs), .list(let items)?):
                for case .map(let entries) in items {
                    for entry in entries where subs.first(where: { $0.name == entry.key })?.type == .text {
                        if let s = entry.value.scalar { out.append(s) }
                    }
                }
            default: continue
            }
        }
        return out
    }

    /// A value to look for: its first letter is Latin, and it is long enough not to occur by chance in the
    /// Latin abbreviations of the Arabic clauses (AVG, Awb).
    static func isLatin(_ value: String) -> Bool {
        guard value.count >= 4, let first = value.unicodeScalars.first(where: \.properties.isAlphabetic) else { return false }
        return first.value < 0x0250
    }

    /// The Arabic part of a two-language besluit (Awb 2:6): from the paragraph on the Translation master
    /// page; the whole body otherwise.
    static func arabicPart(_ content: String) -> String {
        guard let style = content.firstMatch(of: /style:name="([^"]+)"[^>]*style:master-page-name="Translation"/)?.1,
              let start = content.range(of: "text:style-name=\"\(style)\"") else { return content }
        return String(content[start.lowerBound...])
    }

    /// The master page of a besluit's translation (its header and footer); all of `styles.xml` otherwise.
    static func arabicPages(_ styles: String) -> String {
        guard let start = styles.range(of: "<style:master-page style:name=\"Translation\""),
              let end = styles[start.upperBound...].range(of: "</style:master-page>") else { return styles }
        return String(styles[start.lowerBound..<end.upperBound])
    }

    /// The text of an ODF XML part, one line per paragraph.
    static func plainText(_ xml: String) -> String {
        var s = xml.replacing(/<text:s text:c="(\d+)"\/>/) { String(repeating: " ", count: Int($0.1)!) }
        s = s.replacing("<text:s/>", with: " ").replacing(/<text:(line-break|tab)\/>/, with: "\n")
        s = s.replacing(/<\/text:(p|h)>/, with: "\n").replacing(/<[^>]*>/, with: "")
        for (entity, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            s = s.replacing(entity, with: c)
        }
        return s
    }

    /// A text split by its isolates (UAX #9 LRI, RLI, FSI … PDI; none spans a paragraph).
    struct Isolates {
        /// The text outside every isolate, each isolate replaced by U+FFFC.
        var outside = ""
        /// The content of every outermost isolate.
        var inside: [String] = []

        init(_ text: String) {
            var depth = 0, current = ""
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x2066...0x2068:
                    if depth == 0 { outside.unicodeScalars.append("\u{FFFC}") } else { current.unicodeScalars.append(scalar) }
                    depth += 1
                case 0x2069 where depth > 0:
                    depth -= 1
                    if depth == 0 { inside.append(current); current = "" } else { current.unicodeScalars.append(scalar) }
                case 0x0A:
                    depth = 0
                    outside.append("\n")
                default:
                    if depth == 0 { outside.unicodeScalars.append(scalar) } else { current.unicodeScalars.append(scalar) }
                }
            }
        }
    }
}

import DelimitedText
import XMLSupport
import Foundation
import PrivdocDiagnostics
import ODF
import XCTest
@testable import Assembly

/// The assembler's byte-level and precomputed fast paths against the straightforward versions they
/// replaced (kept here as the reference): each must give exactly the same result for every input,
/// including text the fast path hands back to the slow one (combining marks, non-ASCII, odd spacing).
final class FastPathEquivalenceTests: XCTestCase {
    static let library = ShippedExamples.library

    /// Texts that exercise the edges: empty, blanks, tabs, non-ASCII, combining marks next to a dot,
    /// a prepended Arabic number sign, controls, U+FFFE, CRLF.
    static let awkward = ["", " ", "  \t ", "a", "a.b", "a.b.c", ".a", "a.", "é.x", "a.\u{301}b", "a.b.\u{301}",
                          "\u{600}.b", "x\u{600}.b.c", "1234ab", " 1234 AB ", "1234 ab", "0123 AB", "1234 A", "12345 AB",
                          "１２３４AB", "1234 ÄB", "1234\u{301}AB", "SD-2026-00417", "...hidden", "../x/ref",
                          "Kerkstraat 12\r\n", "bell\u{7}", "ok\u{FFFE}", "\u{FEFF}bom", "tab\there", "ﬁ.x"]

    func testStaticClausesRenderAsTheContextWouldRenderThem() throws {
        let template = try XCTUnwrap(Self.library.templates["dsr-extension"])
        var checked = 0
        for locale in Self.library.locales.values {
            var ctx = RenderContext(library: Self.library, house: Self.library.houseStyle!, template: template, locale: locale, values: Values(), strict: false)
            for slot in locale.slots.values {
                guard let prerendered = slot.staticBlocks else { continue }
                for style in [ParagraphRole.body, .listItem, .tableContents] {
                    let rendered = ctx.blocks(of: locale.sortedClauses[slot.index].text.nodes, style: style)
                    XCTAssertEqual(StaticText.restyled(prerendered, style), rendered, "\(locale.code) \(locale.sortedClauses[slot.index].id)")
                }
                checked += 1
            }
            XCTAssertEqual(ctx.bag.items, [], "static clauses record no problems")
        }
        XCTAssertGreaterThan(checked, 50, "headings and labels are static")
    }

    func testClauseSlotsAreSortedByIDAndProvenanceListsInThatOrder() {
        for locale in Self.library.locales.values {
            XCTAssertEqual(locale.sortedClauses.map(\.id), locale.clauses.keys.sorted(), locale.code)
            for (id, slot) in locale.slots { XCTAssertEqual(locale.sortedClauses[slot.index].id, id) }
        }
        let provenance = Provenance(templateID: "t", templateVersion: 1, language: "nl",
                                    clauses: [.init(id: "b", version: 12), .init(id: "a.x", version: 3), .init(id: "ü", version: -1)])
        XCTAssertEqual(provenance.clauseList, provenance.clauses.map(\.description).joined(separator: " "))
        XCTAssertEqual(Provenance(templateID: "t", templateVersion: 1, language: "nl", clauses: []).clauseList, "")
    }

    func testValuePrefixesMatchTheCharacterBasedDefinition() {
        for path in Self.awkward + ["rep.name", "a.b.c.d", "x.y\u{301}.z"] {
            var values = Values()
            values[path] = .text("x")
            var prefix = Substring(path)
            var expected: Set<String> = []
            while let dot = prefix.lastIndex(of: ".") {   // the reference: Character-based
                prefix = prefix[..<dot]
                expected.insert(String(prefix))
            }
            for candidate in Set(Self.awkward + ["rep", "a", "a.b", "x", "x\u{600}", "x\u{600}.b", "é", "\u{600}", "x.y\u{301}"]) where candidate != path {
                XCTAssertEqual(values.isTruthy(candidate), expected.contains(candidate), "\(path.debugDescription) / \(candidate.debugDescription)")
            }
        }
    }

    func testPostcodesNormaliseAsBefore() {
        func reference(_ text: String) -> String? {
            let compact = text.unicodeScalars.filter { $0 != " " }
            guard compact.count == 6 else { return nil }
            let chars = Array(compact)
            guard ("1"..."9").contains(chars[0]), chars[1...3].allSatisfy({ ("0"..."9").contains($0) }),
                  chars[4...5].allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return nil }
            return String(String.UnicodeScalarView(chars[0...3])) + " " + String(String.UnicodeScalarView(chars[4...5])).uppercased()
        }
        for text in Self.awkward + ["9999zz", "1000 aA", "1 2 3 4 a b", "1234 A@", "1234 [B", "1234AB7"] {
            XCTAssertEqual(DutchPostcode.normalise(text), reference(text), text.debugDescription)
        }
    }

    func testUnknownFieldsAreReportedAsBefore() throws {
        let table = try XCTUnwrap(Self.library.templates["dsr-extension"]).fields
        let known = ["reference", "recipient.name", "recipient.street", "recipient.postcode", "recipient.city",
                     "request.type", "request.received", "extension.ground", "extension.reason", "caseworker.name"]
        let extras: [[String]] = [[], ["language", "date"], ["foo"], ["enclosures.1", "enclosures.2"], ["recipient"],
                                  ["recipient.nme", "date"], ["zzz.1", "enclosures.x"], ["a\u{301}", "language"]]
        for extra in extras {
            let keys = known + extra
            let data = CaseData(values: Dictionary(uniqueKeysWithValues: keys.map { ($0, RawValue.scalar("1")) }),
                                locations: [:], origin: SourceLocation(file: "rows.csv", row: 2))
            var validator = FieldValidator(table: table, data: data)
            var values = Values()
            validator.validate(into: &values)
            // The reference: every key that is not declared (or a builtin, or a composite) and not a
            // numbered column of a list field (`enclosures.1`, not `enclosures.x`), in sorted order.
            let expected = keys.sorted().filter { key in
                if table.declares(key) { return false }
                guard let dot = key.lastIndex(of: "."), Int(key[key.index(after: dot)...]) != nil else { return true }
                if case .textList? = table.byName[String(key[..<dot])]?.type { return false }
                return true
            }
            XCTAssertEqual(validator.bag.items.filter { $0.code == .fieldUnknown }.map(\.field), expected, "\(extra)")
        }
    }

    func testCharacterChecksAsBefore() {
        for text in Self.awkward {
            XCTAssertEqual(text.isBlank, text.unicodeScalars.allSatisfy(Blank.isBlank), text.debugDescription)
            let expected = text.unicodeScalars.first { $0.value < 0x20 ? ![0x09, 0x0A, 0x0D].contains($0.value) : $0.value == 0xFFFE || $0.value == 0xFFFF }
            XCTAssertEqual(XMLCharacters.firstIllegal(in: text), expected?.value, text.debugDescription)
        }
    }

    func testByteReplacementAsFoundation() {
        let texts = Self.awkward + ["4 december 2026", "a-\u{301}b", "x \u{301}y", "a-\u{200D}b", "--", " ", "Łódź 2-3", "recipient.post-code"]
        for text in texts {
            for (byte, replacement) in [(UInt8(ascii: "-"), "\u{2011}"), (UInt8(ascii: " "), "\u{00A0}"), (UInt8(ascii: "."), "_")] {
                let expected = text.replacingOccurrences(of: String(UnicodeScalar(byte)), with: replacement)
                XCTAssertEqual(Array(UTF8Bytes.replacing(byte, with: replacement, in: text).unicodeScalars), Array(expected.unicodeScalars), text.debugDescription)
            }
        }
    }

    func testStrongDirectionAsTheUnicodeProperty() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: TextDirection? = scalar.properties.isAlphabetic ? .leftToRight : nil
            XCTAssertEqual(TextDisplay.strongDirection(scalar), expected, "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(TextDisplay.strongDirection("\u{0628}"), .rightToLeft)
        XCTAssertNil(TextDisplay.strongDirection("\u{0660}"))
    }

    func testEmptyKeyPartAsFoundation() {
        let at = SourceLocation(file: "rows.csv", row: 2)
        for key in Self.awkward + ["a..b", "a..\u{301}b", "a.\u{301}.b", "é..x", "a...b", "ab"] where !key.isEmpty {
            var builder = CaseDataBuilder(origin: at)
            builder.add(key, at: at, CaseNode(.scalar("x"), at: at))
            let refused = builder.problems.contains { $0.message.contains("empty part") }
            let expected = key.utf8.first == UInt8(ascii: ".") || key.utf8.last == UInt8(ascii: ".") || key.contains("..")
            XCTAssertEqual(refused, expected, key.debugDescription)
        }
    }

    func testLastDotAsTheCharacterSearch() {
        for text in Self.awkward + ["a.\u{301}", "x.y\u{301}.z", "é.é", "rep.name.nl"] {
            var rest = Substring(text)
            while true {
                let expected = rest.lastIndex(of: ".")
                XCTAssertEqual(UTF8Bytes.lastDotCharacter(in: rest), expected, text.debugDescription)
                guard let dot = expected else { break }
                rest = rest[..<dot]
            }
        }
    }
}

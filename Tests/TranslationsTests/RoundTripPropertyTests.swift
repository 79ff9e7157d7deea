@testable import Assembly
import ClauseSyntax
import Foundation
import TestSupport
import XCTest
@testable import Translations

/// Issue 10: every clause text the parser accepts round-trips through XLIFF export and import unchanged,
/// and the engine then reads the translation as the same tree as the Dutch text.
///
/// Seeded (the same cases every run): five rounds each put 500 random texts that parse into the Dutch
/// library, export Polish, give every unit its Dutch text as translation and import it (which reads every
/// edited YAML file back before writing). A new export must then carry each text unchanged, and the
/// engine's loader must read the Polish clause as the same tree as the Dutch one.
final class RoundTripPropertyTests: XCTestCase {
    private var library: FixtureLibrary!

    override func setUpWithError() throws {
        library = try FixtureLibrary()
        // The engine's loader wants a templates folder; this library has clauses only.
        try FileManager.default.createDirectory(at: library.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
    }
    override func tearDown() { library.remove() }

    func testEveryAcceptedClauseTextRoundTripsUnchanged() throws {
        var rng = SeededGenerator(seed: 0x5EED_C1A0_5E10)
        var tested = 0, drawn = 0
        for round in 0..<5 {
            var texts: [String: String] = [:]
            while texts.count < 500 {
                drawn += 1
                let text = ClauseTextSamples.text(using: &rng, pieces: 12, hostile: false)
                guard Self.isClauseFileText(text), ClauseText.parse(text, origin: .inline("t")).1.isEmpty else { continue }
                texts[String(format: "prop.%02d.%04d", round, texts.count)] = text
            }
            try roundTrip(texts)
            tested += texts.count
            library.remove()
            try setUpWithError()
        }
        XCTAssertEqual(tested, 2500)
        XCTAssertGreaterThan(drawn, tested, "the generator also draws texts the parser refuses")
    }

    private func roundTrip(_ texts: [String: String], file: StaticString = #filePath, line: UInt = #line) throws {
        let ids = texts.keys.sorted()
        var yaml = ""
        for id in ids { yaml += "\(id):\n  version: 1\n  status: reviewed\n  text: \(Self.doubleQuoted(texts[id]!))\n" }
        try yaml.write(to: library.root.appendingPathComponent("locales/nl/prop.yaml"), atomically: true, encoding: .utf8)

        let xliff = XLIFFEdit.setTargets(try library.export("pl"), texts, state: "translated")
        let report = try library.importXLIFF(xliff)
        // A failure names the texts involved, so the case can be replayed as a unit test.
        let involved = ids.filter { id in report.problems.contains { $0.unit == id || $0.message.contains(id) } }
        XCTAssertEqual(report.problems, [], "\(involved.map { "\($0): \(texts[$0]!.debugDescription)" })", file: file, line: line)
        XCTAssertEqual(report.changed, ids, file: file, line: line)
        guard report.problems.isEmpty else { return }

        let (again, _) = XLIFFReader.read(data: Data(try library.export("pl").utf8), file: "again.xlf")
        let targets = Dictionary(uniqueKeysWithValues: (again?.units ?? []).map { ($0.id, $0.target) })
        let engine = try Library.load(root: library.root)
        for id in ids {
            let text = texts[id]!
            XCTAssertEqual(targets[id] ?? nil, text, "\(id): a new export carries it", file: file, line: line)
            let nl = try XCTUnwrap(engine.locales["nl"]?.clauses[id], file: file, line: line)
            let pl = try XCTUnwrap(engine.locales["pl"]?.clauses[id], file: file, line: line)
            XCTAssertEqual(pl.problems, [], "\(id)", file: file, line: line)
            XCTAssertEqual(TreeShape.of(pl.text), TreeShape.of(nl.text), "\(id): the engine reads the same tree", file: file, line: line)
        }
    }

    /// Whether a clause file can hold `text` at all: no control characters but tab and line feed (XML and
    /// the loader refuse them), no carriage return (XML reads it as a line feed), no line break at the end
    /// (a block scalar's final line break is not part of the text), no U+FEFF first (the YAML reader
    /// both loaders use drops it there, escaped or not, so no file can start a text with it); and not blank
    /// (an empty target is "not translated yet").
    static func isClauseFileText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F }
            && !text.hasSuffix("\n") && text.unicodeScalars.first != "\u{FEFF}"
            && !text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
    }

    /// A YAML double-quoted scalar written independently of the code under test (YAML 1.2 §5.7).
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{A0}":
                out += "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count) + String(s.value, radix: 16)
            default: out.unicodeScalars.append(s)
            }
        }
        return out + "\""
    }
}

/// A tree written out without source locations, so two texts in different files compare by content.
struct TreeShape: ClauseWalker {
    private var out = ""

    static func of(_ text: ClauseText) -> String {
        var shape = TreeShape()
        shape.walk(text.nodes)
        return shape.out
    }

    mutating func visitText(_ text: String) { out += "t(\(text))" }
    mutating func visitLine(_ kind: LineKind) { out += "l(\(kind))" }
    mutating func visitSoftBreak() { out += "s" }
    mutating func visitHardBreak() { out += "h" }
    mutating func visitParagraphBreak() { out += "p" }
    mutating func visitEmphasis(_ content: [TextNode]) { out += "e("; walk(content); out += ")" }
    mutating func visitStrong(_ content: [TextNode]) { out += "b("; walk(content); out += ")" }
    mutating func visitLink(url: [TextNode], content: [TextNode]) { out += "a("; walk(url); out += ";"; walk(content); out += ")" }
    mutating func visitPlaceholder(_ placeholder: Placeholder) { out += placeholder.normalised }
    mutating func visitReference(_ reference: CrossReference) { out += "r(\(reference.id))" }
    mutating func visitConditional(_ conditional: Conditional) {
        out += "if(\(conditional.condition);"
        walk(conditional.then)
        out += ";"
        walk(conditional.otherwise)
        out += ")"
    }
}

import Foundation
import ODF
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Assembly

/// Lettered lists per language, from `locale.yaml` (issue 16, decision 170): the letters are data, a
/// malformed entry is a located error, and the shipped agreement's recitals carry each language's letters.
final class ListLettersTests: XCTestCase {
    static let root = TemplateGoldenTests.root
    static let library = TemplateGoldenTests.library

    private func letters(_ code: String) throws -> ListLetters {
        try XCTUnwrap(Self.library.locales[code]?.listLetters, "no locale \(code)")
    }

    func testEveryShippedLanguageLettersItsOwnWay() throws {
        let expected: [String: [String]] = [
            "nl": ["a.", "b.", "c.", "d.", "e."],
            "en": ["(a)", "(b)", "(c)", "(d)", "(e)"],
            "de": ["a)", "b)", "c)", "d)", "e)"],
            "pl": ["a)", "b)", "c)", "d)", "e)"],
            "tr": ["a)", "b)", "c)", "ç)", "d)"],
            "uk": ["а)", "б)", "в)", "г)", "д)"],
            "ar": ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)"],
        ]
        XCTAssertEqual(Set(expected.keys), Set(Self.library.locales.codes), "every shipped language is checked")
        for (code, labels) in expected {
            let l = try letters(code)
            XCTAssertEqual((0..<5).map(l.label), labels, code)
        }
        // Abjad order (W3C arabic-abjad): the 28 letters, ending in ض ظ غ.
        XCTAssertEqual(try letters("ar").letters.count, 28)
        XCTAssertEqual(Array(try letters("ar").letters.suffix(3)), ["ض", "ظ", "غ"])
        XCTAssertEqual(try letters("uk").letters.prefix(11).joined(), "абвгдеєжзиі")
    }

    func testPastTheLastLetterLabelsGoOnAlphabetically() {
        let l = ListLetters.latin
        XCTAssertEqual(l.label(25), "z.")
        XCTAssertEqual(l.label(26), "aa.")
        XCTAssertEqual(l.label(27), "ab.")
        XCTAssertEqual(l.label(26 * 27), "aaa.")
    }

    private func parse(_ yaml: String) -> (ListLetters?, [Diagnostic]) {
        var reader = YAMLReader(file: "locales/xx/locale.yaml", text: yaml)
        guard let root = reader.compose(yaml, code: .localeSyntax), case .mapping(let map) = root,
              let node = map["lettered-list"] else { return (nil, reader.bag.items) }
        let parsed = ListLetters.parse(node, &reader)
        return (parsed, reader.bag.items)
    }

    func testAWellFormedEntry() {
        let (parsed, problems) = parse("lettered-list:\n  letters: [أ, ب, هـ]\n  prefix: \"(\"\n  suffix: \")\"\n")
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(parsed, ListLetters(letters: ["أ", "ب", "هـ"], prefix: "(", suffix: ")"))
    }

    func testMalformedEntriesAreLocatedErrors() {
        let cases: [(String, Int, String)] = [
            ("lettered-list:\n  letters: [a, b, a]\n", 2, "given twice"),
            ("lettered-list:\n  letters: [a]\n", 2, "at least two"),
            ("lettered-list:\n  letters: [a, \"b c\"]\n", 2, "letters only"),
            ("lettered-list:\n  letters: [a, \"1\"]\n", 2, "letters only"),
            ("lettered-list:\n  suffix: \")\"\n", 2, "letters is required"),
            ("lettered-list:\n  letters: [a, b]\n  suffix: \") \"\n", 3, "punctuation"),
            ("lettered-list:\n  letters: [a, b]\n  prefix: \"((((\"\n", 3, "at most 3"),
            ("lettered-list:\n  letters: [a, b]\n  sufix: \")\"\n", 3, "unknown key"),
            ("lettered-list:\n  letters: a\n", 2, "must be a list"),
        ]
        for (yaml, line, message) in cases {
            let (parsed, problems) = parse(yaml)
            XCTAssertNil(parsed, yaml)
            let error = problems.first { $0.severity == .error }
            XCTAssertEqual(error?.location?.file, "locales/xx/locale.yaml", yaml)
            XCTAssertEqual(error?.location?.line, line, yaml)
            XCTAssertTrue(error?.message.contains(message) ?? false, "\(yaml): \(String(describing: error?.message))")
        }
    }

    /// The recitals of the Arabic agreement: each item names its own list style, whose label is the abjad
    /// letter and which numbers nothing (so the office suite sets the label, right-to-left).
    func testTheArabicAgreementLettersItsRecitalsInAbjadOrder() throws {
        let file = try XCTUnwrap(try TemplateGoldenTests.example(of: "processor-agreement"))
        let assembled = Assembler(library: Self.library).assemble(template: "processor-agreement", data: try CaseData.load(file: file),
                                                                  options: RenderOptions(language: "ar"))
        guard case .success(let doc) = assembled else { return XCTFail("\(assembled)") }
        let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
        let q = try XCTUnwrap(XMLQuery(try XCTUnwrap(package.entry("content.xml"))))
        // In Arabic the list takes the right-to-left copy of List_20_Label (RightToLeftListTests).
        let overrides = q.values("//text:list/text:list-item/@text:style-override")
        XCTAssertEqual(overrides.count, 5)
        let labels: [String] = try overrides.map { name in
            try XCTUnwrap(q.value("//office:automatic-styles/text:list-style[@style:name='\(name)']/text:list-level-style-number[@text:level='1']/@style:num-prefix"))
        }
        XCTAssertEqual(labels, ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)"])
        let formats = try overrides.map { name in
            try XCTUnwrap(q.value("//office:automatic-styles/text:list-style[@style:name='\(name)']/text:list-level-style-number/@style:num-format"))
        }
        XCTAssertEqual(formats, Array(repeating: "", count: 5))
    }
}

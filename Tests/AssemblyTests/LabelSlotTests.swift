import Foundation
import ODF
import XCTest
@testable import Assembly

/// The `{{name}}` slot of `label.signature.on-behalf-of` (issue 16, decision 172): each language puts the
/// party's name where its grammar wants it — Turkish after it ("X adına"), the others before.
final class LabelSlotTests: XCTestCase {
    static let library = NumberPhraseTests.library

    private func signatureLines(_ language: String) throws -> [String] {
        let yaml = NumberPhraseTests.inLanguage(language, NumberPhraseTests.saas)
        let data = try YAMLCaseReader.read(yaml, file: "case.yaml")
        guard case .success(let doc) = Assembler(library: Self.library).assemble(
            template: "processor-agreement", data: data, options: RenderOptions(language: language)) else {
            XCTFail("\(language) does not assemble"); return []
        }
        guard let table = doc.document.body.lazy.compactMap({ block -> Table? in
            if case .table(let t) = block, t.name == "Signatures" { return t } else { return nil }
        }).first else { XCTFail("\(language): no signature block"); return [] }
        // The first line of each party's block: the on-behalf-of line.
        return table.rows[0].cells.map { cell in
            plainText(Array(cell.blocks.prefix(1))).replacingOccurrences(of: "\u{2066}", with: "")
                .replacingOccurrences(of: "\u{2069}", with: "")
        }
    }

    func testEachLanguagePutsThePartyNameWhereItsGrammarWantsIt() throws {
        let controller = "Sociale Dienst Voorbeeldregio", processor = "CaseFlow Cloud B.V."
        let expected: [String: (String) -> String] = [
            "nl": { "Namens \($0)" }, "en": { "On behalf of \($0)" }, "de": { "Für \($0)" },
            "pl": { "W imieniu \($0)" }, "uk": { "Від імені \($0)" }, "ar": { "نيابةً عن \($0)" },
            "tr": { "\($0) adına" },
        ]
        for (language, line) in expected {
            XCTAssertEqual(try signatureLines(language), [line(controller), line(processor)], language)
        }
    }

    /// The slot is declared, so every shipped language uses it; lint accepts it in that label only.
    func testEveryLanguageHasTheSlotAndLintIsClean() throws {
        for code in Self.library.locales.codes {
            let clause = try XCTUnwrap(Self.library.locales[code]?.clauses[ElementDeclaration.nameSlot.clause], code)
            XCTAssertTrue(clause.text.placeholders.contains { $0.name == "name" }, code)
        }
        let problems = Self.library.lint(strict: false)
            .filter { $0.location?.file.hasSuffix("labels.yaml") == true && $0.field == "name" }
        XCTAssertEqual(problems.map(\.description), [])
    }
}

import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Decision 160: the salutation of every language, by `addressee.salutation` (mr, ms, none), for the
/// representative and for the data subject; and the declared exception (`omits:`) that lets a language
/// leave the name out, where an undeclared omission is an error.
final class SalutationTests: XCTestCase {
    /// The salutation line of the acknowledgement, without direction controls.
    func salutation(_ language: String, _ salutation: String, representative: Bool = true,
                    name: String = "S. Bakker", file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent(
            "templates/examples/acknowledgement-rectification-representative-nl.yaml"))
        let person = representative ? "representative" : "recipient"
        if !representative { for part in ["name", "salutation", "street", "postcode", "city"] { data.set("representative.\(part)", "") } }
        data.set("\(person).salutation", salutation)
        data.set("\(person).name", name)
        guard case .success(let doc) = Assembler(library: MandatoryElementsTests.library)
            .assemble(template: "dsr-acknowledgement", data: data, options: RenderOptions(language: language)) else {
            XCTFail("must render", file: file, line: line)
            return ""
        }
        let lines = plainText(doc.document.body).split(separator: "\n").map(String.init)
        let bidi = Set("\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}")
        return lines.map { String($0.filter { !bidi.contains($0) }) }.first { line in
            ["Geachte", "Dear", "Sehr", "Guten", "Szanown", "Шановн", "Sayın", "حضرة"].contains { line.hasPrefix($0) }
        } ?? "(no salutation)"
    }

    func testEveryLanguageForMrMsAndNone() throws {
        let expected: [String: [String]] = [
            "nl": ["Geachte heer Bakker,", "Geachte mevrouw Bakker,", "Geachte heer/mevrouw Bakker,"],
            "en": ["Dear Mr Bakker,", "Dear Ms Bakker,", "Dear S. Bakker,"],
            "de": ["Sehr geehrter Herr Bakker,", "Sehr geehrte Frau Bakker,", "Guten Tag S. Bakker,"],
            "pl": ["Szanowny Panie,", "Szanowna Pani,", "Szanowna Pani / Szanowny Panie,"],
            "uk": ["Шановний пане Bakker!", "Шановна пані Bakker!", "Шановний пане / Шановна пані Bakker!"],
            "tr": ["Sayın S. Bakker,", "Sayın S. Bakker,", "Sayın S. Bakker,"],
            "ar": ["حضرة السيد S. Bakker المحترم،", "حضرة السيدة S. Bakker المحترمة،", "حضرة السيد/السيدة S. Bakker المحترم/المحترمة،"],
        ]
        for (language, lines) in expected {
            for (code, line) in zip(["mr", "ms", "none"], lines) {
                XCTAssertEqual(try salutation(language, code), line, "\(language) \(code), representative")
                XCTAssertEqual(try salutation(language, code, representative: false), line, "\(language) \(code), data subject")
            }
        }
    }

    func testDutchSurnameStartsWithACapitalAndEnglishKeepsTheParticle() throws {
        XCTAssertEqual(try salutation("nl", "ms", name: "F. el Amrani"), "Geachte mevrouw El Amrani,")
        XCTAssertEqual(try salutation("en", "ms", name: "F. el Amrani"), "Dear Ms el Amrani,")
        XCTAssertEqual(try salutation("en", "mr", name: "A.J. de Vries"), "Dear Mr de Vries,")
    }

    // MARK: the declared exception

    func clause(_ yaml: String, language: String) -> Clause {
        let (clauses, problems) = ClauseFileLoader.load(text: yaml, file: "locales/\(language)/t.yaml", language: language,
                                                        isSource: language == "nl")
        XCTAssertEqual(problems, [])
        return clauses[0]
    }

    let dutch = """
    s:
      version: 2
      status: reviewed
      text: "{{addressee.salutation | select: mr=\\"Geachte heer\\" other=\\"Geachte heer/mevrouw\\"}} {{addressee.surname}},"
    """

    func testAnUndeclaredMissingNameIsAnErrorAndADeclaredOneIsNot() {
        let source = clause(dutch, language: "nl")
        let undeclared = clause("""
        s:
          version: 1
          source-version: 2
          status: draft
          text: "{{addressee.salutation | select: mr=\\"Szanowny Panie,\\" other=\\"Szanowni Państwo,\\"}}"
        """, language: "pl")
        let problems = OmissionCheck.problems(undeclared, source: source)
        XCTAssertEqual(problems.map(\.code), [.clauseOmits])
        XCTAssertEqual(problems.first?.field, "addressee.surname")
        XCTAssertEqual(problems.first?.location?.description, "locales/pl/t.yaml:1:1")

        let declared = clause("""
        s:
          version: 1
          source-version: 2
          status: draft
          omits: {addressee.surname: "Polish etiquette: the title alone"}
          text: "{{addressee.salutation | select: mr=\\"Szanowny Panie,\\" other=\\"Szanowni Państwo,\\"}}"
        """, language: "pl")
        XCTAssertEqual(OmissionCheck.problems(declared, source: source), [])
    }

    func testADeclarationMustBeTrue() {
        let source = clause(dutch, language: "nl")
        let printsIt = clause("""
        s:
          version: 1
          source-version: 2
          status: draft
          omits: {addressee.surname: "no reason", addressee.initials: "not in the Dutch"}
          text: "{{addressee.salutation | select: other=\\"Dear\\"}} {{addressee.surname}},"
        """, language: "en")
        XCTAssertEqual(OmissionCheck.problems(printsIt, source: source).map(\.message), [
            "clause s in en declares {{addressee.initials}} left out, but the Dutch clause does not print it; remove it from omits:",
            "clause s in en declares {{addressee.surname}} left out, but prints it; remove it from omits:",
        ])
        let (_, inDutch) = ClauseFileLoader.load(text: dutch.replacingOccurrences(of: "  status: reviewed", with: "  status: reviewed\n  omits: {x: y}"),
                                                 file: "locales/nl/t.yaml", language: "nl", isSource: true)
        XCTAssertTrue(inDutch.isEmpty)   // clause-level problems live on the clause
        let (clauses, _) = ClauseFileLoader.load(text: dutch.replacingOccurrences(of: "  status: reviewed", with: "  status: reviewed\n  omits: {x: y}"),
                                                 file: "locales/nl/t.yaml", language: "nl", isSource: true)
        XCTAssertEqual(clauses[0].problems.map(\.message), ["omits: belongs in translations, not in nl"])
    }

    func testTheShippedLibraryDeclaresItsOmissions() {
        let lint = MandatoryElementsTests.library.lint(strict: false, verbose: false)
        XCTAssertEqual(lint.filter { $0.code == .clauseOmits }, [])
        for language in ["pl", "tr", "ar"] {
            XCTAssertEqual(MandatoryElementsTests.library.clause("letter.salutation", in: language)?.omits.keys.sorted(), ["addressee.surname"], language)
        }
    }
}

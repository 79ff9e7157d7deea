import Foundation
import ODF
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Assembly

/// The shipped processor agreement (issue 12): audit, transfers, commencement, language, plausibility,
/// the official-text override, and the register.
final class ProcessorAgreementTests: XCTestCase {
    static let root = ShippedExamples.root
    static let library = ShippedExamples.library
    static let saas = try! String(contentsOf: root.appendingPathComponent("templates/examples/agreement-saas.yaml"), encoding: .utf8)

    private func run(_ yaml: String, _ language: String = "nl", library: Library = library) -> Result<AssembledDocument, Diagnostics> {
        let data = try! YAMLCaseReader.read(yaml, file: "case.yaml")
        return Assembler(library: library).assemble(template: "processor-agreement", data: data, options: RenderOptions(language: language))
    }

    private func text(_ yaml: String, _ language: String = "nl") throws -> String {
        switch run(yaml, language) {
        case .success(let doc): return plainText(doc.document.body)
        case .failure(let problems): XCTFail("\(problems)"); throw problems
        }
    }

    private func errors(_ yaml: String, _ language: String = "nl") -> [String] {
        switch run(yaml, language) {
        case .success: XCTFail("expected errors"); return []
        case .failure(let problems): return problems.items.filter { $0.severity == .error }.map(\.description)
        }
    }

    // MARK: audit, commencement, language

    func testAuditNeedsNoCauseIsCappedWithNoticeAndExtraAuditsAreAlwaysAllowed() throws {
        let nl = try text(Self.saas)
        XCTAssertTrue(nl.contains("Daarvoor is geen aanleiding nodig (artikel 28, derde lid, onder h, van de AVG)."))
        XCTAssertTrue(nl.contains("ten hoogste eenmaal per jaar en kondigt een audit ten minste 10\u{00A0}werkdagen vooraf Schriftelijk aan"))
        XCTAssertTrue(nl.contains("na een Datalek of een ander beveiligingsincident"))
        XCTAssertTrue(nl.contains("als de Autoriteit Persoonsgegevens daarom vraagt"))
        XCTAssertFalse(nl.contains("gegronde aanleiding"), "the audit right is not conditional")
        let twice = try text(Self.saas.replacingOccurrences(of: "frequency: {times: 1, per: year}", with: "frequency: {times: 2, per: half-year}"), "en")
        XCTAssertTrue(twice.contains("at most 2\u{00A0}times per six months"))
        XCTAssertEqual(errors(Self.saas.replacingOccurrences(of: "frequency: {times: 1, per: year}", with: "frequency: eenmaal per jaar")),
                       ["case.yaml:180:1: audit.frequency.per: required", "case.yaml:180:1: audit.frequency.times: required"],
                       "free text is no longer a frequency")
    }

    func testTheAgreementCoversProcessingFromTheStartOfTheMainContract() throws {
        XCTAssertTrue(try text(Self.saas).contains("vanaf de dag waarop de Hoofdovereenkomst is ingegaan (1 april 2026), ook voor verwerkingen vóór de dag waarop Partijen deze Overeenkomst hebben ondertekend"))
        XCTAssertFalse(try text(Self.saas).contains("gaat in op de dag waarop beide Partijen haar hebben ondertekend"))
    }

    func testATranslationSaysTheDutchTextPrevailsAndTheDutchTextDoesNot() throws {
        XCTAssertTrue(try text(Self.saas, "en").contains("If the Dutch and the English text differ, the Dutch text prevails."))
        XCTAssertFalse(try text(Self.saas).contains("gaat de Nederlandse tekst voor"))
    }

    func testDraftingFixesFromTheReview() throws {
        let nl = try text(Self.saas)
        XCTAssertFalse(nl.contains("de overeenkomst Overeenkomst"))
        XCTAssertTrue(nl.contains("een overeenkomst gesloten met de titel Overeenkomst Software as a Service"))
        XCTAssertTrue(nl.contains("Medewerkers van Subverwerkers staan niet onder het gezag van de Verwerker"))
        XCTAssertTrue(nl.contains("artikel 28, negende lid, van de AVG"))
        XCTAssertFalse(nl.contains("schriftelijk"), "the defined term is Schriftelijk, everywhere")
        XCTAssertFalse(try text(Self.saas, "en").contains("written"), "the defined term is In Writing, everywhere")
    }

    func testAnEnglishAgreementFromEnglishValuesHasNoDutchSentenceFragments() throws {
        let en = try text(Self.saas, "en")
        // Dutch function words and nouns that never occur in English; legitimate Dutch names (the
        // organisation, "Autoriteit Persoonsgegevens", "Participatiewet") contain none of them as words.
        let dutch = ["het", "een", "van", "voor", "niet", "wordt", "zijn", "gegevens", "verwerking",
                     "overeenkomst", "dossiers", "ondersteuning", "Verenigde", "Staten", "Ierland", "Nederland", "directeur"]
        let words = Set(en.split(whereSeparator: { !$0.isLetter }).map(String.init))
        XCTAssertEqual(dutch.filter(words.contains), [])
        XCTAssertTrue(en.contains("the agreement entitled") || en.contains("an agreement entitled"))
    }

    func testPlainFreeTextInAnotherLanguageIsAnErrorNamingTheFieldAndNothingIsWritten() {
        let plain = Self.saas.replacingOccurrences(of: """
        retention:
          nl: >-
        """, with: "retention: >-\n  ").replacingOccurrences(of: """
          en: >-
            case files until the term the Controller sets per file (as a rule five years after closure);
            back-ups for at most 30 days; log files for 12 months
        """, with: "")
        XCTAssertEqual(errors(plain, "en"), [
            "case.yaml:109:12: retention: free text written in nl only (the case's language); the en document needs `{nl: …, en: …}`",
        ])
        XCTAssertNoThrow(try text(plain, "nl"), "in the case's own language a plain value is fine")
        let missing = errors(Self.saas, "de")
        XCTAssertTrue(missing.contains("case.yaml:51:7: service: has no de version (given in en, nl); add `de: …`"), "\(missing)")
    }

    // MARK: transfers and sub-processing

    func testALocationOutsideTheEEAWithoutATransferIsALocatedError() {
        let noTransfer = Self.saas.replacingOccurrences(of: """
        transfers:
          - country: {nl: Verenigde Staten, en: United States}
            country-code: US
            recipient: HelpDesk Harbor Inc.
            mechanism: scc
        """, with: "")
        let found = errors(noTransfer)
        XCTAssertTrue(found.contains { $0.hasPrefix("case.yaml:122:19: locations[3].country-code: processing in US, outside the EEA, needs a transfer basis") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("case.yaml:142:19: subprocessors[2].country-code: this sub-processor processes in US, outside the EEA") }, "\(found)")
        XCTAssertEqual(found.count, 2, "both, in one run")
    }

    func testATransferMustNameTheSubProcessorAndAMechanism() {
        let otherRecipient = Self.saas.replacingOccurrences(of: "    recipient: HelpDesk Harbor Inc.", with: "    recipient: Someone Else LLC")
        XCTAssertEqual(errors(otherRecipient).map { String($0.prefix(48)) }, ["case.yaml:146:19: subprocessors[2].country-code:"])
        let noMechanism = Self.saas.replacingOccurrences(of: "    mechanism: scc\n", with: "")
        XCTAssertEqual(errors(noMechanism), ["case.yaml:125:5: transfers[1].mechanism: required"])
        let badCode = Self.saas.replacingOccurrences(of: "country-code: IE}", with: "country-code: Ierland}")
        XCTAssertEqual(errors(badCode), ["case.yaml:120:57: locations[2].country-code: expected an ISO 3166-1 alpha-2 country code in capitals, such as NL or US"])
    }

    func testTheEEAFlagComesFromTheCountryList() throws {
        switch run(Self.saas) {
        case .failure(let p): XCTFail("\(p)")
        case .success(let doc):
            let tables = doc.document.body.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
            let locations = tables.first { $0.headerRows.first.map { plainText($0.cells[0].blocks) } == "Land" }
            XCTAssertEqual(locations?.rows.map { plainText($0.cells[1].blocks) }, ["Ja", "Ja", "Nee"])
        }
        let contradicting = Self.saas.replacingOccurrences(of: "country-code: IE}", with: "country-code: IE, eea: false}")
        XCTAssertEqual(errors(contradicting).count, 1)
    }

    func testNoSubProcessingWithAListOfSubProcessorsIsAnError() {
        let none = Self.saas.replacingOccurrences(of: "  mode: general\n  objection-days: 30", with: "  mode: none")
        XCTAssertTrue(errors(none).contains { $0.contains("subprocessors: required when") || $0.contains("subprocessors:") }, "\(errors(none))")
    }

    // MARK: plausibility

    func testImplausibleValuesAreWarningsAndTheDocumentIsStillWritten() throws {
        var yaml = Self.saas.replacingOccurrences(of: "notify-hours: 36", with: "notify-hours: 60")
        yaml = yaml.replacingOccurrences(of: "term-days: 60", with: "term-days: 120")
        yaml = yaml.replacingOccurrences(of: "special-categories:\n  processed: true", with: "special-categories:\n  processed: false")
        switch run(yaml) {
        case .failure(let p): XCTFail("\(p)")
        case .success(let doc):
            let warnings = doc.warnings.filter { $0.code == .plausibility }.map { $0.field ?? "" }
            XCTAssertEqual(Set(warnings), ["breach.notify-hours", "return-or-delete.term-days", "special-categories.processed"])
            XCTAssertFalse(doc.warnings.contains { $0.description.contains("CaseFlow") }, "no case values in messages")
        }
        switch run(Self.saas) {
        case .failure(let p): XCTFail("\(p)")
        case .success(let doc): XCTAssertEqual(doc.warnings.filter { $0.code == .plausibility }.count, 0)
        }
    }

    // MARK: the official text, clause by clause

    func testAnOrganisationPutsTheOfficialTextInPlaceForThreeClauses() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/official-vwo")
        let layered = try Library.load(LibraryLayers(shipped: Self.root, organisation: fixture))
        let data = try YAMLCaseReader.read(Self.saas, file: "case.yaml")
        guard case .success(let doc) = Assembler(library: layered).assemble(template: "processor-agreement", data: data,
                                                                            options: RenderOptions(language: "nl")) else { return XCTFail() }
        let body = plainText(doc.document.body)
        XCTAssertTrue(body.contains("(VWO 2.42, artikel 5.1) Verwerker is verplicht tot geheimhouding"))
        XCTAssertTrue(body.contains("uiterlijk binnen 36 uur na ontdekking, over een Datalek"))
        XCTAssertTrue(body.contains("(VWO 2.42, artikel 15.1) Op de Verwerkersovereenkomst is Nederlands recht van toepassing."))
        XCTAssertFalse(body.contains("De Verwerker houdt de persoonsgegevens geheim."), "the shipped wording is gone")
        for id in ["agr.confidentiality.duty", "agr.breach.notify", "agr.final.law"] {
            XCTAssertTrue(doc.provenance.clauseList.contains("\(id)@1+org"), "\(id) is traced to the organisation")
        }
    }

    // MARK: the register

    func testRegisterOfTheExamplesIsGolden() throws {
        let files = ["agreement-saas.yaml", "agreement-hosting.yaml"].map { Self.root.appendingPathComponent("templates/examples/" + $0) }
        guard case .success(let register) = ProcessorRegister.build(library: Self.library, files: files, language: "nl") else { return XCTFail() }
        XCTAssertEqual(register.rows.count, 2)
        XCTAssertEqual(register.rows.map { $0[0] }, [.text("CaseFlow Cloud B.V."), .text("Rekenwolk Hosting B.V.")], "sorted by processor")
        let sheet = register.spreadsheet(language: LanguageTag(language: "nl", country: "NL"), date: DocumentDate(year: 2026, month: 12, day: 3))
        assertMatchesGolden(PrettyXML.format(try SpreadsheetWriter.contentXML(sheet)), named: "register-content.xml")
        let bytes = try SpreadsheetWriter.package(sheet)
        XCTAssertTrue(bytes == (try SpreadsheetWriter.package(sheet)), "deterministic")
    }

    func testRegisterCSVIsWhatExcelExpects() throws {
        let files = [Self.root.appendingPathComponent("templates/examples/agreement-saas.yaml")]
        guard case .success(var register) = ProcessorRegister.build(library: Self.library, files: files, language: "en") else { return XCTFail() }
        register.rows[0][1] = .text("=HYPERLINK(\"x\")")
        let csv = RegisterCSV.bytes(register)
        XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark")
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("Processor;Chamber of Commerce number;Service;"))
        XCTAssertTrue(text.contains("\r\n"))
        XCTAssertTrue(text.contains(";\"'=HYPERLINK(\"\"x\"\")\";"), "formula defused and quoted")
        XCTAssertTrue(text.contains(";2026-04-01;2029-03-31;"), "ISO dates")
    }

    func testRegisterReportsEveryBadFileTogetherAndNamesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.saas.replacingOccurrences(of: "    mechanism: scc\n", with: "").write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try Self.saas.replacingOccurrences(of: "  kvk: \"76543210\"\n", with: "").write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        guard case .failure(let problems) = ProcessorRegister.build(library: Self.library, files: [folder.appendingPathComponent("b.yaml"), folder.appendingPathComponent("a.yaml")], language: "nl")
        else { return XCTFail() }
        let errors = problems.items.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains { $0.hasPrefix("a.yaml:") && $0.contains("transfers[1].mechanism: required") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("b.yaml:") && $0.contains("processor.kvk: required") }, "\(errors)")
    }
}

import Foundation
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 11: the notice to a recipient (GDPR art. 19) — its mandatory elements in nl and en, read back
/// from the written package; its input errors, located and all together; and data minimisation: nothing
/// of the person but the name and the key the recipient finds the record by (decision 083).
final class RecipientNotificationTests: XCTestCase {
    static let library = MandatoryElementsTests.library
    static let nl = "recipient-notification-rectification-uwv-nl"
    static let en = "recipient-notification-erasure-en"

    func example(_ file: String, _ changes: [String: String?] = [:]) throws -> CaseData {
        var data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent("templates/examples/\(file).yaml"))
        for (path, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value { data.set(path, value) } else { data.remove(path) }
        }
        return data
    }

    func problems(_ data: CaseData) -> [Diagnostic] {
        switch Assembler(library: Self.library).assemble(template: "dsr-recipient-notification", data: data, options: RenderOptions()) {
        case .success: return []
        case .failure(let d): return d.items
        }
    }

    /// The text of the written package's content.xml.
    func text(_ data: CaseData, language: String? = nil) throws -> String {
        let assembled: AssembledDocument
        switch Assembler(library: Self.library).assemble(template: "dsr-recipient-notification", data: data,
                                                         options: RenderOptions(language: language)) {
        case .success(let doc): assembled = doc
        case .failure(let d): XCTFail(d.items.map(\.description).joined(separator: "\n")); return ""
        }
        let package = try PackageReader(bytes: assembled.package())
        return try ContentText.plainText(contentXML: XCTUnwrap(package.entry("content.xml")))
    }

    // MARK: mandatory elements

    func testDutchNoticeCarriesEveryElement() throws {
        let t = try text(try example(Self.nl))
        for (needle, what) in [
            ("UWV", "addressed to the recipient organisation"), ("Postbus 9000", "its address"), ("1000 AA  AMSTERDAM", "postcode and city"),
            ("Ter attentie van: afdeling Gegevensbeheer", "the department"),
            ("Artikel 19 van de Algemene verordening gegevensbescherming", "legal basis"),
            ("F. el Amrani", "the person's name"), ("Burgerservicenummer (BSN): 111222333", "the BSN, declared usable"),
            ("Ons kenmerk: SD\u{2011}2026\u{2011}00731\u{2011}UWV", "our reference (a reference keeps its hyphens unbroken)"),
            ("Wij hebben ze gecorrigeerd (artikel 16 AVG)", "what happened: rectified"),
            ("Woonadres", "which data"), ("Lindelaan 15, 1233 KL Voorbeeldstad, sinds 1 oktober 2026", "the correct data"),
            ("€ 1.245,00 bruto (niet € 2.145,00)", "the correct data, second item"),
            ("Deze wijzigingen gelden vanaf 12 november 2026.", "since when"),
            ("16 november 2026", "letter date"), ("P. de Vries", "named contact"), ("14 0123", "contact phone"),
            ("Dit is een mededeling, geen besluit.", "not a besluit"),
        ] {
            XCTAssertTrue(t.contains(needle), "\(what) missing: \(needle)")
        }
        XCTAssertFalse(t.contains("bezwaar"), "no objection clause: not a besluit for the recipient")
        XCTAssertFalse(t.contains(Self.library.organisation!.values["org.objection-url"]!), "no objection clause")
        XCTAssertFalse(t.contains("verwijderd (artikel 17"), "no erasure paragraph without erased items")
        XCTAssertFalse(t.contains("Uw kenmerk:"), "no recipient reference given, none printed")
    }

    func testEnglishNoticeCarriesEveryElement() throws {
        let t = try text(try example(Self.en))
        for (needle, what) in [
            ("Department of Social Protection", "addressed to the recipient organisation"), ("IRELAND", "its country"),
            ("For the attention of: International Benefits Section", "the department"),
            ("Article 19 of the General Data Protection Regulation", "legal basis"),
            ("T. Kowalski", "the person's name"), ("Your reference: IBS/2026/4471", "the recipient's own reference"),
            ("Our reference: SD\u{2011}2026\u{2011}00802\u{2011}DSP", "our reference"),
            ("We have erased this data (Article 17 GDPR):", "what happened: erased"), ("Note of the home visit of 12 May 2026", "which data"),
            ("We have restricted the processing of this data (Article 18 GDPR).", "what happened: restricted"),
            ("Bank account number for payments", "which data"),
            ("These changes apply from 18 November 2026.", "since when"),
            ("L. Visser", "named contact"), ("This is a notification, not a decision", "not a besluit"),
        ] {
            XCTAssertTrue(t.contains(needle), "\(what) missing: \(needle)")
        }
        XCTAssertFalse(t.contains("BSN"), "no BSN for a recipient that does not use it")
        XCTAssertFalse(t.contains("objection"), "no objection clause")
    }

    func testEveryLanguageRendersBothExamples() throws {
        for file in [Self.nl, Self.en] {
            for language in ["nl", "en", "pl", "uk", "tr", "ar", "de"] {
                XCTAssertTrue(try text(try example(file), language: language).contains("F. el Amrani") || file == Self.en, "\(file) \(language)")
            }
        }
    }

    // MARK: data minimisation

    func testTheTemplateAsksNothingOfTheRequestOrThePersonsAddress() throws {
        let fields = try XCTUnwrap(Self.library.templates["dsr-recipient-notification"]).fields.specs.map(\.name)
        XCTAssertFalse(fields.contains { $0.hasPrefix("request.") || $0.hasPrefix("decision.") || $0.hasPrefix("refusal.") },
                       "no history of the request: \(fields)")
        XCTAssertFalse(fields.contains { $0.hasPrefix("subject.") && !["subject.name", "subject.bsn"].contains($0) },
                       "of the person only the name and the BSN: \(fields)")
    }

    // MARK: input errors

    func testLetterBeforeTheChangeIsAnInputError() throws {
        let found = problems(try example(Self.nl, ["date": "2026-11-11"]))
        XCTAssertEqual(found.map(\.field), ["date"])
        XCTAssertTrue(found[0].message.contains("before change.date"))
        XCTAssertEqual(problems(try example(Self.nl, ["date": "2026-11-12"])), [], "the day of the change is allowed")
    }

    func testNothingChangedIsAnInputError() throws {
        var data = try example(Self.en)
        data.remove("erased")
        data.remove("restricted")
        XCTAssertEqual(problems(data).map(\.field), ["rectified"])
    }

    func testARectificationNeedsTheCorrectData() throws {
        let file = MandatoryElementsTests.root.appendingPathComponent("templates/examples/\(Self.nl).yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "    correct: Lindelaan 15, 1233 KL Voorbeeldstad, sinds 1 oktober 2026\n", with: "")
        let found = problems(try caseData(yaml, file: "\(Self.nl).yaml"))
        XCTAssertEqual(found.map(\.field), ["rectified[1].correct"])
        XCTAssertNotNil(found.first?.location)
    }

    func testABSNOnlyForARecipientThatMayUseItAndAKeyIsRequired() throws {
        let bsn = problems(try example(Self.nl, ["recipient.uses-bsn": nil]))
        XCTAssertEqual(bsn.map(\.field), ["subject.bsn"])
        XCTAssertTrue(bsn[0].message.contains("UAVG art. 46"))
        XCTAssertEqual(problems(try example(Self.nl, ["subject.bsn": nil])).map(\.field), ["recipient.reference"],
                       "without BSN and reference the recipient cannot find the record")
        XCTAssertEqual(problems(try example(Self.nl, ["subject.bsn": nil, "recipient.reference": "K-1"])), [])
    }

    func testAllTogetherLocatedWithoutValues() throws {
        let found = problems(try example(Self.nl, ["date": "2026-11-01", "recipient.uses-bsn": nil, "recipient.street": nil,
                                                   "signatory.name": "X"]))
        XCTAssertEqual(Set(found.map(\.field)), ["date", "subject.bsn", "recipient.street", "signatory.function"])
        XCTAssertTrue(found.allSatisfy { $0.location != nil })
        XCTAssertFalse(found.contains { $0.description.contains("Amrani") || $0.description.contains("111222333") },
                       "no personal data in messages")
    }
}

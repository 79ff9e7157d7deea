import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// Issue "data-subject request letters", must show: every kind × request type × language is generated
/// and contains its mandatory elements (domain.md §2) — checked by reading the text back out of the
/// written package, not by trusting the template.
final class MandatoryElementsTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)
    static let types = ["access", "rectification", "erasure", "objection"]
    /// The example each letter kind starts from: the first `templates/examples/<kind>-*.yaml`. Decisions
    /// use the example of the request type where there is one, because what a decision must say depends
    /// on it (the copy, what was changed).
    static func example(of kind: DocumentKind) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("templates/examples").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && library.templateID(forExample: $0) == kind.templateID }.sorted().first
            .map { String($0.dropLast(5)) }
    }
    static let decisionExamples = [
        "access": "decision-access-nl", "rectification": "decision-rectification-nl",
        "erasure": "decision-erasure-partly-nl", "objection": "decision-objection-en",
    ]

    func testEveryKindTypeAndLanguageCarriesItsMandatoryElements() throws {
        let calendar = LegalCalendar()
        var checked = 0
        // Every letter kind of the library (decision 011: the kinds are data), each from its own example.
        let kinds = Self.library.documentKinds.filter { $0.command == .letter }
        XCTAssertTrue(Set(["acknowledgement", "identification", "extension", "decision", "refusal"]).isSubset(of: kinds.map(\.kind)))
        for kind in kinds {
            let template = kind.templateID
            guard let kindExample = Self.example(of: kind) else { XCTFail("no example templates/examples/\(kind.kind)-*.yaml"); continue }
            let languages = try XCTUnwrap(Self.library.languages(ofTemplate: template))
            XCTAssertTrue(languages.contains("nl") && languages.contains("en"), template)
            for type in Self.types {
                let example = template == "dsr-decision" ? Self.decisionExamples[type]! : kindExample
                var data = try CaseData.load(file: Self.root.appendingPathComponent("templates/examples/\(example).yaml"))
                data.set("request.type", type)
                for language in languages {
                    let context = "\(template) \(type) \(language)"
                    let assembled: AssembledDocument
                    switch Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions(language: language)) {
                    case .success(let doc): assembled = doc
                    case .failure(let d): XCTFail("\(context): \(d.items.map(\.description))"); continue
                    }
                    let package = try PackageReader(bytes: assembled.package())
                    let text = try ContentText.plainText(contentXML: XCTUnwrap(package.entry("content.xml")))
                    let locale = try XCTUnwrap(Self.library.locales[language], context)
                    let f = locale.formatting
                    let date = try XCTUnwrap(CivilDate(iso: data.scalar("date") ?? ""))
                    func expect(_ needle: String, _ what: String) {
                        XCTAssertTrue(text.contains(needle), "\(context): \(what) missing")
                    }
                    // Every letter: reference, date, contact, addressee.
                    expect(TextDisplay.printed(data.scalar("reference")!, format: .reference), "case reference")
                    expect(f.long(date), "letter date")
                    expect(data.scalar("caseworker.name")!, "named contact")
                    expect(data.scalar("caseworker.phone")!, "contact phone")
                    expect(data.scalar("representative.name") ?? data.scalar("recipient.name")!, "addressee")
                    // A letter to the data subject (about a request) also: the privacy statement in its language.
                    // A letter to another organisation (recipient-notification, art. 19) has no request.
                    guard let received = CivilDate(iso: data.scalar("request.received") ?? "") else {
                        switch template {
                        case "dsr-recipient-notification":
                            // GDPR art. 19: what changed, since when, the person by name and one key; not a besluit.
                            expect(f.long(try XCTUnwrap(CivilDate(iso: data.scalar("change.date") ?? ""))), "since when")
                            expect(data.scalar("subject.name")!, "the person")
                            if let correct = data.scalar("rectified.1.correct"), language == data.scalar("language") { expect(correct, "the correct data") }
                            if let bsn = data.scalar("subject.bsn") { expect(bsn, "the key to find the record") }
                            expect("19", "art. 19")
                            XCTAssertFalse(text.contains(Self.library.organisation!.values["org.objection-url"]!), "\(context): no objection clause")
                        default: XCTFail("\(context): a letter without request.received has no checks here yet")
                        }
                        checked += 1
                        continue
                    }
                    let url = try XCTUnwrap(Self.library.organisation?.privacyURLs[language], "privacy URL \(language)")
                    expect(url, "privacy statement URL for \(language)")
                    let deadlines = calendar.requestDeadlines(received: received)
                    switch template {
                    case "dsr-acknowledgement":
                        expect(f.long(received), "date received")
                        expect(f.long(deadlines.due.date), "computed deadline")
                    case "dsr-extension":
                        // GDPR art. 12(3): received, the one-month term, extended once by two months (decision 145).
                        expect(f.long(received), "date received")
                        expect(f.long(deadlines.due.date), "one-month deadline")
                        expect(f.long(deadlines.extendedDue.date), "new deadline")
                        expect(data.scalar("extension.reason")!, "case-specific reason")
                    case "dsr-identification":
                        expect(f.long(calendar.roll(date.adding(days: 14)).date), "reply term")
                    case "dsr-not-handled":
                        // Awb 4:5: the completion letter, its term, a new request, the objection clause, the AP.
                        expect(f.long(try XCTUnwrap(CivilDate(iso: data.scalar("completion.date") ?? ""))), "date of the completion letter")
                        expect(f.long(try XCTUnwrap(CivilDate(iso: data.scalar("completion.due") ?? ""))), "completion term")
                        expect(f.long(calendar.objectionTerm(decisionSent: date).date), "objection term end")
                        expect("Postbus 93374", "Autoriteit Persoonsgegevens postal address")
                        expect(Self.library.organisation!.values["org.request-form-url"]!, "how to make a new request")
                    case "dsr-forwarding":
                        // Awb 2:3: to whom (name and address from the case), when; not a besluit.
                        expect(data.scalar("forwarding.to.name")!, "forwarded to")
                        expect(data.scalar("forwarding.to.street")!, "address forwarded to")
                        expect(f.long(try XCTUnwrap(CivilDate(iso: data.scalar("forwarding.date") ?? ""))), "date forwarded")
                        if let detail = data.scalar("forwarding.detail"), language == data.scalar("language") { expect(detail, "why") }
                        XCTAssertFalse(text.contains(Self.library.organisation!.values["org.objection-url"]!), "\(context): no objection clause")
                    case "dsr-decision", "dsr-refusal":
                        expect(f.long(calendar.objectionTerm(decisionSent: date).date), "objection term end")
                        if template == "dsr-refusal" || data.scalar("decision.outcome") == "partly-granted" {
                            expect("Postbus 93374", "Autoriteit Persoonsgegevens postal address")
                            expect("2509 AJ", "Autoriteit Persoonsgegevens postcode")
                        }
                        if let reason = data.scalar("refusal.reason"), template == "dsr-refusal" { expect(reason, "refusal reason") }
                    default: break   // a new kind: the checks every letter gets, above
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 5 * 4 * 2)
    }
}

/// Regression: Turkish letters upper-cased the city with Turkish rules ("DORPWİJK"), which PostNL cannot sort.
final class PostalCapitalsTests: XCTestCase {
    func testCityIsCapitalisedTheDutchWayInEveryLanguage() throws {
        let data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent("templates/examples/refusal-identity-nl.yaml"))
        for language in ["tr", "nl"] {
            guard case .success(let doc) = Assembler(library: MandatoryElementsTests.library)
                .assemble(template: "dsr-refusal", data: data, options: RenderOptions(language: language)) else { return XCTFail(language) }
            let text = try ContentText.plainText(contentXML: XCTUnwrap(PackageReader(bytes: doc.package()).entry("content.xml")))
            XCTAssertTrue(text.contains("DORPWIJK"), language)
            XCTAssertFalse(text.contains("DORPWİJK"), language)
        }
    }
}

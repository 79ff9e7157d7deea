import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 11: the identification letter follows the rule of the decision not to handle (Awb 4:5,
/// decisions 080 and 082). Only identity, a signature, a mandate and the grounds of an art. 21 objection
/// carry the warning that we may not handle the request; a request to narrow down an access request says
/// that without an answer we answer the whole request. Demands that make no sense are located input errors.
final class IdentificationTests: XCTestCase {
    static let library = MandatoryElementsTests.library

    func example(_ file: String, _ changes: [String: String?] = [:], missing: [String]? = nil) throws -> CaseData {
        var text = try String(contentsOf: MandatoryElementsTests.root.appendingPathComponent("templates/examples/\(file).yaml"), encoding: .utf8)
        if let missing, let start = text.range(of: "  missing:\n"), let end = text.range(of: "caseworker:") {
            text.replaceSubrange(start.upperBound..<end.lowerBound, with: missing.map { "    - kind: \($0)\n" }.joined())
        }
        var data = try caseData(text, file: "\(file).yaml")
        for (path, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value { data.set(path, value) } else { data.remove(path) }
        }
        return data
    }

    func problems(_ data: CaseData) -> [Diagnostic] {
        switch Assembler(library: Self.library).assemble(template: "dsr-identification", data: data, options: RenderOptions()) {
        case .success: return []
        case .failure(let d): return d.items
        }
    }

    func text(_ data: CaseData, _ language: String) throws -> String {
        guard case .success(let doc) = Assembler(library: Self.library)
            .assemble(template: "dsr-identification", data: data, options: RenderOptions(language: language))
        else { XCTFail("must render in \(language)"); return "" }
        return plainText(doc.document.body)
    }

    // MARK: input errors

    func testGroundsOnARequestThatIsNoObjectionIsAnInputError() throws {
        let found = problems(try example("identification-erasure-nl", missing: ["grounds"]))
        XCTAssertEqual(found.map(\.field), ["identification.missing"])
        XCTAssertTrue(found[0].message.contains("grounds can only be asked for an objection"), found[0].message)
        XCTAssertNotNil(found[0].location)
        XCTAssertEqual(problems(try example("identification-erasure-nl", ["request.type": "objection"], missing: ["grounds"])), [])
    }

    func testAWetSignatureForDigiDOrAnIdentifiedEmailSenderIsAnInputError() throws {
        let email = problems(try example("identification-erasure-nl", ["request.identity-established": "true"], missing: ["signature"]))
        XCTAssertEqual(email.map(\.field), ["identification.missing"])
        XCTAssertTrue(email[0].message.contains("wet signature cannot be asked"), email[0].message)
        let digid = problems(try example("identification-erasure-nl", ["request.channel": "digid"], missing: ["signature"]))
        XCTAssertEqual(digid.map(\.field), ["identification.missing"])
        XCTAssertEqual(problems(try example("identification-erasure-nl", missing: ["signature"])), [],
                       "an e-mail whose sender is not identified may be asked to sign")
        XCTAssertEqual(problems(try example("identification-erasure-nl", ["request.channel": "paper", "request.identity-established": "true"],
                                            missing: ["signature"])), [], "a paper request without signature (Awb 4:2)")
    }

    func testProofOfIdentityWhenIdentityIsEstablishedAndAMandateWithoutRepresentative() throws {
        XCTAssertTrue(problems(try example("identification-erasure-nl", ["request.channel": "digid"], missing: ["id-proof"]))
            .contains { $0.message.contains("proof of identity cannot be asked for") })
        XCTAssertTrue(problems(try example("identification-erasure-nl", missing: ["mandate"]))
            .contains { $0.message.contains("representative") })
    }

    func testAllInputErrorsTogetherLocatedWithoutValues() throws {
        let found = problems(try example("identification-erasure-nl", ["request.channel": "digid", "date": "2026-04-01"],
                                         missing: ["grounds", "signature", "id-proof", "mandate"]))
        XCTAssertEqual(found.filter { $0.field == "identification.missing" }.count, 4, found.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.field == "date" })
        XCTAssertTrue(found.allSatisfy { $0.location != nil })
        XCTAssertFalse(found.contains { $0.description.contains("Smits") }, "no personal data in messages")
    }

    // MARK: the text

    func testNarrowingDownAnAccessRequestNeverThreatensNotHandling() throws {
        let data = try example("identification-specification-access-nl")
        let nl = try text(data, "nl")
        XCTAssertTrue(nl.contains("Dan behandelen wij uw hele verzoek om inzage."), nl)
        XCTAssertTrue(nl.contains("Dit is een vraag, geen voorwaarde"))
        XCTAssertTrue(nl.contains("Wij hebben nog een vraag aan u."), "the intro does not say we cannot handle it")
        XCTAssertFalse(nl.contains("niet te behandelen"), "no threat of not handling")
        XCTAssertFalse(nl.contains("4:5"))
        XCTAssertFalse(nl.contains("Wij kunnen uw verzoek nog niet behandelen"))
        let en = try text(data, "en")
        XCTAssertTrue(en.contains("we will deal with your whole request for access"), en)
        XCTAssertTrue(en.contains("We have a question for you."))
        XCTAssertFalse(en.contains("not to deal with your request"))
        XCTAssertFalse(en.contains("4:5"))
    }

    func testOnlyLawfulDemandsCarryTheWarningAndTheyAreNamedBesideAQuestion() throws {
        // The shipped erasure example: proof of identity and a question (specification) for an erasure.
        let data = try example("identification-erasure-nl")
        let nl = try text(data, "nl")
        XCTAssertTrue(nl.contains("Dit moet op tijd bij ons zijn:"), nl)
        XCTAssertTrue(nl.contains("het bewijs van wie u bent"))
        XCTAssertFalse(nl.contains("uw handtekening"), "only the kinds asked for are named")
        XCTAssertTrue(nl.contains("Dan kunnen wij besluiten uw verzoek niet te behandelen. Dat mag volgens artikel 4:5"))
        XCTAssertTrue(nl.contains("Dan beslissen wij op uw verzoek met de informatie die wij nu hebben."))
        XCTAssertTrue(nl.contains("Wij kunnen uw verzoek nog niet behandelen."))
        let en = try text(data, "en")
        XCTAssertTrue(en.contains("We must receive the following in time:"), en)
        XCTAssertTrue(en.contains("proof of who you are"))
        XCTAssertTrue(en.contains("we may decide not to deal with your request"))
        XCTAssertTrue(en.contains("we will decide on it with the information we have now"))
    }

    func testOnlyLawfulDemandsKeepTheShortWarning() throws {
        let data = try example("identification-erasure-nl", missing: ["id-proof"])
        let nl = try text(data, "nl")
        XCTAssertTrue(nl.contains("Hebben wij op 22 april 2026 niet alles ontvangen? Dan kunnen wij besluiten uw verzoek niet te behandelen."), nl)
        XCTAssertFalse(nl.contains("informatie die wij nu hebben"))
        XCTAssertFalse(nl.contains("hele verzoek"))
    }

    func testEveryLanguageRendersTheThreeCases() throws {
        for file in ["identification-specification-access-nl", "identification-erasure-nl", "identification-mandate-en"] {
            for language in ["nl", "en", "pl", "uk", "tr", "ar", "de"] {
                XCTAssertFalse(try text(try example(file), language).isEmpty, "\(file) \(language)")
            }
        }
    }
}

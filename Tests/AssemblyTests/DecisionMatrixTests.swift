import Foundation
import LegalCalendar
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 19, must show: every allowed outcome × ground × request type, in nl and en, carries its mandatory
/// elements (read back from the written package), and every disallowed combination is a located input
/// error on the field that is wrong. The matrix itself is docs/letters.md §"Outcomes and grounds".
final class DecisionMatrixTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)
    static let types = ["access", "rectification", "erasure", "restriction", "objection"]
    static let outcomes = ["granted", "partly-granted", "refused", "no-data"]
    static let grounds = ["identity", "rights-of-others", "manifestly-unfounded", "excessive", "legal-obligation", "legal-claims",
                          "compelling-grounds", "objection-not-applicable", "data-correct", "restriction-not-applicable"]

    /// Which request types a ground can refuse (domain.md §7) — the one statement of the matrix in tests.
    static func fits(_ ground: String, _ type: String) -> Bool {
        switch ground {
        case "legal-obligation": return type == "erasure"
        case "legal-claims": return ["erasure", "objection"].contains(type)
        case "compelling-grounds", "objection-not-applicable": return type == "objection"
        case "data-correct": return type == "rectification"
        case "restriction-not-applicable": return type == "restriction"
        default: return true
        }
    }

    /// The legal basis each ground prints, per language.
    static func basis(_ ground: String, _ type: String, _ lang: String) -> String {
        let nl = lang == "nl"
        switch ground {
        case "identity": return nl ? "artikel 11, lid 2" : "Article 11(2)"
        case "rights-of-others":
            if type == "access" { return nl ? "artikel 15, lid 4, AVG" : "Article 15(4) GDPR" }
            return nl ? "artikel 41, lid 1, onder i, UAVG" : "Article 41(1)(i)"
        case "manifestly-unfounded", "excessive": return nl ? "artikel 12, lid 5, onder b, AVG" : "Article 12(5)(b) GDPR"
        case "legal-obligation": return nl ? "artikel 17, lid 3, onder b, AVG" : "Article 17(3)(b) GDPR"
        case "legal-claims":
            if type == "erasure" { return nl ? "artikel 17, lid 3, onder e, AVG" : "Article 17(3)(e) GDPR" }
            return nl ? "artikel 21, lid 1, AVG" : "Article 21(1) GDPR"
        case "compelling-grounds": return nl ? "artikel 21, lid 1, AVG" : "Article 21(1) GDPR"
        case "objection-not-applicable": return nl ? "artikel 6, lid 1, onder c, AVG" : "Article 6(1)(c) GDPR"
        case "data-correct": return nl ? "artikel 16 AVG" : "Article 16 GDPR"
        case "restriction-not-applicable": return nl ? "artikel 18, lid 1, AVG" : "Article 18(1) GDPR"
        default: return "?"
        }
    }

    static let reason = "REDEN-VOOR-DEZE-ZAAK"

    /// A decision case as YAML; `extra` lines are appended at top level.
    static func yaml(type: String, outcome: String?, ground: String?, reason: Bool = true, access: Bool = true, extra: String = "") -> String {
        var lines = [
            "language: nl", "reference: SD-2026-09999", "date: 2026-12-08",
            "recipient: {salutation: ms, name: A. Jansen, street: Kerkstraat 12, postcode: 1234 AB, city: Voorbeeldstad}",
            "request: {type: \(type), received: 2026-11-16, channel: email}",
            "caseworker: {name: P. de Vries, phone: 14 0123}",
        ]
        var decision: [String] = []
        if let outcome { decision.append("  outcome: \(outcome)") }
        if outcome != "no-data" { decision.append("  summary: SAMENVATTING") }
        if outcome == "partly-granted" { decision.append("  refused-part: HET-AFGEWEZEN-DEEL") }
        if ["rectification", "erasure", "restriction"].contains(type) { decision.append("  changes: [WIJZIGING-EEN]") }
        if !decision.isEmpty { lines.append("decision:"); lines += decision }
        if ground != nil || reason {
            lines.append("refusal:")
            if let ground { lines.append("  ground: \(ground)") }
            if reason, ground != nil { lines.append("  reason: \(Self.reason)") }
        }
        if access, type == "access", outcome == "granted" || outcome == "partly-granted" {
            lines += ["access:", "  recipients: [ONTVANGER-UWV]", "  transfers: []",
                      "  retention: [{category: CATEGORIE-BIJSTAND, period: 10 jaar}]", "  sources: [BRON-BRP]",
                      "enclosures: [Kopie van uw gegevens]"]
        }
        if !extra.isEmpty { lines.append(extra) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func data(_ text: String) throws -> CaseData {
        try CaseData.read(Array(text.utf8), file: "case.yaml")
    }

    private func render(_ template: String, _ text: String, _ lang: String) throws -> Result<String, Diagnostics> {
        let data = try Self.data(text)
        switch Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions(language: lang)) {
        case .failure(let d): return .failure(d)
        case .success(let doc):
            let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
            return .success(try ContentText.plainText(contentXML: XCTUnwrap(package.entry("content.xml"))))
        }
    }

    func testEveryAllowedCombinationCarriesItsMandatoryElements() throws {
        let calendar = LegalCalendar()
        let objectionEnd = calendar.objectionTerm(decisionSent: CivilDate(iso: "2026-12-08")!).date
        var checked = 0
        for lang in ["nl", "en"] {
            let f = try XCTUnwrap(Self.library.locales[lang]).formatting
            for type in Self.types {
                var cases: [(template: String, outcome: String, ground: String?)] = []
                for outcome in Self.outcomes {
                    if outcome == "no-data" && type != "access" { continue }
                    if outcome == "partly-granted" || outcome == "refused" {
                        for ground in Self.grounds where Self.fits(ground, type) { cases.append(("dsr-decision", outcome, ground)) }
                    } else {
                        cases.append(("dsr-decision", outcome, nil))
                    }
                }
                for ground in Self.grounds where Self.fits(ground, type) { cases.append(("dsr-refusal", "refused", ground)) }
                for c in cases {
                    let label = "\(c.template) \(type) \(c.outcome) \(c.ground ?? "-") \(lang)"
                    let text: String
                    switch try render(c.template, Self.yaml(type: type, outcome: c.template == "dsr-decision" ? c.outcome : nil, ground: c.ground), lang) {
                    case .failure(let d): XCTFail("\(label): \(d.items.map(\.description))"); continue
                    case .success(let t): text = t
                    }
                    func expect(_ needle: String, _ what: String) { XCTAssertTrue(text.contains(needle), "\(label): \(what) missing") }
                    func expectNot(_ needle: String, _ what: String) { XCTAssertFalse(text.contains(needle), "\(label): \(what) present") }
                    expect("SD\u{2011}2026\u{2011}09999", "reference")
                    expect(f.long(objectionEnd), "objection term end")
                    expect(lang == "nl" ? "het dagelijks bestuur van Sociale Dienst Voorbeeldregio" : "the executive board of Sociale Dienst Voorbeeldregio",
                           "deciding body from the profile")
                    if type == "objection" { expect(lang == "nl" ? "twee betekenissen" : "two different things", "the two bezwaars") }
                    if c.outcome != "granted" { expect("Postbus 93374", "AP complaint") } else { expectNot("Postbus 93374", "AP complaint") }
                    if let ground = c.ground {
                        expect(Self.reason, "case-specific reason")
                        expect(Self.basis(ground, type, lang), "legal basis of \(ground)")
                    }
                    if c.outcome == "partly-granted" { expect("HET-AFGEWEZEN-DEEL", "refused part") }
                    if type == "access", c.outcome == "granted" || c.outcome == "partly-granted" {
                        for needle in ["ONTVANGER-UWV", "CATEGORIE-BIJSTAND", "BRON-BRP"] { expect(needle, "own art. 15 information") }
                        expect(lang == "nl" ? "De kopie is gratis" : "The copy is free of charge", "free copy (art. 12(5))")
                        expect(lang == "nl" ? "krijgt u de kopie ook elektronisch" : "receive the copy electronically", "electronic copy (art. 15(3))")
                        expect(lang == "nl" ? "niet gegeven aan organisaties buiten de Europese" : "not given your data to organisations outside the European",
                               "no transfers, stated by the case")
                        if c.ground == "rights-of-others" && c.outcome == "partly-granted" {
                            expect(lang == "nl" ? "onleesbaar gemaakt" : "made those unreadable", "redaction")
                        }
                    }
                    if c.outcome == "no-data" { expect(lang == "nl" ? "geen persoonsgegevens van u" : "no personal data about you", "no-data decision") }
                    if ["rectification", "erasure", "restriction"].contains(type), c.outcome == "granted" || c.outcome == "partly-granted" {
                        expect("WIJZIGING-EEN", "what was changed")
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }

    /// Every ground on a request type it does not fit: an error on refusal.ground at its line, nothing written.
    func testEveryGroundThatDoesNotFitTheRequestTypeIsALocatedError() throws {
        var refused = 0
        for template in ["dsr-decision", "dsr-refusal"] {
            for type in Self.types {
                for ground in Self.grounds where !Self.fits(ground, type) {
                    let outcome = template == "dsr-decision" ? "refused" : nil
                    guard case .failure(let d) = try render(template, Self.yaml(type: type, outcome: outcome, ground: ground), "nl") else {
                        XCTFail("\(template) \(type) \(ground): written"); continue
                    }
                    let errors = d.items.filter { $0.severity == .error }
                    XCTAssertEqual(errors.map(\.field), ["refusal.ground"], "\(template) \(type) \(ground)")
                    XCTAssertTrue(errors.first?.message.contains(ground) ?? false, "\(template) \(type) \(ground): the message names the ground")
                    XCTAssertNotNil(errors.first?.location?.line, "\(template) \(type) \(ground): located")
                    refused += 1
                }
            }
        }
        XCTAssertEqual(refused, 2 * 23)   // 23 ground × type pairs that do not fit (table in docs/letters.md)
    }

    func testNoDataIsForAccessOnly() throws {
        for type in Self.types where type != "access" {
            guard case .failure(let d) = try render("dsr-decision", Self.yaml(type: type, outcome: "no-data", ground: nil, reason: false), "nl") else {
                XCTFail(type); continue
            }
            XCTAssertEqual(d.items.filter { $0.severity == .error }.map(\.field), ["decision.outcome"], type)
        }
        guard case .failure = try render("dsr-decision", Self.yaml(type: "[access, erasure]", outcome: "no-data", ground: nil, reason: false), "nl") else {
            return XCTFail("no-data on access and erasure")
        }
    }

    func testAMissingReasonIsAnErrorForEveryGround() throws {
        for ground in Self.grounds {
            let type = Self.types.first { Self.fits(ground, $0) }!
            for (template, outcome) in [("dsr-refusal", nil), ("dsr-decision", "refused"), ("dsr-decision", "partly-granted")] as [(String, String?)] {
                guard case .failure(let d) = try render(template, Self.yaml(type: type, outcome: outcome, ground: ground, reason: false), "nl") else {
                    XCTFail("\(template) \(ground): written without a reason"); continue
                }
                XCTAssertEqual(d.items.filter { $0.severity == .error }.map(\.field), ["refusal.reason"], "\(template) \(ground)")
            }
        }
    }

    func testAccessWithoutItsOwnInformationListsEveryMissingFieldAtOnce() throws {
        guard case .failure(let d) = try render("dsr-decision", Self.yaml(type: "access", outcome: "granted", ground: nil, reason: false, access: false), "nl") else {
            return XCTFail("written")
        }
        XCTAssertEqual(Set(d.items.filter { $0.severity == .error }.map(\.field)),
                       ["access.recipients", "access.retention", "access.sources", "access.transfers", "enclosures"])
    }

    func testAnUnknownOutcomeAndAGroundOnAGrantIsAnError() throws {
        guard case .failure(let d) = try render("dsr-decision", Self.yaml(type: "erasure", outcome: "maybe", ground: nil, reason: false), "nl") else {
            return XCTFail("written")
        }
        XCTAssertEqual(d.items.filter { $0.severity == .error }.map(\.field), ["decision.outcome"])
        XCTAssertEqual(d.items.first?.location?.line, 8)
        guard case .failure(let g) = try render("dsr-decision", Self.yaml(type: "erasure", outcome: "granted", ground: "legal-obligation"), "nl") else {
            return XCTFail("a ground on a full grant was written")
        }
        XCTAssertEqual(g.items.filter { $0.severity == .error }.map(\.field), ["refusal.ground"])
    }

    func testUnreasonableIntervalIsTheAliasOfExcessive() throws {
        guard case .success(let text) = try render("dsr-refusal", Self.yaml(type: "access", outcome: nil, ground: "unreasonable-interval"), "nl") else {
            return XCTFail("alias refused")
        }
        XCTAssertTrue(text.contains("Uw verzoek is buitensporig"))
    }

    func testSeveralRightsAreNamedTogether() throws {
        guard case .success(let text) = try render("dsr-refusal", Self.yaml(type: "[access, erasure]", outcome: nil, ground: "identity"), "nl") else {
            return XCTFail("refused")
        }
        XCTAssertTrue(text.contains("inzage in uw gegevens en verwijdering van uw gegevens"), text)
    }

    /// A decision dated after the deadline is written, with a warning saying how many days late.
    func testALateDecisionWarnsWithTheDaysLate() throws {
        var text = Self.yaml(type: "erasure", outcome: "granted", ground: nil, reason: false)
        text = text.replacingOccurrences(of: "date: 2026-12-08", with: "date: 2026-12-21")
        let data = try Self.data(text)
        guard case .success(let doc) = Assembler(library: Self.library).assemble(template: "dsr-decision", data: data, options: RenderOptions(language: "nl")) else {
            return XCTFail("a late decision must still be written")
        }
        // received 2026-11-16 → due Wed 2026-12-16; dated 21 December: 5 days late.
        XCTAssertEqual(doc.warnings.filter { $0.code == .ruleWarning }.map(\.message),
                       ["the letter is dated after the deadline for the answer (GDPR art. 12(3)); it is late — 5 days after deadline.due"])
        let extended = try Self.data(text + "extension: {sent: 2026-12-10}\n")
        guard case .success(let ok) = Assembler(library: Self.library).assemble(template: "dsr-decision", data: extended, options: RenderOptions(language: "nl")) else {
            return XCTFail("written")
        }
        XCTAssertEqual(ok.warnings.filter { $0.code == .ruleWarning }, [], "in time after an extension sent within the first month")
    }
}

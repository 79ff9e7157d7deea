import Foundation
import ODF
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Several rights in one request, an outcome per right (issue 19, decision 150): `decision.outcomes`, one
/// record per right of `request.type`. The letter states each right's outcome under its own heading, with
/// the ground's legal basis and the reason for refused parts, the art. 15 information for granted access
/// and the art. 19 sentence for granted changes; the objection clause once. Every mistake in the shape is a
/// located error, all listed at once, never with a value.
final class DecisionPerRightTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)

    static let head = """
        language: nl
        reference: SD-2026-09998
        date: 2026-12-08
        recipient: {salutation: ms, name: A. Jansen, street: Kerkstraat 12, postcode: 1234 AB, city: Voorbeeldstad}
        caseworker: {name: P. de Vries, phone: 14 0123}
        access: {recipients: [ONTVANGER-UWV], transfers: [], retention: [{category: CATEGORIE, period: 10 jaar}], sources: [BRON-BRP]}
        enclosures: [Kopie van uw gegevens]

        """

    private func assemble(_ yaml: String, _ lang: String = "nl") throws -> Result<String, Diagnostics> {
        let data = try CaseData.read(Array(yaml.utf8), file: "case.yaml")
        switch Assembler(library: Self.library).assemble(template: "dsr-decision", data: data, options: RenderOptions(language: lang)) {
        case .failure(let d): return .failure(d)
        case .success(let doc):
            let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
            return .success(try ContentText.plainText(contentXML: XCTUnwrap(package.entry("content.xml"))))
        }
    }

    private func errors(_ yaml: String) throws -> [Diagnostic] {
        guard case .failure(let d) = try assemble(yaml) else { XCTFail("written"); return [] }
        return d.items.filter { $0.severity == .error }
    }

    private func example(_ name: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent("templates/examples/\(name).yaml"), encoding: .utf8)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func testAccessGrantedAndErasureRefusedInDutch() throws {
        guard case .success(let text) = try assemble(try example("decision-per-right-nl")) else { return XCTFail("refused") }
        for needle in ["inzage in uw gegevens: toegewezen", "verwijdering van uw gegevens: afgewezen",
                       "Uw verzoek om inzage in uw gegevens", "Uw verzoek om verwijdering van uw gegevens",
                       "Dit onderdeel van uw verzoek wijzen wij toe.", "Dit onderdeel van uw verzoek wijzen wij af.",
                       // the art. 15 information for the granted access
                       "De kopie is gratis", "UWV, voor de afstemming", "dossier bijstand: 10 jaar", "Basisregistratie Personen",
                       // the ground with its legal basis for the refused erasure, and the reason
                       "artikel 17, lid 3, onder b, AVG", "Die termijn loopt tot 2034.",
                       "Postbus 93374"] {
            XCTAssertTrue(text.contains(needle), needle)
        }
        XCTAssertEqual(count("Deze brief is een besluit.", in: text), 1, "the objection clause once")
        XCTAssertFalse(text.contains("artikel 19 AVG"), "no art. 19 sentence: nothing was changed")
    }

    func testRectificationGrantedAndErasurePartlyGrantedInEnglish() throws {
        guard case .success(let text) = try assemble(try example("decision-per-right-en"), "en") else { return XCTFail("refused") }
        // A besluit in English is the Dutch besluit with its translation (Awb 2:6): look at the translation.
        let english = String(text[try XCTUnwrap(text.range(of: "Your request for correction")).lowerBound...])
        for needle in ["correction of your personal data: granted", "Your request for erasure of your personal data",
                       "We grant this part of your request.", "We grant this part of your request only in part",
                       "erasing the notes from 2020", "Article 17(3)(e) GDPR", "We need them until the court has decided.",
                       "Postbus 93374"] {
            XCTAssertTrue(text.contains(needle), needle)
        }
        XCTAssertEqual(count("Article 19 GDPR", in: english), 2, "art. 19 for the granted rectification and the partly granted erasure")
        XCTAssertTrue(text.contains("Uw verzoek om correctie van uw gegevens"), "the Dutch besluit names each right too")
    }

    func testTheSingleOutcomeStillAnswersEveryRight() throws {
        let yaml = Self.head + """
            request: {type: [access, erasure], received: 2026-11-16, channel: email}
            decision: {outcome: granted, summary: SAMENVATTING, changes: [WIJZIGING]}
            """
        guard case .success(let text) = try assemble(yaml) else { return XCTFail("refused") }
        XCTAssertTrue(text.contains("Wij wijzen uw verzoek toe."))
        XCTAssertFalse(text.contains("Uw verzoek om inzage"), "no heading per right in the single form")
    }

    /// Each disallowed shape, alone: the field it is reported on, located, and the message holds no value.
    func testEveryMistakeInTheShapeIsALocatedError() throws {
        let cases: [(String, String, [String])] = [
            ("an outcome for a right that was not requested", """
                request: {type: [access], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                    - {right: rectification, outcome: granted, summary: S, changes: [C]}
                """, ["decision.outcomes[2].right"]),
            ("a requested right without an outcome", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                """, ["decision.outcomes"]),
            ("a right twice", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                    - {right: access, outcome: granted, summary: S}
                """, ["decision.outcomes[2].right", "decision.outcomes"]),
            ("both the single and the per-right form", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcome: granted
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                    - {right: erasure, outcome: granted, summary: S, changes: [C]}
                """, ["decision.outcome"]),
            ("no-data for a right other than access", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: no-data}
                    - {right: erasure, outcome: no-data}
                """, ["decision.outcomes[2].outcome"]),
            ("a ground that does not fit its right", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: refused, summary: S, ground: legal-obligation, reason: R}
                    - {right: erasure, outcome: refused, summary: S, ground: legal-obligation, reason: R}
                """, ["decision.outcomes[1].ground"]),
            ("a refused right without a reason", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                    - {right: erasure, outcome: refused, summary: S, ground: legal-obligation}
                """, ["decision.outcomes[2].reason"]),
            ("a partly granted right without its refused part, ground and reason", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: granted, summary: S}
                    - {right: erasure, outcome: partly-granted, summary: S, changes: [C]}
                """, ["decision.outcomes[2].ground", "decision.outcomes[2].reason", "decision.outcomes[2].refused-part"]),
            ("neither form", """
                request: {type: [access, erasure], received: 2026-11-16}
                """, ["decision.outcome"]),
            ("an unknown outcome and a ground that is no ground", """
                request: {type: [access, erasure], received: 2026-11-16}
                decision:
                  outcomes:
                    - {right: access, outcome: maybe, summary: S}
                    - {right: erasure, outcome: refused, summary: S, ground: because, reason: R}
                """, ["decision.outcomes[1].outcome", "decision.outcomes[2].ground"]),
        ]
        for (what, body, fields) in cases {
            let found = try errors(Self.head + body + "\n")
            XCTAssertEqual(Set(found.map { $0.field ?? "" }), Set(fields), what)
            for error in found {
                // An absent field is located at its parent mapping, else the file (it has no line of its own).
                XCTAssertTrue(error.location?.line != nil || error.location?.file == "case.yaml", "\(what): located")
                for value in ["A. Jansen", "Kerkstraat", "SAMENVATTING"] { XCTAssertFalse(error.message.contains(value), "\(what): a value") }
            }
        }
    }

    func testSeveralMistakesAreListedAtOnce() throws {
        let found = try errors(Self.head + """
            request: {type: [access, erasure, objection], received: 2026-11-16}
            refusal: {ground: identity}
            decision:
              outcomes:
                - {right: access, outcome: partly-granted, summary: S, refused-part: P, ground: data-correct, reason: R}
                - {right: erasure, outcome: no-data}
                - {right: restriction, outcome: granted, summary: S, changes: [C]}

            """)
        XCTAssertEqual(Set(found.map { $0.field ?? "" }),
                       ["refusal.ground", "decision.outcomes[1].ground", "decision.outcomes[2].outcome",
                        "decision.outcomes[3].right", "decision.outcomes"])
        XCTAssertEqual(found.first { $0.field == "decision.outcomes[3].right" }?.location?.line, 14)
    }

    /// A CSV row gives the items as numbered columns (`decision.outcomes.1.right`); dotted keys take the
    /// same way through the one case-data builder.
    func testNumberedColumnsGiveTheSameLetter() throws {
        let columns = Self.head + """
            request: {type: "access, erasure", received: 2026-11-16, channel: email}
            decision.outcomes.1.right: access
            decision.outcomes.1.outcome: granted
            decision.outcomes.1.summary: SAMENVATTING
            decision.outcomes.2.right: erasure
            decision.outcomes.2.outcome: refused
            decision.outcomes.2.summary: SAMENVATTING
            decision.outcomes.2.ground: legal-obligation
            decision.outcomes.2.reason: REDEN

            """
        let nested = Self.head + """
            request: {type: [access, erasure], received: 2026-11-16, channel: email}
            decision:
              outcomes:
                - {right: access, outcome: granted, summary: SAMENVATTING}
                - {right: erasure, outcome: refused, summary: SAMENVATTING, ground: legal-obligation, reason: REDEN}

            """
        guard case .success(let a) = try assemble(columns), case .success(let b) = try assemble(nested) else { return XCTFail("refused") }
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.contains("artikel 17, lid 3, onder b, AVG"))
    }
}

import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 11: forwarding a request to another body (Awb 2:3) — the guard rails of
/// templates/dsr-forwarding.yaml, located, all at once.
final class ForwardingTests: XCTestCase {
    func data(_ changes: [String: String?]) throws -> CaseData {
        var data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent("templates/examples/forwarding-brp-nl.yaml"))
        for (path, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value { data.set(path, value) } else { data.remove(path) }
        }
        return data
    }

    func problems(_ data: CaseData) -> [Diagnostic] {
        switch Assembler(library: MandatoryElementsTests.library).assemble(template: "dsr-forwarding", data: data, options: RenderOptions()) {
        case .success: return []
        case .failure(let d): return d.items
        }
    }

    func testPartlyForwardedSaysWeAnswerTheRestByTheDeadline() throws {
        guard case .success(let doc) = Assembler(library: MandatoryElementsTests.library)
            .assemble(template: "dsr-forwarding", data: try data(["forwarding.partly": "true"]), options: RenderOptions())
        else { return XCTFail("must render") }
        let text = plainText(doc.document.body)
        XCTAssertTrue(text.contains("Een deel van uw verzoek"))
        XCTAssertTrue(text.contains("9 december 2026"), "deadline.due for the part we answer")
        XCTAssertTrue(text.contains("geen besluit"))
    }

    /// Decision 180: the forwarded-to address is quoted as it would go on the envelope — the country's
    /// name from the list for an address abroad, no country line for one in the Netherlands.
    func testForwardedToAddressAbroadEndsWithTheCountryName() throws {
        func text(_ changes: [String: String?]) throws -> String {
            guard case .success(let doc) = Assembler(library: MandatoryElementsTests.library)
                .assemble(template: "dsr-forwarding", data: try data(changes), options: RenderOptions())
            else { XCTFail("must render"); return "" }
            return plainText(doc.document.body)
        }
        let abroad = try text(["forwarding.to.postcode": "2000", "forwarding.to.city": "Antwerpen", "forwarding.to.country": "BE"])
        XCTAssertTrue(abroad.contains("2000 Antwerpen BELGIUM"), abroad)
        let home = try text(["forwarding.to.country": "NL"])
        XCTAssertFalse(home.contains("NETHERLANDS") || home.contains("Voorbeeldstad NL"), home)
        XCTAssertEqual(problems(try data(["forwarding.to.country": "België"])).map(\.field), ["forwarding.to.country"])
    }

    func testGuardRails() throws {
        XCTAssertEqual(Set(problems(try data(["date": "2026-11-08"])).map(\.field)), ["date"],
                       "before receipt (and so before forwarding): one field, the earliest rule's message first")
        XCTAssertEqual(problems(try data(["forwarding.date": "2026-11-08"])).map(\.field), ["forwarding.date"])
        XCTAssertEqual(problems(try data(["forwarding.date": "2026-11-11"])).map(\.field), ["date"], "letter before forwarding")
        XCTAssertEqual(problems(try data(["forwarding.reason": "other-body", "forwarding.detail": nil])).map(\.field), ["forwarding.detail"])
        XCTAssertEqual(problems(try data(["forwarding.detail": nil])), [], "the BRP reason speaks for itself")
        let all = problems(try data(["forwarding.to.street": nil, "representative.name": "X", "forwarding.reason": "other-controller",
                                     "forwarding.detail": nil]))
        XCTAssertEqual(Set(all.map(\.field)), ["forwarding.to.street", "representative.name", "forwarding.detail"])
    }
}

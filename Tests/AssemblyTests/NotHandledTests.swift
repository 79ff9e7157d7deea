import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 11: the decision not to handle a request (Awb 4:5) and its input errors — each rule of
/// templates/dsr-not-handled.yaml, located on its field, all reported together, nothing produced.
final class NotHandledTests: XCTestCase {
    static let library = MandatoryElementsTests.library

    /// The shipped example, with scalar `changes` applied (`nil` removes a value) and, when given, the
    /// kinds of `completion.missing` replaced.
    func example(_ changes: [String: String?] = [:], missing: [String]? = nil, file: String = "not-handled-access-nl") throws -> CaseData {
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

    func problems(_ data: CaseData, template: String = "dsr-not-handled") -> [Diagnostic] {
        switch Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions()) {
        case .success: return []
        case .failure(let d): return d.items
        }
    }

    func testTheExampleIsADecisionNamingTheCompletionLetter() throws {
        guard case .success(let doc) = Assembler(library: Self.library).assemble(template: "dsr-not-handled", data: try example(), options: RenderOptions())
        else { return XCTFail("the example must render") }
        let text = plainText(doc.document.body)
        XCTAssertTrue(text.contains("8 oktober 2026"), "date of the completion letter")
        XCTAssertTrue(text.contains("22 oktober 2026"), "the term that passed")
        XCTAssertTrue(text.contains("Een bewijs van wie u bent"), "what was asked")
        XCTAssertTrue(text.contains("artikel 4:5"), "legal basis")
        XCTAssertTrue(text.contains("nieuw verzoek"), "a new request is always possible")
        XCTAssertTrue(text.contains("bezwaar maken"), "objection clause")
    }

    func testBeforeTheTermHasPassedIsAnInputError() throws {
        let found = problems(try example(["date": "2026-10-22"]))
        XCTAssertEqual(found.map(\.field), ["date"])
        XCTAssertTrue(found[0].message.contains("completion term has not passed"))
        XCTAssertEqual(problems(try example(["date": "2026-10-23"])), [], "the day after the term is allowed")
    }

    func testNarrowingDownAnAccessRequestCanNeverLeadToNotHandling() throws {
        let found = problems(try example(missing: ["id-proof", "specification"]))
        XCTAssertEqual(found.map(\.field), ["completion.missing"])
        XCTAssertTrue(found[0].message.contains("answer the whole request"))
        XCTAssertEqual(problems(try example(missing: ["other"])).map(\.field), ["completion.missing"])
    }

    func testKindsThatMakeNoSenseForTheRequestAreInputErrors() throws {
        // Grounds are only for an art. 21 objection.
        XCTAssertEqual(problems(try example(missing: ["grounds"])).map(\.message),
                       ["grounds can only be demanded for an objection (GDPR art. 21(1))"])
        XCTAssertEqual(problems(try example(["request.type": "objection"], missing: ["grounds"])), [])
        // A wet signature for an e-mail whose sender is identified; an ID for a DigiD request.
        let email = problems(try example(["request.channel": "email", "request.identity-established": "true"],
                                          missing: ["signature"]))
        XCTAssertEqual(Set(email.map(\.field)), ["completion.missing"])
        XCTAssertTrue(email.contains { $0.message.contains("wet signature") })
        XCTAssertTrue(problems(try example(["request.channel": "digid"])).contains { $0.message.contains("proof of identity cannot be demanded") })
        // A mandate without a representative.
        XCTAssertTrue(problems(try example(missing: ["mandate"])).contains { $0.message.contains("representative") })
    }

    func testGuardRailsAllAtOnceAndLocated() throws {
        let found = problems(try example(["date": "2026-10-01", "representative.name": "X", "completion.date": "2026-10-01"]))
        XCTAssertEqual(Set(found.map(\.field)), ["date", "completion.date", "representative.name"])
        XCTAssertTrue(found.allSatisfy { $0.location != nil })
        XCTAssertFalse(found.contains { $0.description.contains("Bakker") }, "no personal data in messages")
    }
}

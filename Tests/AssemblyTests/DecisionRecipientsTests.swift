import Foundation
import XCTest
@testable import Assembly

/// Issue 11: a decision that (partly) grants rectification, erasure or restriction says that we tell
/// the recipients (GDPR art. 19, first sentence) and that, on request, we say which ones (second sentence).
final class DecisionRecipientsTests: XCTestCase {
    func text(_ example: String, _ changes: [String: String] = [:], language: String? = nil) throws -> String {
        var data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent("templates/examples/\(example).yaml"))
        for (path, value) in changes { data.set(path, value) }
        guard case .success(let doc) = Assembler(library: MandatoryElementsTests.library)
            .assemble(template: "dsr-decision", data: data, options: RenderOptions(language: language))
        else { XCTFail("\(example) must render"); return "" }
        return plainText(doc.document.body)
    }

    func testGrantedRectificationErasureAndRestrictionSayWhichRecipientsOnRequest() throws {
        let nl = "Wilt u weten welke organisaties wij dat hebben laten weten? Vraag het ons."
        XCTAssertTrue(try text("decision-rectification-nl").contains(nl))
        XCTAssertTrue(try text("decision-rectification-nl").contains("(artikel 19 AVG)"))
        XCTAssertTrue(try text("decision-erasure-partly-nl").contains(nl), "partly granted erasure")
        XCTAssertTrue(try text("decision-rectification-nl", ["request.type": "restriction"]).contains(nl), "restriction")
        XCTAssertTrue(try text("decision-rectification-nl", language: "en")
            .contains("If you would like to know which organisations we have told, please ask us"))
    }

    func testNotInAccessOrRefusedDecisions() throws {
        XCTAssertFalse(try text("decision-access-nl").contains("welke organisaties wij dat hebben laten weten"))
        XCTAssertFalse(try text("decision-objection-refused-nl").contains("welke organisaties wij dat hebben laten weten"))
    }
}

import Foundation
import ODF
import TestSupport
import XCTest
@testable import Assembly

/// Lists in a right-to-left part end their labels at the margin (found on the Arabic pages: bullets and
/// "(ب)" stood 2–6 mm in the right margin). Their style is an automatic copy of the common list style
/// with `fo:text-align="end"` on every label-alignment level; a left-to-right part keeps the common style.
final class RightToLeftListTests: XCTestCase {
    private func content(_ example: String, _ language: String) throws -> String {
        let url = ShippedExamples.root.appendingPathComponent("templates/examples/\(example).yaml")
        let data = try CaseData.load(file: url)
        let template = try XCTUnwrap(ShippedExamples.library.templateID(forExample: example + ".yaml"))
        let doc = try Assembler(library: ShippedExamples.library).assemble(template: template, data: data, options: RenderOptions(language: language)).get()
        let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
        return String(decoding: try XCTUnwrap(package.entry("content.xml")), as: UTF8.self)
    }

    func testArabicListsEndTheirLabelsAtTheMargin() throws {
        // A Dutch besluit with its Arabic translation: the Dutch lists keep List_20_Bullet, the Arabic ones
        // take the right-to-left copy.
        let bilingual = try content("decision-access-nl", "ar")
        XCTAssertTrue(bilingual.contains("text:style-name=\"List_20_Bullet\""), "the Dutch part")
        XCTAssertTrue(bilingual.contains("<text:list-style style:name=\"RL1\">"), "an automatic right-to-left copy")
        XCTAssertTrue(bilingual.contains("text:style-name=\"RL1\""), "used by the Arabic part")
        XCTAssertTrue(bilingual.contains("fo:text-align=\"end\""))
        // The agreement in Arabic: lettered labels and bullets alike.
        let agreement = try content("agreement-hosting", "ar")
        XCTAssertFalse(agreement.contains("text:style-name=\"List_20_Bullet\""), "no list in Arabic keeps the left-to-right style")
        let dutch = try content("decision-access-nl", "nl")
        XCTAssertFalse(dutch.contains("fo:text-align=\"end\""), "a Dutch letter is unchanged")
        XCTAssertFalse(dutch.contains("style:name=\"RL1\""))
    }
}

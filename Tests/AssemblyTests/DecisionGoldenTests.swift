import Foundation
import ODF
import TestSupport
import XCTest
@testable import Assembly

/// Golden `content.xml` of one Dutch decision per outcome (issue 19): granted (access, with the person's
/// own art. 15 information), partly granted (erasure), refused (objection not applicable), no data held; and one
/// request for several rights with an outcome per right.
/// Re-record with PRIVDOC_RECORD=1 after an intended change, and say why in the commit.
final class DecisionGoldenTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)

    private func content(_ yaml: String) throws -> String {
        let data = try CaseData.read(Array(yaml.utf8), file: "case.yaml")
        let doc = try Assembler(library: Self.library).assemble(template: "dsr-decision", data: data, options: RenderOptions(language: "nl")).get()
        let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
        return PrettyXML.format(try XCTUnwrap(package.entry("content.xml")))
    }

    func testGrantedAccess() throws {
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("templates/examples/decision-access-nl.yaml"), encoding: .utf8)
        assertMatchesGolden(try content(yaml), named: "decision-granted-nl-content.xml")
    }

    func testPartlyGrantedErasure() throws {
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("templates/examples/decision-erasure-partly-nl.yaml"), encoding: .utf8)
        assertMatchesGolden(try content(yaml), named: "decision-partly-granted-nl-content.xml")
    }

    func testRefusedObjection() throws {
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("templates/examples/decision-objection-refused-nl.yaml"), encoding: .utf8)
        assertMatchesGolden(try content(yaml), named: "decision-refused-nl-content.xml")
    }

    func testNoData() throws {
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("templates/examples/decision-access-no-data-nl.yaml"), encoding: .utf8)
        assertMatchesGolden(try content(yaml), named: "decision-no-data-nl-content.xml")
    }

    /// Several rights in one request, an outcome per right (decision 150).
    func testAnOutcomePerRight() throws {
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("templates/examples/decision-per-right-nl.yaml"), encoding: .utf8)
        assertMatchesGolden(try content(yaml), named: "decision-per-right-nl-content.xml")
    }
}

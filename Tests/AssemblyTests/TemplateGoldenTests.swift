import Foundation
import ODF
import TestSupport
import XCTest
@testable import Assembly

/// Golden `content.xml` and `styles.xml`, pretty-printed, of every template in Dutch, and of one letter and
/// the processor agreement in Arabic (issue 10). Each template is rendered from its first Dutch example in
/// `templates/examples` (the file names say the kind, decision 011), so a template added without an example
/// fails here. Re-record with PRIVDOC_RECORD=1 after an intended change, read the diff, and say in the commit
/// what changed and why.
final class TemplateGoldenTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)
    static let examples = root.appendingPathComponent("templates/examples")

    /// The example a template is shown with: its first `*-nl.yaml`, else its first example of any language.
    static func example(of template: String) throws -> URL? {
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".yaml") && library.templateID(forExample: $0) == template }.sorted()
        return (files.first { $0.hasSuffix("-nl.yaml") } ?? files.first).map { examples.appendingPathComponent($0) }
    }

    private func parts(_ template: String, language: String) throws -> (content: String, styles: String) {
        let file = try XCTUnwrap(try Self.example(of: template), "\(template) has no example in templates/examples")
        let data = try CaseData.load(file: file)
        let assembled = Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions(language: language))
        guard case .success(let doc) = assembled else {
            XCTFail("\(template) [\(language)] does not assemble: \(assembled)")
            throw XCTSkip("not assembled")
        }
        let package = try PackageReader(bytes: ODFWriter.package(doc.document, styleSheet: doc.styleSheet))
        return (PrettyXML.format(try XCTUnwrap(package.entry("content.xml"))),
                PrettyXML.format(try XCTUnwrap(package.entry("styles.xml"))))
    }

    func testEveryTemplateInDutch() throws {
        let templates = Self.library.templateIDs
        XCTAssertGreaterThanOrEqual(templates.count, 9, "the eight letter kinds and the processor agreement")
        for template in templates {
            let (content, styles) = try parts(template, language: "nl")
            assertMatchesGolden(content, named: "\(template)-nl-content.xml")
            assertMatchesGolden(styles, named: "\(template)-nl-styles.xml")
        }
    }

    func testALetterAndTheAgreementInArabic() throws {
        for template in ["dsr-acknowledgement", "processor-agreement"] {
            let (content, styles) = try parts(template, language: "ar")
            assertMatchesGolden(content, named: "\(template)-ar-content.xml")
            assertMatchesGolden(styles, named: "\(template)-ar-styles.xml")
        }
    }
}

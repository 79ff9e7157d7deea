import Foundation
import ODF
import XCTest
@testable import Assembly

/// The shipped library and its example cases, for the tests that go through every example.
enum ShippedExamples {
    static let root: URL = {
        if let root = ProcessInfo.processInfo.environment["PRIVDOC_ROOT"] { return URL(fileURLWithPath: root) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()
    static let library = try! Library.load(root: root)

    /// The example cases and the templates they are for (`Library.templateID(forExample:)`, decision 011).
    static func examples() throws -> [(name: String, template: String, file: URL)] {
        let folder = root.appendingPathComponent("templates/examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map { file in
            let name = String(file.dropLast(".yaml".count))
            let template = library.templateID(forExample: file) ?? "no template for \(name)"
            return (name, template, folder.appendingPathComponent(file))
        }
    }
}

/// One library, many documents in turn (as a batch assembles them): no document's state leaks into the
/// next. The byte-for-byte check of the output is the goldens' (TemplateGoldenTests, DecisionGoldenTests);
/// the former test that compared the assembler with itself is gone (issue 10).
final class ExampleStateTests: XCTestCase {
    static let library = ShippedExamples.library
    static func examples() throws -> [(name: String, template: String, file: URL)] { try ShippedExamples.examples() }

    func testExamplesRenderTheSameInEveryRun() throws {
        // A row of a batch and a single letter share the library: assembling many documents in turn
        // (as a batch does) must not let one document's state leak into the next.
        let examples = try Self.examples()
        var reference: [String: ODF.Document] = [:]
        for round in 0..<2 {
            for example in examples {
                let data = try CaseData.load(file: example.file)
                guard let doc = assemble(example.template, data, RenderOptions(), example.name)?.document else { continue }
                if round == 0 { reference[example.name] = doc } else { XCTAssertEqual(doc, reference[example.name], example.name) }
            }
        }
    }

    private func assemble(_ template: String, _ data: CaseData, _ options: RenderOptions, _ label: String) -> AssembledDocument? {
        switch Assembler(library: Self.library).assemble(template: template, data: data, options: options) {
        case .success(let doc): return doc
        case .failure(let problems):
            XCTFail("\(label): \(problems.items.map(\.description))")
            return nil
        }
    }
}

import Foundation
import ODF
import XCTest
@testable import Assembly

/// Regression guard for the assembly fast paths (static clauses, slots, in-place text runs): every real
/// example (the dsr-* letters and the agreements) in Dutch and English assembles, deterministically, to
/// the same package bytes each time.
///
/// With `PRIVDOC_EXAMPLES_BASELINE=<folder>` (and `PRIVDOC_ROOT` naming the library the baseline was
/// made from) the bytes are also compared with `<folder>/<example>-<language>/<file stem>.odt`, e.g. the
/// output of `privdoc letter … --lang …` of an earlier build: a byte-for-byte check that a change to the
/// assembler left every document exactly as it was.
final class ExampleRegressionTests: XCTestCase {
    static let root: URL = {
        if let root = ProcessInfo.processInfo.environment["PRIVDOC_ROOT"] { return URL(fileURLWithPath: root) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()
    static let library = try! Library.load(root: root)
    static let baseline = ProcessInfo.processInfo.environment["PRIVDOC_EXAMPLES_BASELINE"].map { URL(fileURLWithPath: $0) }

    /// The example cases and the templates they are for (`Library.templateID(forExample:)`, decision 011).
    static func examples() throws -> [(name: String, template: String, file: URL)] {
        let folder = root.appendingPathComponent("templates/examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map { file in
            let name = String(file.dropLast(".yaml".count))
            let template = library.templateID(forExample: file) ?? "no template for \(name)"
            return (name, template, folder.appendingPathComponent(file))
        }
    }

    func testEveryExampleAssemblesToTheSameBytesInDutchAndEnglish() throws {
        let examples = try Self.examples()
        XCTAssertGreaterThanOrEqual(examples.count, 15, "the examples folder should hold the letters and the agreements")
        var compared = 0
        for example in examples {
            let data = try CaseData.load(file: example.file)
            for language in ["nl", "en"] {
                let label = "\(example.name) \(language)"
                let options = RenderOptions(language: language)
                guard let first = assemble(example.template, data, options, label),
                      let second = assemble(example.template, data, options, label) else { continue }
                XCTAssertEqual(first.document, second.document, "\(label): not deterministic")
                XCTAssertEqual(first.provenance, second.provenance, label)
                let bytes = try first.package()
                // `XCTAssertTrue`, not `XCTAssertEqual`: a failure should name the document, not print its bytes.
                XCTAssertTrue(bytes == (try second.package()), "\(label): package bytes differ")
                guard let baseline = Self.baseline else { continue }
                let expected = baseline.appendingPathComponent("\(example.name)-\(language)/\(first.fileStem).odt")
                guard let old = FileManager.default.contents(atPath: expected.path) else {
                    XCTFail("\(label): no baseline at \(expected.path)")
                    continue
                }
                XCTAssertTrue(bytes == [UInt8](old), "\(label): differs from the baseline \(expected.path)")
                compared += 1
            }
        }
        if Self.baseline != nil { XCTAssertEqual(compared, examples.count * 2, "every example compared with the baseline") }
    }

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

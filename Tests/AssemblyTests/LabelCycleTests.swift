import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Issue 15: a cross-reference label that refers to itself recursed until the stack overflowed (SIGSEGV in
/// every agreement). Lint now refuses it, and a render stops with a located error.
final class LabelCycleTests: XCTestCase {
    func testACrossReferenceLabelHoldingARefIsALintErrorAndARenderError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-cycle-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let labels = root.appendingPathComponent("locales/nl/labels.yaml")
        let text = try String(contentsOf: labels, encoding: .utf8).replacingOccurrences(
            of: "label.ref.article: {version: 1, status: reviewed, text: \"artikel {{number}}\"}",
            with: "label.ref.article: {version: 1, status: reviewed, text: \"artikel {{number}} ({{ref art.sub}})\"}")
        try text.write(to: labels, atomically: true, encoding: .utf8)
        let library = try Library.load(root: root)

        XCTAssertEqual(library.lint(strict: false).filter { $0.code == .clauseRecursion }.map(\.description),
                       ["locales/nl/labels.yaml:10:78: a cross-reference label (label.ref.*) cannot hold {{ref …}}: it would refer to itself"])
        let problems = try failures("agreement", agreementCase, library: library)
        XCTAssertEqual(Set(problems.filter { $0.code == .clauseRecursion }.map(\.description)),
                       ["locales/nl/labels.yaml:10:78: a cross-reference label (label.ref.*) cannot hold {{ref …}}: it would refer to itself"])
    }

    func testAnEnumLabelHoldingALabelPlaceholderIsALintError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-cycle-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let labels = root.appendingPathComponent("locales/nl/labels.yaml")
        let text = try String(contentsOf: labels, encoding: .utf8).replacingOccurrences(
            of: "enum.request.type.access: {version: 1, status: reviewed, text: inzage}",
            with: "enum.request.type.access: {version: 1, status: reviewed, text: \"inzage ({{request.type | label}})\"}")
        try text.write(to: labels, atomically: true, encoding: .utf8)
        let library = try Library.load(root: root)
        XCTAssertEqual(library.lint(strict: false).filter { $0.code == .clauseRecursion }.map(\.description),
                       ["locales/nl/labels.yaml:20:73: request.type: an enum label (enum.*) cannot hold a `| label` placeholder: it could refer to itself"])
        let problems = try failures("letter", letterCase, library: library)
        XCTAssertEqual(Set(problems.filter { $0.code == .clauseRecursion }.map(\.description)),
                       ["locales/nl/labels.yaml:20:73: request.type: an enum label (enum.*) cannot hold a `| label` placeholder: it could refer to itself"])
    }
}

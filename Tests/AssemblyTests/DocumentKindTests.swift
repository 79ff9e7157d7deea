import PrivdocDiagnostics
import Foundation
import XCTest
@testable import Assembly

/// `command:`, `kind:` and `description:` make a template reachable from the CLI (decision 011).
final class DocumentKindTests: XCTestCase {
    private let header = "id: t\nversion: 1\nlanguages: [nl]\nbody: []\n"

    func testTheKindsOfTheFixtureLibrary() {
        XCTAssertEqual(Fixture.basic.documentKinds, [
            DocumentKind(command: .agreement, kind: "test", templateID: "agreement", description: "A test agreement"),
            DocumentKind(command: .letter, kind: "test", templateID: "letter", description: "A test letter"),
        ])
        XCTAssertEqual(Fixture.basic.templateID(command: .letter, kind: "test"), "letter")
        XCTAssertNil(Fixture.basic.templateID(command: .letter, kind: "agreement"))
        XCTAssertEqual(DocumentKind.scan(root: Fixture.folder.appendingPathComponent("basic")), Fixture.basic.documentKinds)
    }

    func testMissingKeysAreOneLocatedError() {
        let (_, problems) = TemplateLoader.load(text: header, file: "templates/t.yaml")
        XCTAssertEqual(problems.map(\.description), [
            "templates/t.yaml:1: a template needs `command:`, `kind:`, `description:` (how the CLI reaches it; templates.md §2)",
        ])
    }

    func testAnUnknownCommandAndAMultiLineDescriptionAreErrors() {
        var (_, problems) = TemplateLoader.load(text: header + "command: memo\nkind: a\ndescription: x\n", file: "templates/t.yaml")
        XCTAssertEqual(problems.map(\.description), ["templates/t.yaml:5:10: command must be letter or agreement"])
        (_, problems) = TemplateLoader.load(text: header + "command: letter\nkind: A b\ndescription: x\n", file: "templates/t.yaml")
        XCTAssertEqual(problems.map(\.description), ["templates/t.yaml:6:7: kind may only hold a-z, 0-9, `.`, `-` and `_`"])
        (_, problems) = TemplateLoader.load(text: header + "command: letter\nkind: a\ndescription: |\n  two\n  lines\n", file: "templates/t.yaml")
        XCTAssertEqual(problems.map(\.description), ["templates/t.yaml:7:14: description must be one line (it is the --help text)"])
    }

    func testTwoTemplatesWithTheSameKindAreAnError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-kinds-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        let letter = try String(contentsOf: root.appendingPathComponent("templates/letter.yaml"), encoding: .utf8)
        try letter.replacingOccurrences(of: "id: letter\n", with: "id: letter2\n")
            .write(to: root.appendingPathComponent("templates/letter2.yaml"), atomically: true, encoding: .utf8)
        let library = try Library.load(root: root)
        // Both templates are refused, each at its own file (decision 132, after review).
        let found = library.loadProblems.map(\.description)
        XCTAssertTrue(found.contains("templates/letter2.yaml: `letter test` is also the command and kind of templates/letter.yaml; give each template its own kind"), "\(found)")
        XCTAssertTrue(found.contains("templates/letter.yaml: `letter test` is also the command and kind of templates/letter2.yaml; give each template its own kind"), "\(found)")
    }
}

extension DocumentKindTests {
    func testExamplesNameTheirKind() {
        let library = MandatoryElementsTests.library
        XCTAssertEqual(library.templateID(forExample: "extension-access-nl.yaml"), "dsr-extension")
        XCTAssertEqual(library.templateID(forExample: "extension-notices.csv"), "dsr-extension")
        XCTAssertEqual(library.templateID(forExample: "agreement-saas.yaml"), "processor-agreement")
        XCTAssertNil(library.templateID(forExample: "extensionless.yaml"))
        XCTAssertNil(library.templateID(forExample: "memo-x.yaml"))
    }
}

import Foundation
import XCTest

/// Issue 15, end to end: input nested ten thousand deep once killed `lint`, every letter and (through an
/// XLIFF import) every later run by signal. Now `lint` exits 1 with the located error, a letter that does
/// not use the clause is still made, and the import exits 1 and changes no file.
final class DeepInputCommandTests: XCTestCase {
    private let deepLinks = String(repeating: "[", count: 10_000) + "a" + String(repeating: "](u)", count: 10_000)

    /// A copy of the repository's library, optionally with one more Dutch clause holding `text`.
    private func library(withClause text: String? = nil) throws -> URL {
        let root = CLI.temporaryFolder()
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        if let text {
            try "zz.deep:\n  version: 1\n  status: reviewed\n  text: \"\(text)\"\n"
                .write(to: root.appendingPathComponent("locales/nl/zz.yaml"), atomically: true, encoding: .utf8)
        }
        return root
    }

    func testLintAndALetterOnALibraryWithTenThousandNestedLinks() throws {
        let root = try library(withClause: deepLinks)
        defer { try? FileManager.default.removeItem(at: root) }
        let lint = try CLI.run(["lint", "--root", root.path])
        XCTAssertEqual(lint.status, 1)
        XCTAssertEqual(lint.stderr.split(separator: "\n").filter { $0.hasPrefix("locales/nl/zz.yaml") }, [
            "locales/nl/zz.yaml:4:42: […] would be nested 33 levels deep; markup and {{#if}} may be nested at most 32 levels (templates.md §1.6)",
        ])
        let out = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let letter = try CLI.run(["letter", "extension", "--root", root.path, "--data", "templates/examples/extension-access-nl.yaml",
                                  "--out", out.path])
        XCTAssertEqual(letter.status, 0, "the broken clause is used by no letter: \(letter.stderr)")
        XCTAssertEqual(CLI.documents(in: out).count, 1)
    }

    func testImportOfADeeplyNestedTargetExitsOneAndChangesNoFile() throws {
        let root = try library()
        defer { try? FileManager.default.removeItem(at: root) }
        let xlf = root.appendingPathComponent("pl.xlf")
        XCTAssertEqual(try CLI.run(["translations", "export", "--lang", "pl", xlf.path, "--root", root.path]).status, 0)
        let before = try Data(contentsOf: root.appendingPathComponent("locales/pl/labels.yaml"))
        let exported = try String(contentsOf: xlf, encoding: .utf8)
        let unit = try XCTUnwrap(exported.range(of: "<trans-unit id=\"label.subject\""))
        let target = try XCTUnwrap(exported.range(of: #"<target xml:space="preserve" state="[a-z-]+">[^<]*</target>"#,
                                                  options: .regularExpression, range: unit.upperBound..<exported.endIndex))
        var edited = exported
        edited.replaceSubrange(target, with: "<target xml:space=\"preserve\" state=\"final\">\(deepLinks)</target>")
        try edited.write(to: xlf, atomically: true, encoding: .utf8)

        let result = try CLI.run(["translations", "import", xlf.path, "--root", root.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("unit label.subject: line 1, column 33 of the target: […] would be nested 33 levels deep"),
                      result.stderr)
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("locales/pl/labels.yaml")), before)
    }
}

import Foundation
import XCTest

/// `privdoc letter` and `privdoc agreement` end to end: stdout, stderr, exit codes and files.
final class LetterCommandTests: XCTestCase {
    func testLetterWritesOneDocumentAndPrintsItsPath() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let path = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(path.hasSuffix(".odt"), path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        XCTAssertEqual(CLI.documents(in: out).count, 1)
    }

    func testInvalidDataReportsEveryProblemWithLocationsNoValuesAndWritesNothing() throws {
        let out = CLI.temporaryFolder()
        let data = out.appendingPathComponent("case.yaml")
        try """
        language: nl
        reference: SD-2026-1
        date: 2026-11-29
        recipient: {salutation: ms, name: Geheime Naam, street: Kerkstraat 12, postcode: 1234 AB}
        request: {type: portability, received: 15-03-26}
        caseworker: {name: P. de Vries, phone: 14 0123}
        """.write(to: data, atomically: true, encoding: .utf8)
        let r = try CLI.run(["letter", "acknowledgement", "--data", data.path, "--out", out.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.isEmpty)
        XCTAssertTrue(r.stderr.contains("case.yaml:5:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("request.received"), r.stderr)
        XCTAssertTrue(r.stderr.contains("request.type"), r.stderr)
        XCTAssertTrue(r.stderr.contains("recipient.city"), r.stderr)
        XCTAssertFalse(r.stderr.contains("Geheime"), "no personal data in messages")
        XCTAssertFalse(r.stderr.contains("15-03-26"), "values are not echoed")
        XCTAssertEqual(CLI.documents(in: out), [])
    }

    func testExtensionAfterTheFirstDeadlineIsRefused() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml",
                             "--date", "2026-12-31", "--out", out.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            extension-access-nl.yaml:4:7: date: too late for an extension: the notice must be sent within the first month, \
            at the latest on the first deadline (GDPR art. 12(3)); send the decision instead
            1 error(s), 0 warning(s)

            """)
        XCTAssertEqual(CLI.documents(in: out), [])
    }

    func testExistingDifferentFileIsNotOverwrittenWithoutForce() throws {
        let out = CLI.temporaryFolder()
        let args = ["letter", "acknowledgement", "--data", "templates/examples/acknowledgement-access-nl.yaml", "--out", out.path]
        let first = try CLI.run(args)
        XCTAssertEqual(first.status, 0, first.stderr)
        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, "identical bytes: nothing to do")
        let changed = try CLI.run(args + ["--set", "caseworker.name=E. Visser"])
        XCTAssertEqual(changed.status, 3, changed.stderr)
        XCTAssertTrue(changed.stderr.contains("--force"))
        let forced = try CLI.run(args + ["--set", "caseworker.name=E. Visser", "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }

    func testSameInputAndDateGiveIdenticalBytes() throws {
        let a = CLI.temporaryFolder("a"), b = CLI.temporaryFolder("b")
        for out in [a, b] {
            let r = try CLI.run(["agreement", "--data", "templates/examples/agreement-saas.yaml", "--lang", "en", "--out", out.path])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let name = try XCTUnwrap(CLI.documents(in: a).first)
        XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(name)), try Data(contentsOf: b.appendingPathComponent(name)))
    }
}

import Foundation
import XCTest

/// The letter kinds are data (decision 011): a template file adds a kind to `letter`, its help and its
/// errors, with no change to Swift.
final class DocumentKindTests: XCTestCase {
    /// A copy of the shipped library with one more letter kind, `reminder`, in a temporary root.
    private func libraryWithReminder() throws -> URL {
        let root = CLI.temporaryFolder()
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        try """
        id: dsr-reminder
        command: letter
        kind: reminder
        description: "Reminder that the request is being handled"
        version: 1
        layout: letter
        title: ack.title
        languages: [nl]
        fields:
          - {name: reference, type: text, required: true}
          - {name: recipient, type: person, required: true}
          - {name: representative, type: person}
          - {name: request.type, type: enum, values: [access, rectification, erasure, objection], required: true}
          - {name: request.received, type: date, required: true}
          - {name: caseworker.name, type: text, required: true}
          - {name: caseworker.phone, type: text, required: true}
          - {name: caseworker.email, type: text}
          - {name: signatory.name, type: text}
          - {name: signatory.function, type: text}
        computed:
          - {name: addressee, function: addressee, from: [representative, recipient]}
          - {name: deadline.due, function: request-due, from: request.received}
        body:
          - address-block: recipient
          - reference-line
          - subject: ack.subject
          - clause: letter.salutation
          - clause: letter.request-received
          - clause: ack.deadline
          - clause: letter.contact
          - clause: letter.privacy-statement
          - signature

        """.write(to: root.appendingPathComponent("templates/dsr-reminder.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    func testATemplateFileAddsALetterKindToTheCLI() throws {
        let root = try libraryWithReminder()
        let out = root.appendingPathComponent("out")
        let example = CLI.root.appendingPathComponent("templates/examples/acknowledgement-access-nl.yaml").path
        let r = try CLI.run(["letter", "reminder", "--root", root.path, "--data", example, "--out", out.path,
                             "--set", "request.channel="])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(CLI.documents(in: out), ["SD-2026-00417-dsr-reminder-nl.odt"])
        XCTAssertEqual(r.stdout, out.appendingPathComponent("SD-2026-00417-dsr-reminder-nl.odt").path + "\n")

        let help = try CLI.run(["letter", "--help"], environment: ["PRIVDOC_ROOT": root.path])
        XCTAssertEqual(help.status, 0)
        // The description column is padded to the longest kind name of the library, so match the line, not the spaces.
        XCTAssertTrue(help.stdout.split(separator: "\n").contains { line in
            line.hasPrefix("  reminder ") && line.hasSuffix(" Reminder that the request is being handled")
                && line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).first == "reminder"
        }, help.stdout)
    }

    func testAnUnknownKindIsAUsageErrorListingTheKinds() throws {
        let r = try CLI.run(["letter", "reminder", "--data", "templates/examples/acknowledgement-access-nl.yaml"])
        XCTAssertEqual(r.status, 64)
        // The list is the library's letter kinds, sorted (it grows with templates/, decision 011).
        let listed = try XCTUnwrap(r.stderr.split(separator: "\n").first).components(separatedBy: "; the library has: ")
        XCTAssertEqual(listed.first, "Error: unknown letter kind `reminder`", r.stderr)
        let kinds = try XCTUnwrap(listed.last).components(separatedBy: ", ")
        XCTAssertEqual(kinds, kinds.sorted())
        XCTAssertTrue(Set(["acknowledgement", "decision", "extension", "forwarding", "identification", "not-handled", "recipient-notification",
                           "refusal"]).isSubset(of: kinds), r.stderr)
        let batch = try CLI.run(["batch", "agreement", "--data", "x.csv", "--out", "x"])
        XCTAssertEqual(batch.status, 64)
        XCTAssertTrue(batch.stderr.hasPrefix("Error: unknown letter kind `agreement`;"), batch.stderr)
    }

    func testTheAgreementKindMayBeLeftOutWhenThereIsOne() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["agreement", "--data", "templates/examples/agreement-saas.yaml", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let named = try CLI.run(["agreement", "processor", "--data", "templates/examples/agreement-saas.yaml", "--out", out.path])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(CLI.documents(in: out).count, 1, "the same document")
    }

    func testAKindPrintsSafely() throws {
        let r = try CLI.run(["letter", "a\u{1B}[2Jb", "--data", "x.yaml"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: unknown letter kind `a\\u{001B}[2Jb`"), r.stderr)
    }
}

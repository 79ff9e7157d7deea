import Foundation
import XCTest

/// Issue 15, "Determinism": the same case as YAML and as JSON (nested in one, dotted in the other), each
/// rendered in two separate processes, gives byte-identical letters — and the same letter from both formats.
final class CaseFormatDeterminismTests: XCTestCase {
    private let yaml = """
        language: nl
        reference: SD-2026-00417
        date: 18-11-2026
        recipient: {salutation: ms, name: A. Jansen, street: Kerkstraat 12, postcode: 1234 AB, city: Voorbeeldstad}
        request: {type: access, received: 2026-11-16, channel: digid}
        caseworker: {name: P. de Vries, phone: 14 0123, email: p.devries@sdvoorbeeldregio.nl}
        """
    private let json = """
        {"language": "nl", "reference": "SD-2026-00417", "date": "2026-11-18",
         "recipient.salutation": "ms", "recipient.name": "A. Jansen", "recipient.street": "Kerkstraat 12",
         "recipient.postcode": "1234 AB", "recipient.city": "Voorbeeldstad",
         "request": {"type": "access", "received": "2026-11-16", "channel": "digid"},
         "caseworker": {"name": "P. de Vries", "phone": "14 0123", "email": "p.devries@sdvoorbeeldregio.nl"}}
        """

    func testYAMLAndJSONTwiceInTwoProcessesGiveTheSameBytes() throws {
        let folder = CLI.temporaryFolder()
        var letters: [Data] = []
        for (name, text) in [("case.yaml", yaml), ("case.json", json)] {
            let file = folder.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            for run in 1...2 {
                let out = folder.appendingPathComponent("\(name)-\(run)")
                let r = try CLI.run(["letter", "acknowledgement", "--data", file.path, "--out", out.path])
                XCTAssertEqual(r.status, 0, r.stderr)
                let documents = CLI.documents(in: out)
                XCTAssertEqual(documents.count, 1, "\(documents)")
                letters.append(try Data(contentsOf: out.appendingPathComponent(documents[0])))
            }
        }
        XCTAssertEqual(Set(letters).count, 1, "YAML ×2 and JSON ×2 give one and the same letter")
    }
}

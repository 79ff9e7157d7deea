@testable import Translations
import Foundation
import XCTest

/// The list of legal clauses is read line by line whatever the line breaks, trimmed of the one blank.
final class LegalClausesTests: XCTestCase {
    func testWindowsLineBreaksAndNoBreakSpacesAreNoPartOfAnEntry() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("legal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("templates/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "# legal\r\nrefuse.*\r\nobjection.decision\u{00A0}\r\nfile: agreement.yaml  # all\r\n"
            .write(to: data.appendingPathComponent("legal-clauses.txt"), atomically: true, encoding: .utf8)
        let list = try LegalClauses.load(root: root)
        XCTAssertEqual(list.prefixes, ["refuse."])
        XCTAssertEqual(list.ids, ["objection.decision"])
        XCTAssertEqual(list.files, ["agreement.yaml"])
    }
}

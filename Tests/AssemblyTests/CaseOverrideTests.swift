import Assembly
import PrivdocDiagnostics
import XCTest

/// `--set path=value` goes through the one case-data builder (issue 10, decision 191): it replaces the
/// case's value at its path, and breaks no rule a file must keep.
final class CaseOverrideTests: XCTestCase {
    private let yaml = "date: 2026-11-18\nrecipient:\n  name: A. Jansen\n"

    private func override(_ assignments: [(path: String, value: String)]) throws -> CaseData {
        let data = try CaseData.read(Array(yaml.utf8), file: "case.yaml")
        return try CaseDataBuilder.overriding(data, with: assignments)
    }

    private func problems(_ assignments: [(path: String, value: String)]) -> [String] {
        do {
            let data = try CaseData.read(Array(yaml.utf8), file: "case.yaml")
            _ = try CaseDataBuilder.overriding(data, with: assignments)
            return []
        } catch { return error.items.map(\.description) }
    }

    func testAnOverrideReplacesTheCasesValueAndAddsNewFields() throws {
        let data = try override([("date", "2026-11-20"), ("recipient.city", "Voorbeeldstad")])
        XCTAssertEqual(data.scalar("date"), "2026-11-20")
        XCTAssertEqual(data.scalar("recipient.name"), "A. Jansen")
        XCTAssertEqual(data.scalar("recipient.city"), "Voorbeeldstad")
    }

    func testAnOverrideThatConflictsWithTheNestingIsTheFilesLocatedError() {
        XCTAssertEqual(problems([("recipient", "X")]),
                       ["--set recipient: given as a value here and with sub-fields at case.yaml:2:1"])
        XCTAssertEqual(problems([("recipient.name.first", "Y")]),
                       ["--set recipient.name.first: recipient.name is given as a value at case.yaml:3:9, so it cannot have sub-fields"])
        XCTAssertEqual(problems([("recipient..name", "Z")]),
                       ["--set recipient..name: a field name has an empty part between dots"])
        XCTAssertEqual(problems([("date", "2026-11-20"), ("date", "2026-11-21")]),
                       ["--set date: given twice (also at --set date)"])
    }
}

import PrivdocDiagnostics
import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// DESIGN.md invariant 2: every problem of a case in one run, located, naming the field, never the value.
final class CaseValidationTests: XCTestCase {
    func testMissingRequiredAndWrongTypesReportedTogetherWithLocations() throws {
        let yaml = """
        language: nl
        date: 2026-11-29
        recipient: {salutation: mrs, street: Kerkstraat 12, postcode: 12345, city: Voorbeeldstad}
        request:
          type: inzage
          received: 2026-02-30
        count: veel
        """
        XCTAssertEqual(try failures("letter", yaml).map(\.description), [
            "case.yaml: reference: required",
            "case.yaml:3:1: recipient.name: required (or recipient.surname with initials or given-name)",
            "case.yaml:3:25: recipient.salutation: expected one of: mr, ms, none",
            "case.yaml:3:63: recipient.postcode: expected a Dutch postcode like 1234 AB (or give a country)",
            "case.yaml:5:9: request.type: expected one of: access, erasure",
            "case.yaml:6:13: request.received: expected a date like 2026-03-15 or 15-3-2026",
            "case.yaml:7:8: count: expected a whole number",
        ])
    }

    func testMessagesNeverEchoTheValue() throws {
        let yaml = letterCase.replacingOccurrences(of: "received: 2026-11-16", with: "received: Jan-Jansen-1970")
        let problems = try failures("letter", yaml)
        XCTAssertEqual(problems.count, 1)
        XCTAssertFalse(problems[0].description.contains("Jansen"))
    }

    func testDottedKeysAndNestedMapsAreTheSame() throws {
        let dotted = """
        language: nl
        reference: SD-1
        date: 2026-11-29
        recipient.name: A. Jansen
        recipient.street: Kerkstraat 12
        recipient.postcode: 1234 AB
        recipient.city: Voorbeeldstad
        request.type: access
        request.received: 2026-11-16
        """
        let doc = try assemble("letter", dotted).document
        XCTAssertTrue(plainText(doc.body).contains("Geachte heer/mevrouw,"), "salutation defaults to none")
    }

    func testUnknownFieldsAreWarningsWithLocations() throws {
        let assembled = try assemble("letter", letterCase + "\nrequest.chanel: paper\n")
        XCTAssertEqual(assembled.warnings.map(\.description),
                       ["case.yaml:6:17: warning: request.chanel: not a field of any template of the library (a typo?); ignored"])
    }

    func testFieldsOfTheLibrarysOtherTemplatesAreNoTypo() throws {
        // `subprocessing.mode` belongs to the agreement fixture: a case file may serve several documents.
        let assembled = try assemble("letter", letterCase + "\nsubprocessing.mode: none\nsubprocesing.mode: none\n")
        XCTAssertEqual(assembled.warnings.map(\.field), ["subprocesing.mode"])
        XCTAssertTrue(Fixture.basic.knowsField("subprocessing.mode"))
        XCTAssertFalse(Fixture.basic.knowsField("subprocesing.mode"))
    }

    func testIntegerBoundsBooleansAndListsFromColumns() throws {
        var data = try caseData(letterCase)
        data.set("count", "-1")
        guard case .failure(let p) = Assembler(library: Fixture.basic).assemble(template: "letter", data: data, options: RenderOptions())
        else { return XCTFail() }
        XCTAssertEqual(p.items.map(\.message), ["must be at least 0"])

        let row = CaseData(values: ["language": .scalar("nl"), "reference": .scalar("R1"), "date": .scalar("2026-11-29"),
                                    "recipient.name": .scalar("A"), "recipient.street": .scalar("S 1"),
                                    "recipient.postcode": .scalar("1234AB"), "recipient.city": .scalar("C"),
                                    "request.type": .scalar("access"), "request.received": .scalar("2026-11-16"),
                                    "documents.2": .scalar("tweede"), "documents.1": .scalar("eerste")],
                           locations: [:], origin: SourceLocation(file: "rows.csv", row: 17))
        guard case .success(let doc) = Assembler(library: Fixture.basic).assemble(template: "letter", data: row, options: RenderOptions())
        else { return XCTFail() }
        XCTAssertTrue(plainText(doc.document.body).contains("eerste\ntweede"))
    }

    func testBatchRowLocations() {
        let row = CaseData(values: ["language": .scalar("nl"), "date": .scalar("2026-13-01")],
                           locations: ["date": SourceLocation(file: "rows.csv", row: 17)], origin: SourceLocation(file: "rows.csv", row: 17))
        guard case .failure(let p) = Assembler(library: Fixture.basic).assemble(template: "letter", data: row, options: RenderOptions())
        else { return XCTFail() }
        XCTAssertTrue(p.items.map(\.description).contains("rows.csv:17: date: expected a date like 2026-03-15 or 15-3-2026"))
        XCTAssertTrue(p.items.map(\.description).contains("rows.csv:17: recipient.name: required (or recipient.surname with initials or given-name)"))
    }

    func testRuleFailsOnItsField() throws {
        let late = letterCase.replacingOccurrences(of: "date: 2026-11-29", with: "date: 2026-12-17")
        XCTAssertEqual(try failures("letter", late).map(\.description),
                       ["case.yaml:3:7: date: the letter must be sent before the first deadline"])
    }

    func testJSONIsReadWithLineAndColumn() throws {
        let json = """
        {
          "language": "nl", "reference": "SD-1", "date": "2026-11-29",
          "recipient": {"name": "A", "street": "S 1", "postcode": "1234 AB", "city": "C"},
          "request": {"type": "access",
                      "received": "16-11-26"}
        }
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-case-\(UUID()).json")
        try json.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try CaseData.load(file: url)
        guard case .failure(let p) = Assembler(library: Fixture.basic).assemble(template: "letter", data: data, options: RenderOptions())
        else { return XCTFail() }
        XCTAssertEqual(p.items.map(\.description), ["\(url.lastPathComponent):5:27: request.received: expected a date like 2026-03-15 or 15-3-2026"])
    }

    func testSyntaxErrorInCaseFileIsLocatedWithoutQuotingIt() {
        do throws(Diagnostics) {
            _ = try caseData("name: [Jan Jansen\nx: 1\n")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.items.count, 1)
            XCTAssertTrue(error.items[0].description.hasPrefix("case.yaml:2:"))
            XCTAssertFalse(error.items[0].description.contains("Jansen"))
        }
    }

    func testSetOverridesAndHasValue() throws {
        var data = try caseData(letterCase)
        XCTAssertTrue(data.hasValue("date"))
        data.set("request.type", "erasure")
        XCTAssertEqual(data.scalar("request.type"), "erasure")
        data.remove("date")
        XCTAssertFalse(data.hasValue("date"))
    }
}

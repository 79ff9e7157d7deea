import DelimitedText
import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// The one case-data builder and its YAML and JSON readers (issues 10 and 15, decision 020).
final class CaseDataReaderTests: XCTestCase {
    private func problems(_ text: String, json: Bool = false) -> [String] {
        do throws(Diagnostics) {
            _ = json ? try JSONCaseReader.read(text, file: "case.json") : try YAMLCaseReader.read(text, file: "case.yaml")
            return []
        } catch {
            return error.items.map(\.description)
        }
    }

    func testYAMLAliasBombIsRefusedAtTheFirstAliasWithoutExpanding() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) ["
            yaml += Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 10).joined(separator: ", ") + "]\n"
        }
        XCTAssertEqual(problems(yaml), ["case.yaml:2:8: an alias (*a) is not allowed in case data: write the value out in full"])
        XCTAssertEqual(problems("a: &x 1\nb: *x\n"), ["case.yaml:2:4: an alias (*x) is not allowed in case data: write the value out in full"])
    }

    func testDeepNestingIsALocatedLimitErrorInBothReaders() {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertEqual(problems("a: \(deep)"), ["case.yaml:1:5: nested more than 32 levels deep"])
        XCTAssertEqual(problems("{\"a\": \(deep)", json: true), ["case.json:1:38: nested more than 32 levels deep"])
        var block = ""
        for level in 0..<40 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        XCTAssertEqual(problems(block), ["case.yaml:33:33: nested more than 32 levels deep"])
    }

    func testNestedAndDottedSameFieldAndRepeatedKeysAreErrorsNamingBothPlaces() {
        XCTAssertEqual(problems("recipient:\n  name: A\nrecipient.name: B\n"),
                       ["case.yaml:3:17: recipient.name: given twice (also at case.yaml:2:9)"])
        XCTAssertEqual(problems("{\"a\": 1, \"a\": 2}", json: true), ["case.json:1:15: a: given twice (also at case.json:1:7)"])
        XCTAssertEqual(problems("a: 1\na: 2\n"), ["case.yaml:2:4: a: given twice (also at case.yaml:1:4)"])
        XCTAssertEqual(problems("recipient: Jan\nrecipient.name: B\n"),
                       ["case.yaml:2:17: recipient.name: recipient is given as a value at case.yaml:1:12, so it cannot have sub-fields"])
        XCTAssertEqual(problems("recipient.name: B\nrecipient: Jan\n"),
                       ["case.yaml:2:12: recipient: given as a value here and with sub-fields at case.yaml:1:1"])
        XCTAssertEqual(problems("a: ~\na: 1\n"), ["case.yaml:2:4: a: given twice (also at case.yaml:1:4)"], "a null counts as given")
        XCTAssertEqual(problems("a..b: 1\n.c: 2\n\"\": 3\n"), [
            "case.yaml:1:1: a..b: a field name has an empty part between dots",
            "case.yaml:2:1: .c: a field name has an empty part between dots",
            "case.yaml:3:1: a field name is empty",
        ])
        XCTAssertEqual(problems("list:\n  - {name: A, name: B}\n"), ["case.yaml:2:21: list[1].name: given twice (also at case.yaml:2:12)"])
    }

    func testMixingNestedAndDottedDifferentFieldsIsFine() throws {
        let data = try YAMLCaseReader.read("recipient.name: A\nrecipient: {city: C}\n", file: "case.yaml")
        XCTAssertEqual(data.values, ["recipient.name": .scalar("A"), "recipient.city": .scalar("C")])
    }

    func testNumbersAndWordsStayAsWritten() throws {
        let yaml = try YAMLCaseReader.read("a: 2026.10\nb: 007\nc: 1e3\nd: yes\ne: ~\nf: \"null\"\ng:\n", file: "case.yaml")
        XCTAssertEqual(yaml.values, ["a": .scalar("2026.10"), "b": .scalar("007"), "c": .scalar("1e3"), "d": .scalar("yes"), "f": .scalar("null")])
        let json = try JSONCaseReader.read("{\"a\": 2026.10, \"b\": -0.50, \"c\": 1E+3, \"d\": true, \"e\": null, \"f\": \"null\"}", file: "case.json")
        XCTAssertEqual(json.values, ["a": .scalar("2026.10"), "b": .scalar("-0.50"), "c": .scalar("1E+3"), "d": .scalar("true"), "f": .scalar("null")])
    }

    func testJSONEscapesIncludingSurrogatePairs() throws {
        let json = try JSONCaseReader.read(#"{"a": "\ud83d\ude00 \u00e9\n\"\\\/\t", "b\u002ec": "x"}"#, file: "case.json")
        XCTAssertEqual(json.values, ["a": .scalar("😀 é\n\"\\/\t"), "b.c": .scalar("x")])
        XCTAssertEqual(problems(#"{"a": "\ud83d"}"#, json: true), ["case.json:1:14: not valid JSON: an unpaired surrogate escape (\\uD800–\\uDBFF needs a low half)"])
        XCTAssertEqual(problems(#"{"a": "\ude00"}"#, json: true), ["case.json:1:14: not valid JSON: an unpaired surrogate escape (a low half \\uDC00–\\uDFFF without a high half)"])
        XCTAssertEqual(problems("{\"a\": 01}", json: true), ["case.json:1:8: not valid JSON: a number may not start with 0"])
        XCTAssertEqual(problems("{\"a\": \"x\ty\"}", json: true), ["case.json:1:9: not valid JSON: a control character in a string must be written as an escape (\\n, \\t, \\u0001)"])
        XCTAssertEqual(problems("{\"a\": 1} 2", json: true), ["case.json:1:10: not valid JSON: text after the end of the JSON value"])
        XCTAssertEqual(problems("[1]", json: true), ["case.json:1:1: case data must be a mapping of field names to values"])
        XCTAssertEqual(problems("{\"a\": tru}", json: true).first?.hasPrefix("case.json:1:7: not valid JSON: expected a value"), true)
    }

    func testListsDropNullItemsAndLocateItemsAndRecordFields() throws {
        let data = try YAMLCaseReader.read("""
            purposes: [a, ~, b]
            subprocessors:
              - {name: X, location: {country: NL}}
              - name: Y
            """, file: "case.yaml")
        XCTAssertEqual(data.values["purposes"], .list([.scalar("a"), .scalar("b")]))
        XCTAssertEqual(data.values["subprocessors"], .list([
            .map([.init(key: "name", value: .scalar("X")), .init(key: "location", value: .map([.init(key: "country", value: .scalar("NL"))]))]),
            .map([.init(key: "name", value: .scalar("Y"))]),
        ]))
        XCTAssertEqual(data.location(of: "purposes[2]").description, "case.yaml:1:18")
        XCTAssertEqual(data.location(of: "subprocessors[1].location.country").description, "case.yaml:3:35")
        XCTAssertEqual(data.location(of: "subprocessors[2].name").description, "case.yaml:4:11")
        XCTAssertEqual(data.location(of: "recipient.name").description, "case.yaml", "absent, no parent: the file")
    }

    func testOneDocumentPerFileAndKeysMustBeText() {
        XCTAssertEqual(problems("a: 1\n---\nb: 2\n"), ["case.yaml:2:1: one case per file: a second YAML document starts here"])
        XCTAssertEqual(problems("? [a, b]\n: 1\n"), ["case.yaml:1:3: a field name must be text, not a list or mapping"])
        XCTAssertEqual(problems("- a\n- b\n"), ["case.yaml:1:1: case data must be a mapping of field names to values"])
        XCTAssertEqual(try YAMLCaseReader.read("", file: "case.yaml").values, [:])
    }

    func testSizeLimits() {
        let limits = CaseInputLimits(maximumValueBytes: 8, maximumValues: 3, maximumKeyBytes: 10)
        func check(_ text: String) -> [String] {
            do throws(Diagnostics) { _ = try YAMLCaseReader.read(text, file: "case.yaml", limits: limits); return [] } catch {
                return error.items.map(\.description)
            }
        }
        XCTAssertEqual(check("a: 123456789\n"), ["case.yaml:1:4: a: longer than the maximum value size of 8 bytes"])
        XCTAssertEqual(check("abcdefghijk: 1\n"), ["case.yaml:1:1: a field name is longer than 10 bytes"])
        XCTAssertEqual(check("a: 1\nb: 2\nc: 3\nd: 4\n"), ["case.yaml:4:4: more than 3 values in one case"])
    }

    func testCaseFileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID()).yaml")
        try Data(repeating: 0x20, count: 2048).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try CaseData.load(file: url, limits: CaseInputLimits(maximumFileBytes: 1024))) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.map(\.description), ["\(url.lastPathComponent): the file is larger than the maximum of 1 KiB"])
        }
    }

    func testCaseFileInWindows1252() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cp-\(UUID()).yaml")
        try Data(Array("reference: R-1\nname: Jos".utf8) + [0xE9, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try CaseData.load(file: url)) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.map(\.code), [.caseEncoding])
            XCTAssertEqual((error as? Diagnostics)?.items.first?.location?.description, "\(url.lastPathComponent):2")
        }
        XCTAssertEqual(try CaseData.load(file: url, encoding: .cp1252).scalar("name"), "José")
    }
}

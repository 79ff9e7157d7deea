import DelimitedText
import Foundation
import XCTest
@testable import Batch

final class CSVReaderTests: XCTestCase {
    private func records(_ text: String, delimiter: UInt8? = nil) throws -> (header: [String], records: [CSVRecord], delimiter: UInt8) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try CSVReader(url: url, delimiter: delimiter)
        var out: [CSVRecord] = []
        while let r = reader.next() { out.append(r) }
        return (reader.header, out, reader.delimiter)
    }

    func testPlainCommaFileWithCRLFAndBOM() throws {
        let r = try records("\u{FEFF}a,b\r\n1,2\r\n3,4\r\n")
        XCTAssertEqual(r.header, ["a", "b"])
        XCTAssertEqual(r.records, [.fields(["1", "2"], line: 2), .fields(["3", "4"], line: 3)])
    }

    func testSemicolonIsDetectedAsExcelWritesIt() throws {
        let r = try records("naam;plaats\n\"Jansen, A.\";Dorpwijk\n")
        XCTAssertEqual(r.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(r.records, [.fields(["Jansen, A.", "Dorpwijk"], line: 2)])
    }

    func testQuotedFieldsWithEscapedQuotesAndEmbeddedNewlines() throws {
        let r = try records("a,b\n\"say \"\"hi\"\"\",\"two\nlines\"\nx,y")
        XCTAssertEqual(r.records, [.fields(["say \"hi\"", "two\nlines"], line: 2), .fields(["x", "y"], line: 4)])
    }

    func testUnbalancedQuoteCostsOnlyItsOwnRow() throws {
        let r = try records("a,b\n1,2\n\"broken,3\n4,5\n6,\"7\"\n")
        XCTAssertEqual(r.records.count, 4)
        XCTAssertEqual(r.records[0], .fields(["1", "2"], line: 2))
        guard case .malformed(let line, let reason) = r.records[1] else { return XCTFail("expected malformed") }
        XCTAssertEqual(line, 3)
        XCTAssertTrue(reason.contains("quote"), reason)
        XCTAssertEqual(r.records[2], .fields(["4", "5"], line: 4))
        XCTAssertEqual(r.records[3], .fields(["6", "7"], line: 5))
    }

    func testUnbalancedQuoteOnTheLastLine() throws {
        let r = try records("a,b\n1,2\n3,\"4\n")
        XCTAssertEqual(r.records.first, .fields(["1", "2"], line: 2))
        guard case .malformed(3, _)? = r.records.last else { return XCTFail("\(r.records)") }
    }

    func testWrongFieldCountIsMalformedWithLine() throws {
        let r = try records("a,b\n1,2,3\n4,5\n")
        XCTAssertEqual(r.records, [.malformed(line: 2, reason: "expected 2 fields, found 3"), .fields(["4", "5"], line: 3)])
    }

    func testBlankLinesAreSkippedButCounted() throws {
        let r = try records("a\n\n1\n\n2")
        XCTAssertEqual(r.records, [.fields(["1"], line: 3), .fields(["2"], line: 5)])
    }

    func testInvalidUTF8IsRefusedBeforeAnyRecord() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
        try Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A, 0x62, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try CSVReader(url: url)) { error in
            guard case .encoding(_, let line, let reason) = error as? CSVReaderError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertTrue(reason.hasPrefix("not UTF-8 text (byte 0xFF)"), reason)
        }
    }

    func testRecordsSpanningChunkBoundaries() throws {
        var text = "id,text\n"
        for i in 0..<20_000 { text += "\(i),\"value \(i)\nwith newline\"\n" }
        let r = try records(text)
        XCTAssertEqual(r.records.count, 20_000)
        XCTAssertEqual(r.records.last, .fields(["19999", "value 19999\nwith newline"], line: 2 + 19_999 * 2))
    }

    func testEmptyFileIsAHeaderError() {
        XCTAssertThrowsError(try records(""))
    }
}

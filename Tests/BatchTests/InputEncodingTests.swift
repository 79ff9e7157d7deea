import DelimitedText
import Assembly
import Foundation
import XCTest
@testable import Batch

/// Issue 15, "Input encodings as Excel writes them", and the CSV size limits (decisions 024, 025).
final class InputEncodingTests: XCTestCase {
    private func file(_ bytes: [UInt8], _ ext: String = "csv") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enc-\(UUID().uuidString).\(ext)")
        try Data(bytes).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func records(_ url: URL, encoding: InputEncoding? = nil) throws -> [CSVRecord] {
        let reader = try CSVReader(url: url, encoding: encoding)
        var out: [CSVRecord] = []
        while let r = reader.next() { out.append(r) }
        return out
    }

    /// "Jansen;Café Ü" in Windows-1252, with a euro sign and a curly quote from 0x80–0x9F.
    private let cp1252: [UInt8] = Array("naam;plaats\n".utf8) + [0x4A, 0xE9, 0x3B, 0x80, 0x92, 0xDC, 0x0A]

    func testWindows1252IsRefusedBeforeTheFirstRowNamingTheLineAndTheWayOut() throws {
        // 100 000 ASCII rows first: the bad byte is far beyond the header, yet nothing is read as a row.
        var bytes = Array("naam;plaats\n".utf8)
        for i in 0..<100_000 { bytes += Array("r\(i);x\n".utf8) }
        bytes += [0x4A, 0xE9, 0x3B, 0x78, 0x0A]
        let url = try file(bytes)
        XCTAssertThrowsError(try countRowRecords(url, delimiter: nil)) { error in
            XCTAssertEqual((error as? BatchError)?.description, "\(url.lastPathComponent):100002: not UTF-8 text (byte 0xE9); "
                + "it looks like Windows-1252 (Excel's \"CSV (comma delimited)\"): save it as \"CSV UTF-8\" or read it with --encoding cp1252")
        }
    }

    func testWindows1252AndLatin1WithEncoding() throws {
        let url = try file(cp1252)
        XCTAssertEqual(try records(url, encoding: .cp1252), [.fields(["Jé", "€’Ü"], line: 2)])
        XCTAssertEqual(try records(url, encoding: .latin1), [.fields(["Jé", "\u{80}\u{92}Ü"], line: 2)])
    }

    func testExcelCSVUTF8WithByteOrderMarkStillWorks() throws {
        let url = try file([0xEF, 0xBB, 0xBF] + Array("naam;plaats\nJé;Ü\n".utf8))
        XCTAssertEqual(try records(url), [.fields(["Jé", "Ü"], line: 2)])
        XCTAssertEqual(try CSVReader(url: url).header, ["naam", "plaats"])
    }

    func testUTF16WithByteOrderMarkIsDetectedAndPairsAreJoined() throws {
        func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { u in
                bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
            }
        }
        for bigEndian in [false, true] {
            let url = try file(utf16("naam\tplaats\nJé 😀\tÜ\n", bigEndian: bigEndian))
            XCTAssertEqual(try records(url), [.fields(["Jé 😀", "Ü"], line: 2)])
            XCTAssertEqual(try records(url, encoding: .utf16), [.fields(["Jé 😀", "Ü"], line: 2)])
        }
        let odd = try file([0xFF, 0xFE, 0x61, 0x00, 0x0A])
        XCTAssertThrowsError(try countRowRecords(odd, delimiter: nil))
    }

    func testAByteOrderMarkContradictingEncodingIsAnError() throws {
        let url = try file([0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8))
        XCTAssertThrowsError(try CSVReader(url: url, encoding: .cp1252)) { error in
            XCTAssertTrue("\(error)".contains("UTF-8 byte order mark"), "\(error)")
        }
    }

    func testDecoderAcrossChunkBoundariesMatchesWholeDecoding() {
        let text = "é😀€ a\nü" + String(repeating: "ĳ", count: 300)
        let bytes = Array(text.utf8)
        for size in [1, 2, 3, 5, 7] {
            var decoder = InputDecoder(nil), out: [UInt8] = []
            var i = 0
            while i < bytes.count {
                let end = min(bytes.count, i + size)
                guard case .success(let part) = decoder.decode(bytes[i..<end], final: false) else { return XCTFail("size \(size)") }
                out += part
                i = end
            }
            guard case .success(let rest) = decoder.decode([], final: true) else { return XCTFail() }
            XCTAssertEqual(String(decoding: out + rest, as: UTF8.self), text, "chunk size \(size)")
        }
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            guard case .failure = InputDecoder.decode(bad, as: nil) else { return XCTFail("\(bad) accepted") }
        }
    }

    func testFieldSizeLimitHasItsOwnMessageAndTheNextRowIsRead() throws {
        let big = String(repeating: "x", count: CaseInputLimits.standard.maximumValueBytes + 1)
        let atLimit = String(repeating: "y", count: CaseInputLimits.standard.maximumValueBytes)
        let url = try file(Array("a,b\n\(big),1\n\"\(big)\",2\n\(atLimit),3\nok,4\n".utf8))
        XCTAssertEqual(try records(url), [
            .malformed(line: 2, reason: "a field is longer than the maximum field size of 1 MiB"),
            .malformed(line: 3, reason: "a quoted field is longer than the maximum field size of 1 MiB (or its closing quote is missing)"),
            .fields([atLimit, "3"], line: 4),
            .fields(["ok", "4"], line: 5),
        ])
    }

    func testALongLineOfManyFieldsIsReadWhole() throws {
        // 4 MiB in one record of 4 096 fields of 1 KiB: under both limits, read across many chunks.
        let field = String(repeating: "z", count: 1024)
        let header = (1...4096).map { "c\($0)" }.joined(separator: ",")
        let row = Array(repeating: field, count: 4096).joined(separator: ",")
        let url = try file(Array("\(header)\n\(row)\n".utf8))
        let out = try records(url)
        XCTAssertEqual(out.count, 1)
        guard case .fields(let fields, 2)? = out.first else { return XCTFail("\(out.first.map { "\($0)".prefix(200) } ?? "")") }
        XCTAssertEqual(fields.count, 4096)
        XCTAssertTrue(fields.allSatisfy { $0 == field })
    }

    func testJSONLinesRejectsALineOverTheRecordLimitAndReadsTheNext() throws {
        let limits = CaseInputLimits(maximumRecordBytes: 4096)
        for size in [4097, 300_000, 600_000] {   // within one chunk, and across chunks of 256 KiB
            let long = "{\"a\": \"" + String(repeating: "x", count: size) + "\"}\n"
            let url = try file(Array((long + "{\"reference\": \"R-1\"}\n").utf8), "jsonl")
            let source = try JSONLinesRowSource(url: url, limits: limits)
            guard case .malformed(1, let reason)? = source.next() else { return XCTFail() }
            XCTAssertEqual(reason, "the line is longer than the maximum record size of 4 KiB")
            guard case .data(let data, 2)? = source.next() else { return XCTFail() }
            XCTAssertEqual(data.scalar("reference"), "R-1")
        }
        XCTAssertEqual(CaseInputLimits.describe(bytes: CaseInputLimits.standard.maximumRecordBytes), "16 MiB")
    }

    func testJSONLinesKeepsNumbersAsWrittenAndRefusesNestedPlusDotted() throws {
        let url = try file(Array("""
            {"reference": "R-1", "amount": 2026.10, "n": 1e3, "emoji": "\\ud83d\\ude00"}
            {"reference": "R-2", "recipient": {"name": "A"}, "recipient.name": "B"}
            {"reference": "R-3", "reference": "R-4"}
            """.utf8), "jsonl")
        let source = try JSONLinesRowSource(url: url)
        guard case .data(let data, 1)? = source.next() else { return XCTFail() }
        XCTAssertEqual(data.scalar("amount"), "2026.10")
        XCTAssertEqual(data.scalar("n"), "1e3")
        XCTAssertEqual(data.scalar("emoji"), "😀")
        guard case .malformed(2, let nested)? = source.next() else { return XCTFail() }
        XCTAssertEqual(nested, "recipient.name: given twice (also at \(url.lastPathComponent):2:44)")
        let third = source.next()
        guard case .malformed(3, let repeated)? = third else { return XCTFail("\(String(describing: third))") }
        XCTAssertEqual(repeated, "reference: given twice (also at \(url.lastPathComponent):3:15)")
    }
}

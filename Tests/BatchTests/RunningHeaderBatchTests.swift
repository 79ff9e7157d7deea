import Assembly
import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Batch

/// Decision 140: in a combined file every letter shares one master page for its following pages, so
/// each letter must set the header's variables itself — page 2 of every letter shows its own reference.
final class RunningHeaderBatchTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    nonisolated(unsafe) static var library: Library!

    override class func setUp() {
        library = try! Library.load(root: root)
    }

    private func folder(_ name: String = #function) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-running-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(6))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func entry(_ name: String, of url: URL) throws -> String {
        let reader = try PackageReader(bytes: [UInt8](Data(contentsOf: url)))
        return String(decoding: try XCTUnwrap(reader.entry(name)), as: UTF8.self)
    }

    /// The values `variable` is set to, in document order.
    private func settings(_ variable: String, in content: String) -> [String] {
        content.components(separatedBy: "<text:variable-set text:name=\"\(variable)\" office:value-type=\"string\" office:string-value=\"")
            .dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func testEveryLetterOfACombinedFileSetsItsOwnReference() throws {
        let out = folder()
        let combined = out.appendingPathComponent("all.odt")
        let input = Self.root.appendingPathComponent("templates/examples/recipient-notification-batch.csv")
        let options = BatchOptions(templateID: "dsr-recipient-notification", input: input, outputFolder: out,
                                   defaultDate: CivilDate(year: 2026, month: 11, day: 29)!, jobs: 2, combined: combined)
        let summary = try BatchRunner(library: Self.library, options: options).run()
        XCTAssertEqual(summary.rejected, 0)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for language in ["nl", "en"] {
            let file = out.appendingPathComponent("all-\(language).odt")
            let content = try entry("content.xml", of: file)
            // In row order, one setting per letter, at the start of its own first page.
            let expected = manifest.filter { $0[2] == language }.map { $0[1] }
            XCTAssertGreaterThan(expected.count, 0)
            XCTAssertEqual(settings("privdoc_reference", in: content), expected)
            XCTAssertEqual(settings("privdoc_date", in: content).count, expected.count)
            XCTAssertEqual(content.components(separatedBy: "<text:variable-decl ").count - 1, 2, "declared once for all letters")
            let styles = try entry("styles.xml", of: file)
            XCTAssertEqual(styles.components(separatedBy: "<text:variable-get text:name=\"privdoc_reference\"/>").count, 2,
                           "one following-pages header, shared by every letter")
        }
    }

    /// With an organisation's letterhead whose following-page header lacks our reference (WerkSaam's), the
    /// combined file keeps the line under that header, once for all letters.
    func testACombinedFileUnderALetterheadKeepsTheLineUnderItsHeader() throws {
        let werksaam = Self.root.appendingPathComponent("templates/organisations/werksaam-westfriesland")
        let library = try Library.load(LibraryLayers(shipped: Self.root, organisation: werksaam))
        let out = folder()
        let combined = out.appendingPathComponent("all.odt")
        let input = Self.root.appendingPathComponent("templates/examples/recipient-notification-batch.csv")
        let options = BatchOptions(templateID: "dsr-recipient-notification", input: input, outputFolder: out,
                                   defaultDate: CivilDate(year: 2026, month: 11, day: 29)!, jobs: 2, combined: combined)
        XCTAssertEqual(try BatchRunner(library: library, options: options).run().rejected, 0)
        let styles = try entry("styles.xml", of: out.appendingPathComponent("all-nl.odt"))
        XCTAssertTrue(styles.contains("<style:header><text:p text:style-name=\"Header\">WerkSaam Westfriesland</text:p>"
            + "<text:p text:style-name=\"Header\">WerkSaam Westfriesland · Ons kenmerk: <text:variable-get text:name=\"privdoc_reference\"/>"), styles)
        XCTAssertEqual(styles.components(separatedBy: "<text:variable-get text:name=\"privdoc_reference\"/>").count, 2)
    }

    /// A combined file of two-language besluits: each letter sets the values for its Dutch pages and again
    /// for its translation's (dates in the translation's language).
    func testACombinedBesluitFileSetsTheValuesPerPart() throws {
        let out = folder()
        let jsonl = folder("input").appendingPathComponent("refusals.jsonl")
        var rows = ""
        for i in 0..<2 {
            rows += #"{"language":"en","reference":"SD-2026-0090\#(i)","date":"2026-05-0\#(i + 6)","# +
                #""recipient":{"salutation":"mr","name":"D. Mulder","street":"Wilgenhof 2","postcode":"1243 VW","city":"Dorpwijk"},"# +
                #""request":{"type":"access","received":"2026-04-09","channel":"paper"},"# +
                #""refusal":{"ground":"identity","reason":"Wij konden uw identiteit niet vaststellen."},"# +
                #""caseworker":{"name":"R. Koster","phone":"14 0123"}}"# + "\n"
        }
        try rows.write(to: jsonl, atomically: true, encoding: .utf8)
        let options = BatchOptions(templateID: "dsr-refusal", input: jsonl, outputFolder: out,
                                   defaultDate: CivilDate(year: 2026, month: 11, day: 29)!, jobs: 2, combined: out.appendingPathComponent("all.odt"))
        XCTAssertEqual(try BatchRunner(library: Self.library, options: options).run().written, 2)
        let content = try entry("content.xml", of: out.appendingPathComponent("all.odt"))
        XCTAssertEqual(settings("privdoc_reference", in: content), ["SD-2026-00900", "SD-2026-00900", "SD-2026-00901", "SD-2026-00901"])
        XCTAssertEqual(settings("privdoc_date", in: content), ["6\u{00A0}mei\u{00A0}2026", "6\u{00A0}May\u{00A0}2026",
                                                               "7\u{00A0}mei\u{00A0}2026", "7\u{00A0}May\u{00A0}2026"])
    }
}

import Assembly
import DocumentOutput
import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Batch
@testable import Benchmarks

/// The batch issue's "must show": bad rows cost only themselves, reports account for every row, output is
/// deterministic whatever the threads, re-runs are idempotent, shards add up, combined files are valid.
final class BatchRunnerTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = CivilDate(year: 2026, month: 11, day: 29)!
    nonisolated(unsafe) static var library: Library!

    /// Row positions (0-based) broken on purpose, one per kind of defect.
    static let defects: [Int: SampleRows.Defect] = {
        var d: [Int: SampleRows.Defect] = [:]
        for (i, defect) in SampleRows.Defect.allCases.enumerated() { d[37 + i * 83] = defect }
        return d
    }()

    override class func setUp() {
        library = try! Library.load(root: root)
    }

    private func folder(_ name: String = #function) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-batch-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(6))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func input(rows: Int = 1000, defects: [Int: SampleRows.Defect] = BatchRunnerTests.defects) throws -> URL {
        let url = folder("input").appendingPathComponent("notices.csv")
        var generator = SampleRows(seed: 7, date: Self.date, languages: ["nl", "en"])
        try generator.writeCSV(to: url, count: rows, defects: defects)
        return url
    }

    private func run(_ csv: URL, into out: URL, jobs: Int = 2, shard: Shard? = nil, combined: URL? = nil,
                     force: Bool = false) throws -> BatchSummary {
        let options = BatchOptions(templateID: "dsr-extension", input: csv, outputFolder: out, date: Self.date,
                                   defaultDate: Self.date, jobs: jobs, combined: combined, shard: shard, force: force)
        return try BatchRunner(library: Self.library, options: options).run()
    }

    private func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func testThousandRowsWithADozenBadOnesWritesExactlyTheGoodLetters() throws {
        let csv = try input()
        let out = folder()
        let summary = try run(csv, into: out)
        XCTAssertEqual(summary.rows, 1000)
        XCTAssertEqual(summary.rejected, Self.defects.count)
        XCTAssertEqual(summary.written, 1000 - Self.defects.count)
        let documents = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".odt") }
        XCTAssertEqual(documents.count, summary.written)

        // The rejects file names each bad row (by its line: header is line 1) and the field.
        let rejects = try lines(out.appendingPathComponent("rejects.csv")).dropFirst()
        let expectedField: [SampleRows.Defect: String] = [
            .missingField: "recipient.postcode", .badDate: "request.received", .impossibleDate: "request.received",
            .unknownRequestType: "request.type", .unknownLanguage: "language", .illegalCharacter: "recipient.name",
            .badPostcode: "recipient.postcode", .badSalutation: "recipient.salutation", .tooLate: "date",
            .duplicateReference: "reference", .wrongFieldCount: "", .unbalancedQuote: "",
        ]
        for (position, defect) in Self.defects {
            let line = position + 2
            let hits = rejects.filter { $0.hasPrefix("notices.csv,\(line),") }
            XCTAssertFalse(hits.isEmpty, "row \(line) (\(defect)) not in rejects")
            XCTAssertTrue(hits.contains { $0.hasPrefix("notices.csv,\(line),\(expectedField[defect]!),") },
                          "row \(line) (\(defect)): \(hits)")
        }
        // No personal data in the rejects file: no name of the generated rows appears in it.
        let rejectsText = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        for surname in SampleRows.surnames where surname.count > 4 { XCTAssertFalse(rejectsText.contains(surname), surname) }

        // The manifest lists every document written, with hashes that match the files.
        let manifest = try lines(out.appendingPathComponent("manifest.csv")).dropFirst()
        XCTAssertEqual(manifest.count, summary.written)
        for line in manifest {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent(f[3])))
            XCTAssertEqual(SHA256.hex(bytes), f[4], f[3])
            XCTAssertEqual(f[6], "dsr-extension")
            XCTAssertTrue(f[8].contains("@"), "clause versions recorded")
        }
    }

    func testSameRunTwiceAndOneJobVersusAllGiveIdenticalBytes() throws {
        let csv = try input(rows: 120, defects: [5: .badDate])
        let a = folder("a"), b = folder("b")
        _ = try run(csv, into: a, jobs: 1)
        _ = try run(csv, into: b, jobs: 4)
        XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent("manifest.csv")),
                       try Data(contentsOf: b.appendingPathComponent("manifest.csv")))
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".odt") }.sorted()
        XCTAssertEqual(names.count, 119)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(name)), try Data(contentsOf: b.appendingPathComponent(name)), name)
        }
    }

    func testRerunAfterInterruptionWritesOnlyWhatIsMissingAndEndsWithTheSameManifest() throws {
        let csv = try input(rows: 60, defects: [:])
        let out = folder()
        _ = try run(csv, into: out)
        let manifest = try Data(contentsOf: out.appendingPathComponent("manifest.csv"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".odt") }.sorted()
        // Simulate an interrupted run: half the documents and the reports never got written.
        for name in names.prefix(30) { try FileManager.default.removeItem(at: out.appendingPathComponent(name)) }
        try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.csv"))
        let again = try run(csv, into: out)
        XCTAssertEqual(again.written, 30)
        XCTAssertEqual(again.unchanged, 30)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("manifest.csv")), manifest)
    }

    func testExistingDifferentFileIsNotOverwrittenWithoutForce() throws {
        let csv = try input(rows: 5, defects: [:])
        let out = folder()
        _ = try run(csv, into: out)
        let name = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".odt") }.sorted()[0]
        let target = out.appendingPathComponent(name)
        try Data("someone else's file".utf8).write(to: target)
        let second = try run(csv, into: out)
        XCTAssertEqual(second.rejected, 1)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "someone else's file")
        let forced = try run(csv, into: out, force: true)
        XCTAssertEqual(forced.rejected, 0)
        XCTAssertNotEqual(try String(contentsOf: target, encoding: .isoLatin1), "someone else's file")
    }

    func testShardManifestsConcatenateIntoTheWhole() throws {
        let csv = try input(rows: 100, defects: [10: .badDate, 50: .unbalancedQuote])
        let whole = folder("whole")
        _ = try run(csv, into: whole)
        var concatenated: [String] = []
        var rejected: [String] = []
        for i in 1...3 {
            let part = folder("shard\(i)")
            _ = try run(csv, into: part, shard: Shard("\(i)/3"))
            concatenated += try lines(part.appendingPathComponent("manifest.csv")).dropFirst()
            rejected += try lines(part.appendingPathComponent("rejects.csv")).dropFirst()
        }
        XCTAssertEqual(concatenated, Array(try lines(whole.appendingPathComponent("manifest.csv")).dropFirst()))
        XCTAssertEqual(rejected, Array(try lines(whole.appendingPathComponent("rejects.csv")).dropFirst()))
    }

    func testShardParsing() {
        XCTAssertEqual(Shard("2/8"), Shard("2/8"))
        XCTAssertNil(Shard("0/3"))
        XCTAssertNil(Shard("4/3"))
        XCTAssertNil(Shard("1-3"))
        XCTAssertEqual(Shard("3/3")!.range(total: 10), 6..<10)
        XCTAssertEqual(Shard("1/3")!.range(total: 10), 0..<3)
    }

    func testCombinedFileHasEveryLetterOnItsOwnFirstPage() throws {
        let csv = try input(rows: 12, defects: [3: .badDate])
        let out = folder()
        let combined = out.appendingPathComponent("all.odt")
        let summary = try run(csv, into: out, combined: combined)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("all") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var letters = 0
        for file in files {
            let reader = try PackageReader(bytes: [UInt8](Data(contentsOf: out.appendingPathComponent(file))))
            let content = String(decoding: reader.entry("content.xml") ?? [], as: UTF8.self)
            // Every letter after the first starts with a paragraph on the first-page layout, numbering restarted.
            letters += content.components(separatedBy: "AddressWindow").count - 1
            let styles = String(decoding: reader.entry("styles.xml") ?? [], as: UTF8.self)
            XCTAssertTrue(styles.contains("text:page-number"))
            XCTAssertFalse(styles.contains("text:page-count"), "combined files show page X only")
        }
        XCTAssertEqual(letters, summary.written)
    }

    /// Awb 2:6 (decision 120): a besluit row in another language than Dutch is the same two-language
    /// document the letter command makes, and a combined run keeps such letters in a file of their own.
    func testABesluitRowInArabicIsTheDutchBesluitWithItsTranslation() throws {
        let out = folder()
        let jsonl = folder("input").appendingPathComponent("refusals.jsonl")
        var rows = ""
        for (i, language) in ["nl", "ar"].enumerated() {
            rows += #"{"language":"\#(language)","reference":"SD-2026-0090\#(i)","date":"2026-05-06","# +
                #""recipient":{"salutation":"mr","name":"D. Mulder","street":"Wilgenhof 2","postcode":"1243 VW","city":"Dorpwijk"},"# +
                #""request":{"type":"access","received":"2026-04-09","channel":"paper"},"# +
                #""refusal":{"ground":"identity","reason":"Wij konden uw identiteit niet vaststellen."},"# +
                #""caseworker":{"name":"R. Koster","phone":"14 0123"}}"# + "\n"
        }
        try rows.write(to: jsonl, atomically: true, encoding: .utf8)
        let combined = out.appendingPathComponent("all.odt")
        let options = BatchOptions(templateID: "dsr-refusal", input: jsonl, outputFolder: out, date: Self.date,
                                   defaultDate: Self.date, jobs: 2, combined: combined)
        let summary = try BatchRunner(library: Self.library, options: options).run()
        XCTAssertEqual(summary.written, 2)
        let arabic = try [UInt8](Data(contentsOf: out.appendingPathComponent("SD-2026-00901-dsr-refusal-ar.odt")))
        let content = String(decoding: try PackageReader(bytes: arabic).entry("content.xml") ?? [], as: UTF8.self)
        XCTAssertEqual(content.components(separatedBy: "style:master-page-name=\"Translation\"").count, 2)
        let dutch = try [UInt8](Data(contentsOf: out.appendingPathComponent("SD-2026-00900-dsr-refusal-nl.odt")))
        XCTAssertFalse(String(decoding: try PackageReader(bytes: dutch).entry("content.xml") ?? [], as: UTF8.self).contains("Translation"))

        // The same document as the letter command's.
        var data = try CaseData.read(Array(rows.split(separator: "\n")[1].utf8), file: "row.json")
        data.set("date", "2026-11-29")
        let single = try Assembler(library: Self.library).assemble(template: "dsr-refusal", data: data, options: RenderOptions()).get()
        XCTAssertEqual(try single.package(), arabic)

        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("all") }.sorted()
        XCTAssertEqual(files, ["all-nl-ar.odt", "all-nl.odt"])
    }
}

import Assembly
import DocumentOutput
import Foundation
import LegalCalendar
import XCTest
@testable import Batch
@testable import Benchmarks

/// Issue 15, "Determinism and bookkeeping" and the batch's crash items: one run per folder, interruptions
/// that leave true reports, nothing stale, the header checked once, options that cannot trap.
final class BatchSafetyTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = CivilDate(year: 2026, month: 11, day: 29)!
    nonisolated(unsafe) static var library: Library!

    override class func setUp() { library = try! Library.load(root: root) }

    private func folder(_ name: String = #function) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-safety-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(6))")
    }

    private func input(rows: Int, _ name: String = #function) throws -> URL {
        let dir = folder(name + "-in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("notices.csv")
        var generator = SampleRows(seed: 11, date: Self.date, languages: ["nl", "en"])
        try generator.writeCSV(to: url, count: rows)
        return url
    }

    /// A CSV from the sample rows with columns renamed and empty ones appended (quoted cells stay intact).
    private func input(rows: Int, renaming: [String: String], appending: [String], _ name: String = #function) throws -> URL {
        let url = try input(rows: rows, name)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = (lines[0].split(separator: ",").map { renaming[String($0)] ?? String($0) } + appending).joined(separator: ",")
        for i in 1..<lines.count where !lines[i].isEmpty { lines[i] += String(repeating: ",", count: appending.count) }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A CSV from the sample rows with its header changed by `edit` (cells moved naively: for header checks).
    private func input(rows: Int, header edit: ([String]) -> [String], _ name: String = #function) throws -> URL {
        let url = try input(rows: rows, name)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let old = lines[0].split(separator: ",").map(String.init)
        let new = edit(old)
        lines = lines.enumerated().map { i, line in
            guard i > 0, !line.isEmpty else { return i == 0 ? new.joined(separator: ",") : line }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return new.map { name in old.firstIndex(of: name).map { cells[$0] } ?? "" }.joined(separator: ",")
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func options(_ csv: URL, _ out: URL, jobs: Int = 2, chunk: Int = 512, strict: Bool = false, force: Bool = false,
                         combined: URL? = nil) -> BatchOptions {
        BatchOptions(templateID: "dsr-extension", input: csv, outputFolder: out, date: Self.date, defaultDate: Self.date,
                     jobs: jobs, combined: combined, force: force, strict: strict, chunkSize: chunk)
    }

    private func manifest(_ out: URL) throws -> [[String]] {
        try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    private func assertManifestIsTrue(_ out: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        for entry in try manifest(out) {
            let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent(entry[3])))
            XCTAssertEqual(SHA256.hex(bytes), entry[4], entry[3], file: file, line: line)
        }
    }

    // MARK: - One run per folder

    func testASecondRunIntoAHeldFolderIsRefusedAndWritesNothing() throws {
        let csv = try input(rows: 5)
        let out = folder()
        var held: OutputFolder? = try OutputFolder(url: out, name: "letters")
        var second = options(csv, out)
        second.outputName = "letters"
        XCTAssertThrowsError(try BatchRunner(library: Self.library, options: second).run()) { error in
            XCTAssertEqual(error as? BatchError, .locked("letters"))
            XCTAssertEqual((error as? BatchError)?.description,
                           "letters: another privdoc batch is writing into this folder; wait for it to finish, or choose another --out")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
        XCTAssertNotNil(held)
        held = nil
        // Released: the next run may go.
        XCTAssertEqual(try BatchRunner(library: Self.library, options: options(csv, out)).run().written, 5)
    }

    // MARK: - Interruptions

    func testStaleTemporariesAreRemovedAndNothingElse() throws {
        let csv = try input(rows: 3)
        let out = folder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let stale = [".SD-2026-000001-dsr-extension-nl.odt.aB3dE9", ".manifest.csv.partial", ".rejects.csv.partial", ".manifest.csv.Xy12Z0"]
        let kept = ["notes.txt", ".hidden", ".SD-1.odt.toolong7", ".photo.png.aB3dE9", "x.odt.aB3dE9"]
        for name in stale + kept { FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: Data()) }
        _ = try BatchRunner(library: Self.library, options: options(csv, out)).run()
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        for name in stale { XCTAssertFalse(left.contains(name), name) }
        for name in kept { XCTAssertTrue(left.contains(name), name) }
    }

    func testAStopAfterTheFirstChunkFinishesTrueReportsOfTheRowsDone() throws {
        let csv = try input(rows: 100)
        let out = folder()
        let stop = StopSignal()
        let summary = try BatchRunner(library: Self.library, options: options(csv, out, chunk: 16))
            .run(progress: { _ in stop.request(SIGTERM) }, stop: stop)
        XCTAssertEqual(summary.interruptedBy, SIGTERM)
        XCTAssertEqual(summary.rows, 16)
        XCTAssertEqual(try manifest(out).count, summary.written)
        try assertManifestIsTrue(out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }, [])
        // The re-run completes it: the 16 are unchanged, the rest written.
        let again = try BatchRunner(library: Self.library, options: options(csv, out, chunk: 16)).run()
        XCTAssertEqual(again.unchanged, summary.written)
        XCTAssertEqual(again.written + again.unchanged, 100 - again.rejected)
        try assertManifestIsTrue(out)
    }

    func testAForcedRunWithOtherBytesNeverLeavesAManifestLineThatLies() throws {
        let csv = try input(rows: 40)
        let out = folder()
        _ = try BatchRunner(library: Self.library, options: options(csv, out)).run()
        var other = options(csv, out, chunk: 8, force: true)
        other.date = Self.date.adding(days: 1)
        let stop = StopSignal()
        var chunks = 0
        let summary = try BatchRunner(library: Self.library, options: other).run(progress: { _ in
            chunks += 1
            if chunks == 2 { stop.request() }
        }, stop: stop)
        XCTAssertEqual(summary.rows, 16)
        XCTAssertEqual(try manifest(out).count, 16)
        try assertManifestIsTrue(out)   // the 24 old documents not yet replaced are simply not listed
    }

    func testTheRowReaderIsClosedAndJoinedAfterAnEarlyStop() throws {
        let csv = try input(rows: 3000)
        let out = folder()
        func openFiles() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0 }
        _ = try BatchRunner(library: Self.library, options: options(csv, out, chunk: 4)).run(progress: { _ in }, stop: {
            let s = StopSignal(); s.request(); return s
        }())
        let before = openFiles()
        for _ in 0..<5 {
            let stop = StopSignal()
            _ = try BatchRunner(library: Self.library, options: options(csv, out, chunk: 4, force: true))
                .run(progress: { _ in stop.request() }, stop: stop)
        }
        XCTAssertEqual(openFiles(), before, "no input file, report or folder lock left open")
    }

    // MARK: - The header, once

    func testAMissingRequiredColumnIsFatalBeforeAnyRowAndNothingIsWritten() throws {
        let csv = try input(rows: 10, header: { $0.filter { $0 != "extension.reason" && $0 != "caseworker.phone" } })
        let out = folder()
        XCTAssertThrowsError(try BatchRunner(library: Self.library, options: options(csv, out)).run()) { error in
            XCTAssertEqual((error as? BatchError)?.description, "notices.csv:1: header: no column for the required fields " +
                "extension.reason, caseworker.phone of dsr-extension; every row would be rejected, so nothing was written")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "not even the folder")
    }

    func testAnUnknownColumnIsOneRunLevelWarningAndStrictMakesItFatal() throws {
        let csv = try input(rows: 30, renaming: ["request.channel": "request.chanel"], appending: ["decision.outcome"])
        let out = folder()
        let summary = try BatchRunner(library: Self.library, options: options(csv, out)).run()
        XCTAssertEqual(summary.rejected, 0, (try? String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)) ?? "")
        XCTAssertEqual(summary.warnings.filter { $0.contains("request.chanel") },
                       ["notices.csv: column request.chanel is not a field of any template; its values were not used (a typo?)"])
        XCTAssertFalse(summary.warnings.contains { $0.contains("decision.outcome") }, "a field of the decision letter is no typo")
        XCTAssertThrowsError(try BatchRunner(library: Self.library, options: options(csv, folder("strict"), strict: true)).run()) { error in
            guard case .invalidOption(let message)? = error as? BatchError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasSuffix("(a typo?) (--strict)"), message)
        }
    }

    func testEscapeSequencesInAColumnNameAreShownSafely() throws {
        let csv = try input(rows: 2, renaming: [:], appending: ["x\u{1B}[31mred\u{202E}"])
        let summary = try BatchRunner(library: Self.library, options: options(csv, folder())).run()
        XCTAssertEqual(summary.warnings.first, "notices.csv: column x\\u{1B}[31mred\\u{202E} is not a field of any template; " +
            "its values were not used (a typo?)")
    }

    func testAReferenceStartingWithAMinusIsNeutralisedInTheManifest() throws {
        let url = try input(rows: 2)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "\nSD-", with: "\n-SD-")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let out = folder()
        _ = try BatchRunner(library: Self.library, options: options(url, out)).run()
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        XCTAssertTrue(manifest.contains(",\"'-SD-2026-000001\","), manifest)
    }

    // MARK: - Options that used to trap

    func testShardsWithHugeNumbersNeitherTrapNorLoseRows() {
        XCTAssertNil(Shard("99999999999999999999/99999999999999999999"))
        XCTAssertNil(Shard("+1/2"))
        XCTAssertNil(Shard("1/"))
        let max = Int.max
        XCTAssertEqual(Shard("\(max)/\(max)")!.range(total: 1000), 999..<1000)
        XCTAssertEqual(Shard("1/\(max)")!.range(total: 1000), 0..<0)
        XCTAssertEqual(Shard("2/2")!.range(total: max), (max / 2)..<max)
        let n = 7, total = 1000
        let ranges = (1...n).map { Shard("\($0)/\(n)")!.range(total: total) }
        XCTAssertEqual(ranges.map(\.count).reduce(0, +), total)
    }

    func testJobsAndChunkSizeOutsideTheirRangeAreRefused() throws {
        let csv = try input(rows: 1)
        for jobs in [0, -1, BatchOptions.maximumJobs + 1, Int.max] {
            XCTAssertThrowsError(try BatchRunner(library: Self.library, options: options(csv, folder(), jobs: jobs)).run()) { error in
                guard case .invalidOption(let m)? = error as? BatchError else { return XCTFail("\(error)") }
                XCTAssertTrue(m.hasPrefix("--jobs must be between 1 and 256"), m)
            }
        }
        XCTAssertThrowsError(try BatchRunner(library: Self.library, options: options(csv, folder(), chunk: 0)).run())
    }

    // MARK: - --combined

    func testCombinedNamesAreValidatedAndPerLanguageFilesStayInTheNamedFolder() throws {
        let csv = try input(rows: 12)
        let out = folder()
        for bad in ["all.pdf", "all", ".odt"] {
            XCTAssertThrowsError(try BatchRunner(library: Self.library, options: options(csv, out, combined: out.appendingPathComponent(bad))).run(),
                                 bad) { error in
                guard case .invalidOption(let m)? = error as? BatchError else { return XCTFail("\(error)") }
                XCTAssertTrue(m.hasPrefix("--combined"), m)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "refused before anything is written")
        let printFolder = folder("print")
        try FileManager.default.createDirectory(at: printFolder, withIntermediateDirectories: true)
        _ = try BatchRunner(library: Self.library, options: options(csv, out, combined: printFolder)).run()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: printFolder.path).sorted(),
                       ["dsr-extension-combined-en.odt", "dsr-extension-combined-nl.odt"])
        let named = folder("named").appendingPathComponent("post.ODT")
        _ = try BatchRunner(library: Self.library, options: options(csv, folder("o2"), combined: named)).run()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: named.deletingLastPathComponent().path).sorted(),
                       ["post-en.odt", "post-nl.odt"])
    }

    // MARK: - File names

    func testNameClashesSayWhatClashed() {
        var claims = FileNameClaims()
        claims.reserve(["all"])
        XCTAssertNil(claims.claim("SD-1-t-nl", reference: "SD-1", row: 2))
        XCTAssertEqual(claims.claim("SD-1-t-nl", reference: "SD-1", row: 3), "same reference and language as row 2: both would be SD-1-t-nl.odt")
        XCTAssertEqual(claims.claim("sd-1-t-nl", reference: "sd-1", row: 4),
                       "the document name sd-1-t-nl.odt differs from row 2's SD-1-t-nl.odt only in upper/lower case; Windows and macOS would store both as one file")
        XCTAssertEqual(claims.claim("ALL", reference: "x", row: 5), "the document name ALL.odt is the name of the --combined file")
        XCTAssertNil(claims.claim("caf\u{E9}-t-nl", reference: "caf\u{E9}", row: 6))
        XCTAssertEqual(claims.claim("caf\u{E9}-t-nl", reference: "cafe\u{301}", row: 7)?.hasPrefix("same reference"), true, "NFC and NFD are one reference")
    }

    func testReferencesThatOnceMappedToOneNameAreAllWritten() throws {
        let url = try input(rows: 5)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let variants = ["\"a/b\"", "\"a\\b\"", "\"a:b\"", "\"a|b\"", "\"a\"\"b\""]
        for i in 1...5 { lines[i] = lines[i].replacingOccurrences(of: "SD-2026-00000\(i)", with: variants[i - 1]) }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let out = folder()
        let summary = try BatchRunner(library: Self.library, options: options(url, out, jobs: 1)).run()
        XCTAssertEqual(summary.rejected, 0, (try? String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)) ?? "")
        XCTAssertEqual(Set(try manifest(out).map { $0[3] }).count, 5)
        try assertManifestIsTrue(out)
    }

    // MARK: - Bench

    func testBenchNeverDeletesAFolderItDidNotMake() throws {
        let foreign = folder()
        try FileManager.default.createDirectory(at: foreign.appendingPathComponent("sub"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: foreign.appendingPathComponent("letter-1.odt").path, contents: Data("mine".utf8))
        XCTAssertThrowsError(try BenchFolder.prepare(foreign, name: "x"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("letter-1.odt").path))
        let own = try BenchFolder.prepare(folder("own"), name: "own")
        FileManager.default.createFile(atPath: own.appendingPathComponent("letter-1.odt").path, contents: Data())
        FileManager.default.createFile(atPath: own.appendingPathComponent("mine.txt").path, contents: Data())
        _ = try BenchFolder.prepare(own, name: "own")   // made by bench: usable again
        try BenchFolder.removeOwnFiles(in: own) { $0.hasPrefix("letter-") }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: own.path).sorted(), [".privdoc-bench", "mine.txt"])
    }
}

extension BatchSafetyTests {
    /// A template broken below its header (decision 132): the run is refused before any row, with the
    /// template's located YAML error, and the output folder is not made — rows are not blamed.
    func testATemplateBrokenBelowItsHeaderRefusesTheRun() throws {
        let root = folder("library")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["templates", "locales"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        let file = root.appendingPathComponent("templates/dsr-extension.yaml")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\nbody:\n", with: "\nbody:\n  - [unclosed\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let csv = try input(rows: 5)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: csv.deletingLastPathComponent()) }
        XCTAssertThrowsError(try BatchRunner(library: Library.load(root: root), options: options(csv, out)).run()) { error in
            guard case .library(let message)? = error as? BatchError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("templates/dsr-extension.yaml:"), message)
            XCTAssertTrue(message.contains("YAML"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }
}

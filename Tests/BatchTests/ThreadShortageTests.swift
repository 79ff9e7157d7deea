import Assembly
import DocumentOutput
import Foundation
import LegalCalendar
import TestSupport
import Threads
import XCTest
@testable import Batch
@testable import Benchmarks

/// Issue 15: "With no threads available the batch hangs forever; a bounded start-up must fail instead."
/// As root `pthread_create` cannot be made to fail, so the run's threads are started through a
/// `RefusingThreadStarter` that answers `EAGAIN` for the start a test picks (decision 195). Every run is
/// guarded by a time limit: a hang fails the test instead of hanging the suite.
final class ThreadShortageTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = CivilDate(year: 2026, month: 11, day: 29)!
    nonisolated(unsafe) static var library: Library!
    static let rows = 20

    override class func setUp() { library = try! Library.load(root: root) }

    private func folder(_ name: String = #function) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-threads-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(6))")
    }

    private func input(_ name: String = #function) throws -> URL {
        let dir = folder(name + "-in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("notices.csv")
        var generator = SampleRows(seed: 15, date: Self.date, languages: ["nl", "en"])
        try generator.writeCSV(to: url, count: Self.rows)
        return url
    }

    /// 20 rows in chunks of 5 with 4 jobs: the reader, then per chunk 3 workers to assemble and 3 to write.
    private func options(_ csv: URL, _ out: URL, jobs: Int = 4, force: Bool = false, combined: URL? = nil) -> BatchOptions {
        BatchOptions(templateID: "dsr-extension", input: csv, outputFolder: out, date: Self.date, defaultDate: Self.date,
                     jobs: jobs, combined: combined, force: force, chunkSize: 5)
    }

    /// Runs the batch with `starter`, failing the test (not hanging it) when it takes over 60 s.
    private func run(_ options: BatchOptions, _ starter: RefusingThreadStarter,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Result<BatchSummary, BatchError> {
        let runner = BatchRunner(library: Self.library, options: options, threads: starter.starter)
        let result = finishes(within: 60) { () -> Result<BatchSummary, BatchError> in
            do throws(BatchError) { return .success(try runner.run()) } catch { return .failure(error) }
        }
        guard let result else {
            XCTFail("the batch did not end within 60 s", file: file, line: line)
            throw XCTSkip("hung")
        }
        XCTAssertEqual(starter.started, starter.finished, "every started thread ended and was joined", file: file, line: line)
        return result
    }


    private static let readerRefused = "cannot start the row reader thread (Resource temporarily unavailable): the system has no threads left"
        + " — raise the process limit (ulimit -u) or use fewer --jobs; nothing was written"

    /// The reader is the run's first thread: refused, the run ends at once with `.resources` (exit 74),
    /// before the output folder is created — no folder, no reports, no combined file.
    func testNoThreadAtAllEndsTheRunBeforeAnythingIsWritten() throws {
        let csv = try input()
        let out = folder()
        let combinedFolder = folder("combined")
        try FileManager.default.createDirectory(at: combinedFolder, withIntermediateDirectories: true)
        let combined = combinedFolder.appendingPathComponent("all.odt")
        let starter = RefusingThreadStarter { _ in true }
        let result = try run(options(csv, out, combined: combined), starter)
        XCTAssertEqual(result, .failure(.resources(Self.readerRefused)))
        XCTAssertEqual(result.failureDescription, Self.readerRefused)
        XCTAssertEqual(starter.attempts, 1, "no worker is tried once the reader is refused")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: combinedFolder.path), [])
    }

    /// A re-run (`--force`) that gets no thread leaves the earlier run's documents *and reports* as they
    /// were: the reports used to be truncated before the reader was started, losing 20 manifest lines.
    func testNoThreadOnARerunKeepsTheEarlierDocumentsAndReports() throws {
        let csv = try input()
        let out = folder()
        guard case .success(let first) = try run(options(csv, out), RefusingThreadStarter { _ in false }) else { return XCTFail("first run") }
        XCTAssertEqual(first.written, Self.rows)
        let before = try folderSnapshot(out)
        XCTAssertEqual(before.count, Self.rows + 2)
        let result = try run(options(csv, out, force: true), RefusingThreadStarter { $0 == 1 })
        XCTAssertEqual(result, .failure(.resources(Self.readerRefused)))
        XCTAssertEqual(try folderSnapshot(out), before, "no file added, removed or changed; no lock or temporary left")
    }

    /// A worker refused at the first, a middle and the last start of the run, and every start after the
    /// reader: each run writes every row once, byte for byte what one thread writes, says so once, and
    /// leaves no thread, lock or temporary behind.
    func testARefusedWorkerAnywhereInTheRunStillWritesEveryRowOnceAndSaysSo() throws {
        let csv = try input()
        let reference = folder("reference")
        let counting = RefusingThreadStarter { _ in false }
        guard case .success(let plain) = try run(options(csv, reference), counting) else { return XCTFail("reference run") }
        XCTAssertEqual(plain.warnings.filter { $0.contains("refused") }, [])
        let starts = counting.attempts
        XCTAssertEqual(starts, 1 + 4 * (3 + 3), "the reader, then 3 workers per phase for each of 4 chunks")
        let expected = try folderSnapshot(reference)

        let cases: [(String, @Sendable (Int) -> Bool)] = [
            ("first worker", { $0 == 2 }), ("a middle start", { $0 == 13 }), ("the last start", { $0 == 25 }),
            ("every worker", { $0 >= 2 }), ("every other start", { $0 > 1 && $0 % 2 == 0 }),
        ]
        for (name, refuse) in cases {
            let out = folder(name)
            let starter = RefusingThreadStarter(refusing: refuse)
            guard case .success(let summary) = try run(options(csv, out), starter) else { XCTFail(name); continue }
            XCTAssertEqual(summary.rows, Self.rows, name)
            XCTAssertEqual(summary.written, Self.rows, name)
            XCTAssertEqual(summary.rejected, 0, name)
            XCTAssertEqual(try folderSnapshot(out), expected, "\(name): the same documents and reports as without a refusal")
            let warnings = summary.warnings.filter { $0.hasPrefix("the system refused worker threads") }
            XCTAssertEqual(warnings.count, 1, "\(name): \(summary.warnings)")
            XCTAssertTrue(warnings.first?.hasPrefix("the system refused worker threads (Resource temporarily unavailable): part of the run used ") ?? false,
                          "\(name): \(warnings)")
            XCTAssertTrue(warnings.first?.hasSuffix("every row was done, only slower — raise the process limit (ulimit -u) or use fewer --jobs") ?? false)
        }
    }

    /// The worst refusal is the one reported: with every worker refused, the run used 1 of 4 threads.
    func testTheWarningNamesTheFewestThreadsUsed() throws {
        let csv = try input()
        guard case .success(let summary) = try run(options(csv, folder()), RefusingThreadStarter { $0 == 3 || $0 >= 20 }) else { return XCTFail() }
        XCTAssertTrue(summary.warnings.contains { $0.contains("part of the run used 1 of the 4 threads asked for") }, "\(summary.warnings)")
    }

    /// `ParallelFor` itself: a refusal at any start still does every index exactly once, on fewer threads.
    func testParallelForDoesEveryIndexOnceWhateverThreadIsRefused() {
        for k in 1...8 {
            let starter = RefusingThreadStarter { $0 >= k }
            let done = Slots<Int>(count: 1000, initial: 0)
            defer { done.deallocate() }
            let shortfall = ParallelFor.run(count: 1000, workers: 8, starter: starter.starter) { i in done.buffer[i] += 1 }
            XCTAssertEqual(Array(done.buffer), Array(repeating: 1, count: 1000), "refused from start \(k)")
            XCTAssertEqual(shortfall, k <= 7 ? ParallelFor.Shortfall(used: k, wanted: 8, failure: ThreadStartFailure(code: EAGAIN)) : nil)
            XCTAssertEqual(starter.started, starter.finished)
        }
    }
}

private extension Result where Failure: CustomStringConvertible {
    var failureDescription: String? {
        if case .failure(let e) = self { return e.description }
        return nil
    }
}

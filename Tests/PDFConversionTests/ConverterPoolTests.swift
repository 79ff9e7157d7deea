import Foundation
import Synchronization
import XCTest
@testable import PDFConversion

/// The pool against `FakeConverter` processes: hangs are killed at the limit, crashes restart the converter
/// and are retried once, slow documents overlap, nothing is left running afterwards.
final class ConverterPoolTests: XCTestCase {
    var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-pool-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        XCTAssertEqual(ProcessRegistry.shared.liveGroups, [], "a converter process was left running")
    }

    func job(_ name: String) -> ConversionJob {
        ConversionJob(input: folder.appendingPathComponent(name + ".odt"), output: folder.appendingPathComponent(name + ".pdf"), format: .pdf)
    }

    /// Runs the jobs through a pool and returns each job's result by name.
    private func run(_ names: [String], settings: ConverterPool.Settings,
                     factory: @escaping ConverterPool.Factory = { FakeConverter() }) -> ([String: Result<ConversionReport, ConversionError>], ConverterPool.Statistics) {
        let results = Mutex([String: Result<ConversionReport, ConversionError>]())
        let pool = try! ConverterPool(settings: settings, factory: factory)
        for name in names {
            pool.submit(job(name)) { result in results.withLock { $0[name] = result } }
        }
        pool.waitUntilIdle()
        let statistics = pool.statistics
        pool.shutdown()
        return (results.withLock { $0 }, statistics)
    }

    func testEveryJobCompletesAndSlowOnesOverlap() {
        let names = (0..<8).map { "slow-\($0)" }
        let start = Date()
        let (results, stats) = run(names, settings: .init(size: 4, timeout: 10))
        XCTAssertEqual(results.count, 8)
        XCTAssertTrue(results.values.allSatisfy { if case .success = $0 { true } else { false } })
        XCTAssertLessThan(Date().timeIntervalSince(start), 8 * 0.2, "four converters work at the same time")
        XCTAssertEqual(stats.converted, 8)
    }

    func testAHungConverterIsKilledAtTheLimitAndTheOthersFinish() {
        let (results, stats) = run(["hang-1", "a", "b", "c", "d"], settings: .init(size: 1, timeout: 0.5))
        XCTAssertEqual(results["hang-1"], .failure(.timedOut(seconds: 0.5)))
        for n in ["a", "b", "c", "d"] { XCTAssertEqual(results[n], .success(ConversionReport(pages: 1)), n) }
        XCTAssertEqual(stats.timeouts, 1)
        XCTAssertEqual(stats.starts, 2, "the hung converter was replaced by a fresh one")
    }

    func testACrashIsRetriedOnceOnAFreshConverter() {
        let (results, stats) = run(["flaky-1", "crash-1", "e"], settings: .init(size: 1, timeout: 5))
        XCTAssertEqual(results["flaky-1"], .success(ConversionReport(pages: 1)), "a one-off crash costs nothing")
        guard case .failure(.crashed)? = results["crash-1"] else { return XCTFail("a document that always crashes fails") }
        XCTAssertEqual(results["e"], .success(ConversionReport(pages: 1)))
        XCTAssertEqual(stats.crashes, 3)
    }

    func testConvertersAreRestartedEveryNDocuments() {
        let (_, stats) = run((0..<10).map { "doc-\($0)" }, settings: .init(size: 1, timeout: 5, restartEvery: 3))
        XCTAssertEqual(stats.converted, 10)
        XCTAssertEqual(stats.scheduledRestarts, 3)
        XCTAssertEqual(stats.starts, 4)
    }

    func testAConverterThatCannotStartFailsEveryJobFastWithTheReason() {
        let attempts = Atomic<Int>(0)
        let (results, _) = run(["a", "b", "c"], settings: .init(size: 2, timeout: 5)) { () throws(ConversionError) -> any DocumentConverter in
            attempts.add(1, ordering: .relaxed)
            throw .unavailable("soffice was not found")
        }
        XCTAssertEqual(Set(results.values.map { "\($0)" }).count, 1)
        XCTAssertEqual(results["a"], .failure(.unavailable("soffice was not found")))
        XCTAssertLessThanOrEqual(attempts.load(ordering: .relaxed), 2, "one failed start per worker at most")
    }

    /// On the first start after installing LibreOffice, one of two converters started together failed once,
    /// and its reason failed the other 19 letters of the batch although the other converter worked.
    func testAConverterThatCannotStartRetiresAndTheOthersFinishTheRun() {
        for failing in [1, 2] {
            let calls = Atomic<Int>(0)
            let names = (0..<12).map { "doc-\($0)" }
            let (results, stats) = run(names, settings: .init(size: 3, timeout: 5)) { () throws(ConversionError) -> any DocumentConverter in
                if calls.add(1, ordering: .relaxed).newValue <= failing { throw .unavailable("soffice exited with status 1 while starting") }
                return FakeConverter()
            }
            XCTAssertEqual(results.count, 12, "every job completes")
            for n in names { XCTAssertEqual(results[n], .success(ConversionReport(pages: 1)), "\(n), \(failing) failing") }
            XCTAssertEqual(stats.converted, 12)
            XCTAssertEqual(stats.starts, 3 - failing, "a worker whose converter could not start retired")
        }
    }

    func testCancelDropsQueuedJobsAndLeavesNoProcess() {
        let results = Mutex([String: Result<ConversionReport, ConversionError>]())
        let pool = try! ConverterPool(settings: .init(size: 1, timeout: 5)) { FakeConverter() }
        for i in 0..<20 { pool.submit(job("slow-\(i)")) { r in results.withLock { $0["slow-\(i)"] = r } } }
        Thread.sleep(forTimeInterval: 0.3)
        pool.cancel()
        let all = results.withLock { $0 }
        XCTAssertEqual(all.count, 20, "every job completes, converted or cancelled")
        XCTAssertGreaterThan(all.values.filter { $0 == .failure(.cancelled) }.count, 10)
    }
}

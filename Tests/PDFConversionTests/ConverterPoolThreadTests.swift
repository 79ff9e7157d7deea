import Foundation
import Synchronization
import TestSupport
import Threads
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import PDFConversion

/// Issue 15 for the PDF pool: its workers were `Foundation.Thread`s, whose `start()` cannot fail, so a
/// refused thread was a worker that never ran and a pool that waited for it for ever (`privdoc letter
/// --format pdf` under a process limit hung). The pool's threads are started through a refusing starter
/// here (decision 195); every wait is guarded, so a hang fails the test instead of hanging the suite.
extension ConverterPoolTests {
    func testAPoolThatGetsNoThreadSaysSoAtOnceInsteadOfWaitingForEver() {
        let starter = RefusingThreadStarter { _ in true }
        let outcome = finishes(within: 30) { () -> Result<Int, ConversionError> in
            do throws(ConversionError) {
                return .success(try ConverterPool(settings: .init(size: 3, timeout: 5), factory: { FakeConverter() }, threads: starter.starter).workers)
            } catch { return .failure(error) }
        }
        XCTAssertEqual(outcome, .failure(.resources("cannot start a PDF converter thread (Resource temporarily unavailable): the system has no threads "
                                                     + "left — raise the process limit (ulimit -u) or use fewer --jobs; nothing was converted")))
        XCTAssertEqual(starter.attempts, 1)
        XCTAssertEqual(starter.started, 0)
    }

    /// Refused at the second, a middle and the last start: the workers that started convert every job,
    /// `shutdown` returns (it used to wait for the workers that never ran), and every worker was joined.
    func testAPoolRefusedSomeThreadsConvertsEveryJobAndShutsDown() throws {
        for refused in [2, 3, 4] {
            let starter = RefusingThreadStarter { $0 == refused }
            let pool = try ConverterPool(settings: .init(size: 4, timeout: 5), factory: { FakeConverter() }, threads: starter.starter)
            XCTAssertEqual(pool.workers, refused - 1, "the starts before the refusal")
            let results = Mutex([String: Result<ConversionReport, ConversionError>]())
            let names = (0..<8).map { $0 % 2 == 0 ? "slow-\($0)" : "doc-\($0)" }
            for name in names { pool.submit(job(name)) { result in results.withLock { $0[name] = result } } }
            let ended = finishes(within: 30) { () -> Bool in
                pool.waitUntilIdle()
                pool.shutdown()
                return true
            }
            XCTAssertEqual(ended, true, "refused at start \(refused): the pool did not finish within 30 s")
            XCTAssertEqual(results.withLock { $0.count }, 8)
            XCTAssertTrue(results.withLock { $0.values.allSatisfy { $0 == .success(ConversionReport(pages: 1)) } }, "refused at start \(refused)")
            XCTAssertEqual(starter.started, refused - 1)
            XCTAssertEqual(starter.finished, starter.started, "every started worker ended and was joined")
        }
    }

    /// A converter that cannot be started because the system has no processes left fails fast, like a
    /// missing LibreOffice, but says why (`.resources`, exit 74 in the CLI), and the pool still ends.
    func testAConverterRefusedForWantOfProcessesFailsEveryJobFastWithThatReason() {
        let refusal = ConversionError.resources("cannot start soffice (Resource temporarily unavailable): the system has no processes left — "
                                                + "raise the process limit (ulimit -u) or use fewer --jobs")
        let starts = Atomic<Int>(0)
        let pool = try! ConverterPool(settings: .init(size: 2, timeout: 5)) { () throws(ConversionError) -> any DocumentConverter in
            starts.add(1, ordering: .relaxed)
            throw refusal
        }
        let results = Mutex([Result<ConversionReport, ConversionError>]())
        for i in 0..<6 { pool.submit(job("d\(i)")) { r in results.withLock { $0.append(r) } } }
        XCTAssertEqual(finishes(within: 30) { pool.waitUntilIdle(); pool.shutdown(); return true }, true)
        XCTAssertEqual(results.withLock { $0 }, Array(repeating: .failure(refusal), count: 6))
        XCTAssertLessThanOrEqual(starts.load(ordering: .relaxed), 2, "not tried again for every document")
    }

    /// The Ctrl-C handler is a thread of its own (a libdispatch source's thread, refused, never came and
    /// Ctrl-C was ignored): refused, installing says so, and leaves the signals as they were.
    func testASignalThreadThatCannotStartIsAnErrorAndLeavesTheSignalsAlone() throws {
        let registry = ProcessRegistry()
        let starter = RefusingThreadStarter { _ in true }
        XCTAssertThrowsError(try registry.installSignalHandlers(threads: starter.starter)) { error in
            XCTAssertEqual(error as? ConversionError, .resources("cannot start the thread that handles Ctrl-C (Resource temporarily unavailable): "
                + "the system has no threads left — raise the process limit (ulimit -u) or use fewer --jobs; nothing was converted"))
        }
        var mask = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &mask)
        XCTAssertEqual(sigismember(&mask, SIGINT), 0, "SIGINT is not left blocked")
        XCTAssertEqual(sigismember(&mask, SIGTERM), 0)
        XCTAssertFalse(registry.isStopping)
    }
}

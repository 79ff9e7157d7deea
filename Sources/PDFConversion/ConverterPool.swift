import Foundation
import Threads

/// A pool of long-lived converters, one per worker thread ("one per job"), fed from a queue as the batch
/// writes documents.
///
/// Each worker owns one converter: starts it on first use, restarts it after `restartEvery` documents (so
/// LibreOffice's memory stays flat over long runs), after a timeout and after a crash. A document whose
/// converter crashed is tried once more on a fresh converter (a crash may be LibreOffice's, not the
/// document's); a document that timed out is not (it would cost the limit twice and usually hangs again).
/// A converter that cannot be started while another converter of the pool works retires its worker and
/// hands its job back to the queue: the others finish the run (on the first start after installing
/// LibreOffice one of two converters started together once failed, and its reason made all 19 other letters
/// of the batch fail). Only when no converter of the pool works does every later job fail fast with the
/// same reason (LibreOffice missing or broken).
///
/// Its workers are `JoinableThread`s, not `Foundation.Thread`s: `Thread.start()` cannot report that the
/// system refused the thread, so a pool without workers used to wait for ever (`privdoc letter --format pdf`
/// under a process limit hung, issue 15). Now a pool that gets no worker at all throws `.resources` (exit 74);
/// one that gets some works on those (`workers`), and every started worker is joined (decision 195).
public final class ConverterPool: @unchecked Sendable {
    /// How the pool behaves.
    public struct Settings: Sendable {
        /// Converters (worker threads).
        public var size: Int
        /// Seconds one document may take before its converter is killed.
        public var timeout: Double
        /// Documents per converter before it is restarted; 0 never restarts.
        public var restartEvery: Int
        /// Creates settings; see the properties.
        public init(size: Int, timeout: Double = 60, restartEvery: Int = 1000) {
            self.size = max(1, size)
            self.timeout = timeout
            self.restartEvery = max(0, restartEvery)
        }
    }

    /// Called once per job, on a worker thread.
    public typealias Completion = @Sendable (Result<ConversionReport, ConversionError>) -> Void
    /// Makes a converter (not yet started).
    public typealias Factory = @Sendable () throws(ConversionError) -> any DocumentConverter

    private struct Pending { let job: ConversionJob; let completion: Completion }

    private let settings: Settings
    private let factory: Factory
    private let condition = NSCondition()
    private var queue: [Pending] = []
    private var queueHead = 0
    private var busy = 0
    private var closed = false
    private var cancelled = false
    private var unavailable: ConversionError?
    private var threads: [JoinableThread] = []
    private var running = 0
    /// True while `init` starts workers: a worker whose converter cannot start waits for the final count.
    private var startingWorkers = true
    /// Workers started: `settings.size`, or fewer when the system refused threads.
    public private(set) var workers = 0
    /// Counters, for the benchmark and tests.
    private(set) public var statistics = Statistics()

    /// What the pool did.
    public struct Statistics: Sendable, Equatable {
        /// Converter starts (first starts and restarts).
        public var starts = 0
        /// Restarts after `restartEvery` documents.
        public var scheduledRestarts = 0
        /// Jobs that timed out or crashed.
        public var timeouts = 0, crashes = 0
        /// Jobs converted.
        public var converted = 0
    }

    /// Starts `settings.size` workers (converters start lazily on the first job); throws `.resources` when
    /// the system refuses the first one.
    public convenience init(settings: Settings, factory: @escaping Factory) throws(ConversionError) {
        try self.init(settings: settings, factory: factory, threads: .system)
    }

    init(settings: Settings, factory: @escaping Factory, threads starter: ThreadStarter) throws(ConversionError) {
        self.settings = settings
        self.factory = factory
        var started: [JoinableThread] = []
        defer { condition.lock(); startingWorkers = false; condition.broadcast(); condition.unlock() }
        for _ in 0..<settings.size {
            condition.lock(); running += 1; condition.unlock()
            do {
                started.append(try JoinableThread(stackSize: 1 << 20, starter: starter) { [self] in self.work() })
            } catch {
                condition.lock(); running -= 1; condition.unlock()
                guard started.isEmpty else { break }
                throw .resources("cannot start a PDF converter thread (\(error.reason)): the system has no threads left — "
                                 + "raise the process limit (ulimit -u) or use fewer --jobs; nothing was converted")
            }
        }
        threads = started
        workers = started.count
    }

    deinit { shutdown() }

    /// Queues a job; `completion` runs on a worker thread when it is done (or cancelled).
    public func submit(_ job: ConversionJob, completion: @escaping Completion) {
        condition.lock()
        if closed || cancelled {
            condition.unlock()
            completion(.failure(.cancelled))
            return
        }
        queue.append(Pending(job: job, completion: completion))
        condition.signal()
        condition.unlock()
    }

    /// Blocks until every submitted job has completed.
    public func waitUntilIdle() {
        condition.lock()
        while queueHead < queue.count || busy > 0 { condition.wait() }
        condition.unlock()
    }

    /// Waits at most `seconds` for every submitted job; true when the pool is idle.
    public func waitUntilIdle(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while queueHead < queue.count || busy > 0 {
            if !condition.wait(until: deadline) { return queueHead == queue.count && busy == 0 }
        }
        return true
    }

    /// Finishes the queued jobs, then stops every converter and worker.
    public func shutdown() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        let ended = threads
        threads = []
        condition.unlock()
        for t in ended { t.join() }
    }

    /// Drops the queued jobs (completed with `.cancelled`), stops every converter and worker.
    public func cancel() {
        condition.lock()
        cancelled = true
        closed = true
        condition.broadcast()
        condition.unlock()
        shutdown()
    }

    private func next() -> Pending? {
        condition.lock()
        defer { condition.unlock() }
        // A worker stays while other jobs are in flight: a worker whose converter cannot start hands its
        // job back (`handBack`), and somebody must be there to take it.
        while queueHead == queue.count && !(closed && busy == 0) { condition.wait() }
        if cancelled, queueHead < queue.count {
            let dropped = queue[queueHead...]
            queue.removeAll(); queueHead = 0
            condition.unlock()
            dropped.forEach { $0.completion(.failure(.cancelled)) }
            condition.lock()
        }
        guard queueHead < queue.count else { return nil }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead > 4096 { queue.removeFirst(queueHead); queueHead = 0 }
        busy += 1
        return item
    }

    /// Puts a job taken by a retiring worker back at the head of the queue.
    private func handBack(_ item: Pending) {
        condition.lock()
        queue.insert(item, at: queueHead)
        busy -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func done() {
        condition.lock()
        busy -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func record(_ change: (inout Statistics) -> Void) {
        condition.lock()
        change(&statistics)
        condition.unlock()
    }

    /// One worker: its own converter, jobs one at a time.
    private func work() {
        var converter: (any DocumentConverter)?
        var sinceStart = 0
        while let item = next() {
            var result: Result<ConversionReport, ConversionError> = .failure(.cancelled)
            for attempt in 0..<2 {
                if settings.restartEvery > 0, sinceStart >= settings.restartEvery, converter != nil {
                    drop(&converter)
                    record { $0.scheduledRestarts += 1 }
                }
                guard let outcome = convert(item.job, with: &converter, sinceStart: &sinceStart) else {
                    handBack(item)   // this worker's converter cannot start and it has retired: another takes the job
                    return
                }
                result = outcome
                guard case .failure(.crashed) = result, attempt == 0 else { break }
            }
            item.completion(result)
            done()
        }
        drop(&converter)
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops a worker's converter, if it has one.
    private func drop(_ converter: inout (any DocumentConverter)?) {
        guard let c = converter else { return }
        c.stop()
        converter = nil
    }

    /// Starts a converter for a worker. A start that fails while the pool has other workers returns nil: this
    /// worker retires (it no longer counts as running) and hands its job to them. The last worker's failed start
    /// is the pool's reason: LibreOffice is missing or broken, and every later job fails fast with it.
    private func startConverter() -> Result<any DocumentConverter, ConversionError>? {
        do throws(ConversionError) {
            let fresh = try factory()
            try fresh.start()
            record { $0.starts += 1 }
            return .success(fresh)
        } catch {
            condition.lock()
            defer { condition.unlock() }
            while startingWorkers { condition.wait() }
            if error.isStartFailure, !cancelled, running > 1 {
                running -= 1
                condition.broadcast()
                return nil
            }
            if error.isStartFailure { unavailable = error }
            return .failure(error)
        }
    }

    /// Converts one job on the worker's converter, starting one if needed; nil when the worker must retire.
    private func convert(_ job: ConversionJob, with converter: inout (any DocumentConverter)?, sinceStart: inout Int) -> Result<ConversionReport, ConversionError>? {
        condition.lock()
        let failedBefore = unavailable
        let isCancelled = cancelled
        condition.unlock()
        if isCancelled { return .failure(.cancelled) }
        if let failedBefore { return .failure(failedBefore) }
        if converter == nil {
            switch startConverter() {
            case nil: return nil
            case .success(let fresh)?: converter = fresh; sinceStart = 0
            case .failure(let error)?:
                return .failure(ProcessRegistry.shared.isStopping ? .cancelled : error)
            }
        }
        do throws(ConversionError) {
            let report = try converter!.convert(job, timeout: settings.timeout)
            sinceStart += 1
            record { $0.converted += 1 }
            return .success(report)
        } catch {
            if ProcessRegistry.shared.isStopping { return .failure(.cancelled) }   // Ctrl-C killed it, not LibreOffice
            switch error {
            case .unavailable, .resources:
                condition.lock(); unavailable = error; condition.unlock()
                drop(&converter)
            case .timedOut, .crashed:
                record { if case .timedOut = error { $0.timeouts += 1 } else { $0.crashes += 1 } }
                drop(&converter)
            case .failed, .cancelled:
                sinceStart += 1
            }
            return .failure(error)
        }
    }
}

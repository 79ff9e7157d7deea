import DocumentOutput
import Threads

/// Runs `body(i)` for every `i` in `0..<count` on up to `workers` threads, the calling thread included,
/// and returns when all are done. Indices are handed out by an atomic counter, so a slow row never holds
/// up the others. If the system refuses a thread part-way through a run, the threads that did start (at
/// least the calling one) do all the work — slower, never wrong and never stuck — and the refusal is
/// returned, so the run can say so once (decision 195). That threads can be started at all is settled
/// before anything is written: the row reader is the run's first thread (`ChunkReader`).
enum ParallelFor {
    /// Stack size of a worker: assembly recursion is bounded by the parsers' documented limits (decision 009).
    static let stackSize = 4 << 20

    /// Threads asked for and used, and why the others were refused.
    struct Shortfall: Equatable {
        let used: Int
        let wanted: Int
        let failure: ThreadStartFailure

        /// The run-level warning: every letter is written, but slower than asked.
        var warning: String {
            "the system refused worker threads (\(failure.reason)): part of the run used \(used) of the \(wanted) threads asked for; "
                + "every row was done, only slower — raise the process limit (ulimit -u) or use fewer --jobs"
        }
    }

    /// Keeps the worst refusal of a run (fewest threads used) for its one warning.
    static func worse(_ a: Shortfall?, _ b: Shortfall?) -> Shortfall? {
        guard let a, let b else { return a ?? b }
        return b.used < a.used ? b : a
    }

    @discardableResult
    static func run(count: Int, workers: Int, starter: ThreadStarter = .system, _ body: @escaping @Sendable (Int) -> Void) -> Shortfall? {
        let next = AtomicCounter()
        let work: @Sendable () -> Void = {
            while true {
                let i = next.increment()
                guard i < count else { return }
                body(i)
            }
        }
        let wanted = max(1, min(workers, count))
        var threads: [JoinableThread] = []
        var refused: ThreadStartFailure?
        for _ in 1..<wanted {
            do {
                threads.append(try JoinableThread(stackSize: stackSize, starter: starter, work))
            } catch {
                refused = error
                break
            }
        }
        work()
        for t in threads { t.join() }
        return refused.map { Shortfall(used: threads.count + 1, wanted: wanted, failure: $0) }
    }
}

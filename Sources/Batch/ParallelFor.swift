import DocumentOutput

/// Runs `body(i)` for every `i` in `0..<count` on up to `workers` threads, the calling thread included,
/// and returns when all are done. Indices are handed out by an atomic counter, so a slow row never holds
/// up the others. If the system refuses a thread part-way through a run, the threads that did start (at
/// least the calling one) do all the work: slower, never wrong and never stuck. Whether threads can be
/// started at all is checked once, up front, by `BatchResources`.
enum ParallelFor {
    /// Stack size of a worker: assembly recursion is bounded by the parsers' documented limits (decision 009).
    static let stackSize = 4 << 20

    static func run(count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let next = AtomicCounter()
        let work: @Sendable () -> Void = {
            while true {
                let i = next.increment()
                guard i < count else { return }
                body(i)
            }
        }
        var threads: [JoinableThread] = []
        for _ in 1..<max(1, min(workers, count)) {
            guard let t = try? JoinableThread(name: "worker", stackSize: stackSize, work) else { break }
            threads.append(t)
        }
        work()
        for t in threads { t.join() }
    }
}

import Dispatch
import Synchronization
import Threads

/// Reads rows ahead on its own thread, in chunks, into a small bounded queue — so parsing the next chunk
/// overlaps assembling the current one, while memory stays bounded (at most `depth` chunks waiting).
///
/// Its lifecycle is explicit (issue 10): `close()` cancels the reader and joins its thread, after which
/// the input file is closed (the thread held the only reference to the source). `deinit` closes too, so an
/// early stop — a fatal report error, SIGINT — never leaves a blocked thread or an open file behind.
final class ChunkReader {
    private let pipe: Pipe
    private let thread: JoinableThread

    /// Starts reading records `range` (by ordinal) of `source` in chunks of `chunkSize`; throws `.resources`
    /// when the reader thread cannot be started — the run's first thread, started before the output folder
    /// is touched, so a system without threads left gets exit 74 with nothing written (decision 195).
    init(source: RowSource, range: Range<Int>, chunkSize: Int, depth: Int = 2, starter: ThreadStarter = .system) throws(BatchError) {
        let pipe = Pipe(depth: depth)
        let producer = Producer(source: source, range: range, chunkSize: chunkSize, pipe: pipe)
        self.pipe = pipe
        do {
            thread = try JoinableThread(stackSize: 1 << 20, starter: starter) { producer.run() }
        } catch {
            throw .resources("cannot start the row reader thread (\(error.reason)): the system has no threads left — "
                             + "raise the process limit (ulimit -u) or use fewer --jobs; nothing was written")
        }
    }

    /// The next chunk in input order, or nil when the input is exhausted (or the reader was closed).
    func next() -> [InputRow]? { pipe.take() }

    /// Stops the reader and waits for its thread; the input file is closed when this returns.
    func close() {
        pipe.cancel()
        thread.join()
    }

    deinit { close() }

    /// The bounded queue between the reader thread and the run. `Mutex` guards the state; the two
    /// semaphores only count free and filled places, so neither side ever spins.
    private final class Pipe: Sendable {
        private struct State {
            var queue: [[InputRow]] = []
            var finished = false
            var cancelled = false
        }
        private let state = Mutex(State())
        private let filled = DispatchSemaphore(value: 0)
        private let free = DispatchSemaphore(value: 0)

        /// Both semaphores start at 0 and `free` is raised to `depth` by signals: libdispatch traps
        /// (SIGILL) when a semaphore is released with a count below its *initial* value, which is the
        /// normal state of `free` after a run stopped early (SIGINT) while the reader had places taken.
        init(depth: Int) {
            for _ in 0..<depth { free.signal() }
        }

        var isCancelled: Bool { state.withLock { $0.cancelled } }

        /// Producer side: waits for a free place; false when cancelled.
        func put(_ chunk: [InputRow]) -> Bool {
            free.wait()
            let accepted = state.withLock { s -> Bool in
                guard !s.cancelled else { return false }
                s.queue.append(chunk)
                return true
            }
            if accepted { filled.signal() }
            return accepted
        }

        func finish() {
            state.withLock { $0.finished = true }
            filled.signal()
        }

        /// Consumer side.
        func take() -> [InputRow]? {
            if state.withLock({ $0.cancelled }) { return nil }
            filled.wait()
            let chunk = state.withLock { s -> [InputRow]? in s.queue.isEmpty ? nil : s.queue.removeFirst() }
            if chunk == nil { filled.signal() } else { free.signal() }   // keep "finished" visible to later calls
            return chunk
        }

        func cancel() {
            let first = state.withLock { s -> Bool in
                defer { s.cancelled = true }
                return !s.cancelled
            }
            if first { free.signal() }   // wakes a producer waiting for a free place; it then sees `cancelled`
        }
    }

    /// The reader thread's side; it alone touches the source (hence the unchecked `Sendable`).
    private final class Producer: @unchecked Sendable {
        private var source: RowSource?
        private let range: Range<Int>
        private let chunkSize: Int
        private let pipe: Pipe

        init(source: RowSource, range: Range<Int>, chunkSize: Int, pipe: Pipe) {
            self.source = source
            self.range = range
            self.chunkSize = chunkSize
            self.pipe = pipe
        }

        func run() {
            read()
            source = nil   // closes the input file before the thread can be joined
            pipe.finish()
        }

        private func read() {
            guard let source else { return }
            var ordinal = 0
            var chunk: [InputRow] = []
            chunk.reserveCapacity(chunkSize)
            while ordinal < range.upperBound, let row = source.next() {
                if ordinal >= range.lowerBound { chunk.append(row) }
                ordinal += 1
                if chunk.count == chunkSize {
                    guard pipe.put(chunk) else { return }
                    chunk = []
                    chunk.reserveCapacity(chunkSize)
                } else if ordinal & 0xFF == 0, pipe.isCancelled {
                    return
                }
            }
            if !chunk.isEmpty { _ = pipe.put(chunk) }
        }
    }
}

import Foundation

/// Reads rows ahead on its own thread, in chunks, into a small bounded queue — so parsing the next chunk
/// overlaps assembling the current one, while memory stays bounded (at most `depth` chunks waiting).
final class ChunkReader: @unchecked Sendable {
    private let source: RowSource
    private let range: Range<Int>
    private let chunkSize: Int
    private let lock = NSLock()
    private let filled: DispatchSemaphore
    private let free: DispatchSemaphore
    private var queue: [[InputRow]] = []
    private var finished = false

    /// Starts reading records `range` (by ordinal) of `source` in chunks of `chunkSize`.
    init(source: RowSource, range: Range<Int>, chunkSize: Int, depth: Int = 2) {
        self.source = source
        self.range = range
        self.chunkSize = chunkSize
        filled = DispatchSemaphore(value: 0)
        free = DispatchSemaphore(value: depth)
        let thread = Thread { [self] in produce() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next chunk in input order, or nil when the input is exhausted.
    func next() -> [InputRow]? {
        filled.wait()
        lock.lock()
        defer { lock.unlock() }
        if queue.isEmpty { return nil }  // only after `finished`: the producer signals once more at the end
        free.signal()
        return queue.removeFirst()
    }

    private func produce() {
        var ordinal = 0
        var chunk: [InputRow] = []
        chunk.reserveCapacity(chunkSize)
        func push() {
            free.wait()
            lock.lock()
            queue.append(chunk)
            lock.unlock()
            filled.signal()
            chunk = []
            chunk.reserveCapacity(chunkSize)
        }
        while ordinal < range.upperBound, let row = source.next() {
            if ordinal >= range.lowerBound { chunk.append(row) }
            ordinal += 1
            if chunk.count == chunkSize { push() }
        }
        if !chunk.isEmpty { push() }
        lock.lock()
        finished = true
        lock.unlock()
        filled.signal()
    }
}

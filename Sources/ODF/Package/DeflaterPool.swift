import Synchronization

/// Reuses deflate streams across `package` calls: `deflateInit2` allocates and clears ~270 KB of
/// state, which costs as much as deflating a small `meta.xml`. A stream is taken by one call at a time.
final class DeflaterPool: Sendable {
    static let shared = DeflaterPool()

    /// The project's one lock type is `Mutex` (issue 10); it replaces a `pthread_mutex_t` stored in a
    /// property, whose address Swift does not promise to keep stable.
    private let idle = Mutex<[Deflater]>([])
    /// Streams kept beyond this are freed (a burst of threads must not pin memory forever).
    private let limit = 16

    private init() {}

    /// Runs `body` with a stream of its own.
    func withDeflater<T>(_ body: (Deflater) throws -> T) rethrows -> T {
        let stream = idle.withLock { $0.popLast() } ?? Deflater()
        defer {
            let limit = self.limit
            idle.withLock { if $0.count < limit { $0.append(stream) } }
        }
        return try body(stream)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reuses deflate streams across `package` calls: `deflateInit2` allocates and clears ~270 KB of
/// state, which costs as much as deflating a small `meta.xml`. A stream is taken by one call at a time.
final class DeflaterPool: @unchecked Sendable {
    static let shared = DeflaterPool()

    private var mutex = pthread_mutex_t()
    private var idle: [Deflater] = []
    /// Streams kept beyond this are freed (a burst of threads must not pin memory forever).
    private let limit = 16

    private init() {
        pthread_mutex_init(&mutex, nil)
    }

    /// Runs `body` with a stream of its own.
    func withDeflater<T>(_ body: (Deflater) throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        let deflater = idle.popLast()
        pthread_mutex_unlock(&mutex)
        let stream = deflater ?? Deflater()
        defer {
            pthread_mutex_lock(&mutex)
            if idle.count < limit { idle.append(stream) }
            pthread_mutex_unlock(&mutex)
        }
        return try body(stream)
    }
}

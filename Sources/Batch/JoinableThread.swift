#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One POSIX thread that is always joined: the batch's row reader and its workers.
///
/// Not `Foundation.Thread` or libdispatch: both fail *silently or fatally* when the system has no thread
/// or file descriptor left (`Thread.start` returns and never runs, so the batch waited forever; libdispatch
/// died with SIGILL under `ulimit -n 6`, issue 15). `pthread_create` returns an error code instead, which
/// the batch turns into a clear message and exit 74 before any row is written.
final class JoinableThread {
    private var thread: pthread_t
    private var joined = false

    /// Starts `body` on a new thread with a stack of `stackSize` bytes; throws when the system refuses.
    init(name: String, stackSize: Int, _ body: @escaping @Sendable () -> Void) throws(BatchError) {
        let box = Unmanaged.passRetained(Box(body))
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        #if canImport(Glibc)
        var made = pthread_t()
        #else
        var made: pthread_t?
        #endif
        let code = pthread_create(&made, &attributes, { raw in
            #if canImport(Glibc)
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            #else
            let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
            #endif
            box.body()
            return nil
        }, box.toOpaque())
        guard code == 0 else {
            box.release()
            throw .resources("cannot start the \(name) thread (\(String(cString: strerror(code)))); the system has no threads left — raise the process limit (ulimit -u) or use fewer --jobs")
        }
        #if canImport(Glibc)
        thread = made
        #else
        thread = made!
        #endif
    }

    /// Waits for the thread to end (once; later calls return at once).
    func join() {
        guard !joined else { return }
        joined = true
        pthread_join(thread, nil)
    }

    deinit { join() }

    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}

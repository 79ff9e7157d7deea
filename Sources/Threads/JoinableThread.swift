#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One POSIX thread that is always joined: the batch's row reader and workers, the PDF converters' workers.
///
/// Not `Foundation.Thread` or libdispatch: both fail *silently or fatally* when the system has no thread
/// or file descriptor left (`Thread.start` returns and never runs, so whoever waits for that thread waits
/// forever; libdispatch retries `pthread_create` on `EAGAIN` for ever, and died with SIGILL under
/// `ulimit -n 6`, issue 15). `pthread_create` returns an error code instead, which the caller turns into a
/// clear message and exit 74 (decision 195).
package final class JoinableThread {
    private let thread: pthread_t
    private var joined = false

    /// Starts `body` on a new thread with a stack of `stackSize` bytes; throws when the system refuses.
    package init(stackSize: Int, starter: ThreadStarter = .system, _ body: @escaping @Sendable () -> Void) throws(ThreadStartFailure) {
        thread = try starter.start(stackSize, body).get()
    }

    /// Waits for the thread to end (once; later calls return at once).
    package func join() {
        guard !joined else { return }
        joined = true
        pthread_join(thread, nil)
    }

    deinit { join() }
}

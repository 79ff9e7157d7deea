#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How privdoc starts a thread: `pthread_create`, or in tests a starter that refuses the k-th start.
///
/// The one seam between privdoc and the system's thread limit (issue 15): as root `ulimit -u` is ignored,
/// so a test cannot make `pthread_create` fail for real; it passes a starter that answers `EAGAIN` for the
/// start it chooses, and everything else — the error, the joins, the clean-up — runs as it would. Called
/// once per thread (a batch starts a few per chunk of 512 rows), never per letter.
package struct ThreadStarter: Sendable {
    /// Starts `body` on a new thread with a stack of `stackSize` bytes; returns the thread, or the errno
    /// `pthread_create` answered (then `body` never runs).
    package typealias Start = @Sendable (_ stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Result<pthread_t, ThreadStartFailure>

    package let start: Start

    package init(_ start: @escaping Start) { self.start = start }

    /// The system's `pthread_create`.
    package static let system = ThreadStarter { stackSize, body in
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
            return .failure(ThreadStartFailure(code: code))
        }
        #if canImport(Glibc)
        return .success(made)
        #else
        return .success(made!)
        #endif
    }

    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}

/// `pthread_create` refused a thread: its errno (`EAGAIN` when the process or user has no threads left).
package struct ThreadStartFailure: Error, Equatable, Sendable {
    package let code: Int32
    package init(code: Int32) { self.code = code }
    /// The system's words for the errno, e.g. "Resource temporarily unavailable".
    package var reason: String { String(cString: strerror(code)) }
}

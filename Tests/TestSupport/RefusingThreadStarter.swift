import Foundation
import Synchronization
import Threads
#if canImport(Glibc)
import Glibc
#endif

/// Starts threads like `pthread_create`, except the starts `refuse` picks (1-based, in start order), which
/// fail with `EAGAIN` as when the system has no threads left (issue 15). A test cannot make the real call
/// fail as root (`ulimit -u` does not apply), so this is how a batch or a pool meets a refused thread.
/// It also counts the threads that ran their body to the end: once the code under test returns, `started`
/// must equal `finished`, or a thread was left behind (blocked, never joined).
package final class RefusingThreadStarter: Sendable {
    private struct Counts { var attempts = 0, started = 0, finished = 0 }
    private let counts = Mutex(Counts())
    private let refuse: @Sendable (Int) -> Bool

    /// `refuse(n)` is asked for the n-th start (1-based).
    package init(refusing refuse: @escaping @Sendable (Int) -> Bool) { self.refuse = refuse }

    package var attempts: Int { counts.withLock { $0.attempts } }
    package var started: Int { counts.withLock { $0.started } }
    package var finished: Int { counts.withLock { $0.finished } }

    package var starter: ThreadStarter {
        ThreadStarter { [self] stackSize, body in
            let n = counts.withLock { c -> Int in c.attempts += 1; return c.attempts }
            if refuse(n) { return .failure(ThreadStartFailure(code: EAGAIN)) }
            let made = ThreadStarter.system.start(stackSize) { [self] in
                body()
                counts.withLock { $0.finished += 1 }
            }
            if case .success = made { counts.withLock { $0.started += 1 } }
            return made
        }
    }
}

/// Runs `body` on a thread of its own and waits at most `seconds` for it: nil when it did not finish, so a
/// test of a hang fails instead of hanging the test run (the stuck thread is left; the process ends anyway).
package func finishes<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let value = body()
        result.withLock { $0 = value }
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return result.withLock { $0 }
}

import Foundation
import Synchronization
import Threads
#if canImport(Glibc)
import Glibc
#endif

/// Every converter process group and private folder alive in this process, so that an interrupted run
/// (Ctrl-C, `kill`) can end them all and leave no LibreOffice running and no half PDF behind.
public final class ProcessRegistry: Sendable {
    /// The one registry.
    public static let shared = ProcessRegistry()

    private struct State {
        var groups = Set<pid_t>()
        var folders = Set<String>()
        var installed = false
        var stopping = false
    }
    private let state = Mutex(State())

    func add(_ pid: pid_t) { state.withLock { _ = $0.groups.insert(pid) } }
    func remove(_ pid: pid_t) { state.withLock { _ = $0.groups.remove(pid) } }
    /// Registers a private folder (a profile, a conversion folder, a partial output) to remove on interrupt.
    public func addFolder(_ path: String) { state.withLock { _ = $0.folders.insert(path) } }
    /// Forgets a folder the owner has removed itself.
    public func removeFolder(_ path: String) { state.withLock { _ = $0.folders.remove(path) } }

    /// Process groups alive now (for tests).
    public var liveGroups: Set<Int32> { state.withLock { $0.groups } }

    /// Kills every registered process group and removes every registered folder.
    public func terminateAll() {
        let (groups, folders) = state.withLock { s in
            defer { s.groups.removeAll(); s.folders.removeAll() }
            return (s.groups, s.folders)
        }
        for g in groups { _ = Glibc.kill(-g, SIGKILL) }
        for g in groups { var st: Int32 = 0; _ = waitpid(g, &st, 0) }
        for f in folders { try? FileManager.default.removeItem(atPath: f) }
    }

    /// On SIGINT and SIGTERM: end every converter, remove the private folders and partial files, and exit
    /// with 128 + the signal number (130, 143), as a shell does. Installed once, by the CLI, before a
    /// conversion starts and before any other thread, so every later thread inherits the blocked signals.
    ///
    /// A thread of our own waits for them with `sigwait`, so cleanup may allocate. It was a libdispatch
    /// signal source, whose thread libdispatch starts itself: a refusal could not reach us, and with the
    /// signals ignored Ctrl-C would have done nothing. A refused thread now throws `.resources` (exit 74)
    /// before anything is converted (decision 195).
    public func installSignalHandlers(onSignal: @escaping @Sendable (Int32) -> Void = { _ in }) throws(ConversionError) {
        try installSignalHandlers(threads: .system, onSignal: onSignal)
    }

    func installSignalHandlers(threads starter: ThreadStarter, onSignal: @escaping @Sendable (Int32) -> Void = { _ in }) throws(ConversionError) {
        let first = state.withLock { s -> Bool in
            defer { s.installed = true }
            return !s.installed
        }
        guard first else { return }
        var set = Self.stopSignals
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &previous)
        // The waiting thread runs until the process exits: it is detached, never joined.
        let started = starter.start(256 << 10) { [self] in
            var waited = Self.stopSignals
            var received: Int32 = 0
            while sigwait(&waited, &received) != 0 {}
            self.state.withLock { $0.stopping = true }
            self.terminateAll()
            onSignal(received)
            exit(128 + received)
        }
        switch started {
        case .success(let thread):
            pthread_detach(thread)
            SignalForwarding.install(to: thread)
        case .failure(let failure):
            pthread_sigmask(SIG_SETMASK, &previous, nil)   // the caller's mask, as it was
            state.withLock { $0.installed = false }
            throw .resources("cannot start the thread that handles Ctrl-C (\(failure.reason)): the system has no threads left — "
                             + "raise the process limit (ulimit -u) or use fewer --jobs; nothing was converted")
        }
    }

    /// Whether a SIGINT/SIGTERM is being handled: converters are being killed, so their failures are
    /// cancellations, not LibreOffice's.
    public var isStopping: Bool { state.withLock { $0.stopping } }

    /// Called by the CLI before it exits: while a signal is being handled, the handler's thread ends the
    /// process (cleanup first, then 130/143), not a command that saw its converter killed (exit 69).
    public func waitIfStopping() {
        guard isStopping else { return }
        while true { pause() }
    }

    private static var stopSignals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }
}

/// A thread that existed before the signals were blocked (libdispatch's, say) still has them unblocked, and
/// a Ctrl-C delivered to it would take the default action: death without cleanup, soffice left running in
/// its own process group. So SIGINT and SIGTERM also get a handler, which only passes the signal on to the
/// waiting thread (`pthread_kill` is async-signal-safe, POSIX.1-2008 §2.4.3); there it is blocked, so its
/// `sigwait` takes it.
private enum SignalForwarding {
    nonisolated(unsafe) static var target: pthread_t?

    static func install(to thread: pthread_t) {
        guard target == nil else { return }   // the first registry's thread (tests make others)
        target = thread
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { signal in
            if let target = SignalForwarding.target { _ = pthread_kill(target, signal) }
        }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        _ = sigaction(SIGINT, &action, nil)
        _ = sigaction(SIGTERM, &action, nil)
    }
}

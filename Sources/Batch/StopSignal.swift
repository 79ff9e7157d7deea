import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal that asked the process to stop (0: none). A global atomic because a signal handler can
/// capture nothing; storing to it is lock-free and so async-signal-safe.
private let pendingSignal = Atomic<Int32>(0)

/// Records the signal, then restores the default action so that a second one ends the process at once.
private func installStopHandler(_ sig: Int32) {
    signal(sig) { received in
        pendingSignal.store(received, ordering: .relaxed)
        signal(received, SIG_DFL)
    }
}

/// A request to stop a batch cleanly: SIGINT (Ctrl-C) or SIGTERM, or a call to `request`.
///
/// The run checks it after each chunk: the chunk's documents are finished, the reports are completed with
/// every row done so far and closed, temporaries are removed, and the CLI exits 128 + the signal number
/// (130, 143). A second Ctrl-C ends the process at once (the handler restores the default), and even then
/// the manifest is true: it lists only documents already on disk (decision 032).
public final class StopSignal: Sendable {
    private let requested = Atomic<Int32>(0)
    private let watchesProcess: Bool

    /// A stop request that only `request` triggers (tests, embedding).
    public init() { watchesProcess = false }

    private init(watchingProcess: Bool) { watchesProcess = watchingProcess }

    /// Installs handlers for SIGINT and SIGTERM and returns the request they trigger.
    public static func install() -> StopSignal {
        _ = pendingSignal.load(ordering: .relaxed)   // initialise the global before a handler can touch it
        for sig in [SIGINT, SIGTERM] { installStopHandler(sig) }
        return StopSignal(watchingProcess: true)
    }

    /// Asks the run to stop as if `signal` had arrived.
    public func request(_ signal: Int32 = SIGINT) { requested.store(signal, ordering: .relaxed) }

    /// The signal that asked to stop, or nil.
    public var signal: Int32? {
        let own = requested.load(ordering: .relaxed)
        if own != 0 { return own }
        let process = watchesProcess ? pendingSignal.load(ordering: .relaxed) : 0
        return process != 0 ? process : nil
    }
}

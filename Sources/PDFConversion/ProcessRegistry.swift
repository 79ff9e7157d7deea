import Foundation
import Synchronization
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
        var sources: [any DispatchSourceSignal] = []
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
    /// conversion starts. Handled on a dispatch queue, not in the signal handler, so cleanup may allocate.
    public func installSignalHandlers(onSignal: @escaping @Sendable (Int32) -> Void = { _ in }) {
        state.withLock { s in
            guard !s.installed else { return }
            s.installed = true
            for sig in [SIGINT, SIGTERM] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: DispatchQueue(label: "privdoc.signal"))
                source.setEventHandler { [self] in
                    self.terminateAll()
                    onSignal(sig)
                    exit(128 + sig)
                }
                source.resume()
                s.sources.append(source)
            }
        }
    }
}

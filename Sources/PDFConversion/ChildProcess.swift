import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process in its own process group, with pipes to its stdin and stdout; owns the pid and the file
/// descriptors and releases them in `deinit` (style.md: C resources owned by small final classes).
///
/// Its own process group, so that a terminal's Ctrl-C reaches privdoc alone (which then stops converters in
/// order) and so that `kill(-pgid)` reaches everything the child started (soffice.bin and its helpers).
final class ChildProcess: @unchecked Sendable {
    /// The pid, which is also the process group id.
    let pid: pid_t
    private var stdinFD: Int32
    private var stdoutFD: Int32
    private var buffer = [UInt8]()
    private var reaped = false
    private(set) var exitStatus: Int32?
    /// Held from creating a child's pipes until it is spawned (see `init`).
    private static let spawnLock = NSLock()

    /// Spawns `executable` with `arguments`; stdin and stdout are pipes, stderr goes to `stderrPath` (or /dev/null).
    init(executable: String, arguments: [String], environment: [String: String]? = nil, stderrPath: String = "/dev/null") throws(ConversionError) {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        // Close-on-exec on every end before any spawn can see it, under one lock with the spawn itself: the
        // flag was set after the spawn, so two converters started at once by two pool threads each
        // inherited the other's stdin; after `kill -9` of privdoc neither bridge saw end of input and both,
        // with their LibreOffice, ran on for ever. posix_spawn's dup2 onto 0 and 1 clears the flag on the
        // child's own ends. (Glibc's pipe2 is not visible to Swift without _GNU_SOURCE.)
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        guard pipe(&toChild) == 0 else { throw .unavailable("cannot create a pipe") }
        guard pipe(&fromChild) == 0 else { close(toChild[0]); close(toChild[1]); throw .unavailable("cannot create a pipe") }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty); sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, env)
        close(toChild[0]); close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1]); close(fromChild[0])
            // EAGAIN: the user may run no more processes (ulimit -u), which is no missing LibreOffice (issue 15).
            if rc == EAGAIN {
                throw .resources("cannot start \((executable as NSString).lastPathComponent) (\(String(cString: strerror(rc)))): the system has "
                                 + "no processes left — raise the process limit (ulimit -u) or use fewer --jobs")
            }
            throw .unavailable("cannot start \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        stdinFD = toChild[1]
        stdoutFD = fromChild[0]
        ProcessRegistry.shared.add(pid)
    }

    deinit {
        kill()
        if stdinFD >= 0 { close(stdinFD) }
        if stdoutFD >= 0 { close(stdoutFD) }
    }

    /// Writes one line to the child's stdin; false when the child is gone.
    func writeLine(_ line: String) -> Bool {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(stdinFD, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// The outcome of waiting for a line.
    enum LineResult: Equatable {
        case line(String)
        case timedOut
        case closed
    }

    /// Reads one line from the child's stdout, waiting at most `timeout` seconds.
    func readLine(timeout: Double) -> LineResult {
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.nanoseconds(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .timedOut }
            var pfd = pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)
            let ms = Int32(min(UInt64(Int32.max), (deadline - now) / 1_000_000 + 1))
            let ready = poll(&pfd, 1, ms)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return .closed }
            buffer.append(contentsOf: chunk[..<n])
        }
    }

    /// A timeout in nanoseconds, clamped to 0…10⁹ s: a NaN, infinite or huge timeout (`--pdf-timeout inf`)
    /// trapped in the conversion to an integer and crashed the converter thread.
    static func nanoseconds(_ seconds: Double) -> UInt64 {
        UInt64(min(max(0, seconds.isNaN ? 0 : seconds), 1e9) * 1e9)
    }

    /// Closes stdin (the child sees end of input and exits by itself).
    func closeInput() {
        if stdinFD >= 0 { close(stdinFD); stdinFD = -1 }
    }

    /// Waits up to `timeout` seconds for the child to exit by itself; true when it did.
    func waitForExit(timeout: Double) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.nanoseconds(timeout)
        while !reaped {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r < 0 && errno == ECHILD) {
                reaped = true
                exitStatus = status
                ProcessRegistry.shared.remove(pid)
                break
            }
            if DispatchTime.now().uptimeNanoseconds >= deadline { return false }
            usleep(10_000)
        }
        return true
    }

    /// Kills the whole process group (SIGKILL) and reaps the child. The group id cannot have been reused
    /// while any member (e.g. an orphaned soffice.bin) is alive, so the kill after reaping is safe.
    func kill() {
        _ = Glibc.kill(-pid, SIGKILL)
        guard !reaped else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        exitStatus = status
        ProcessRegistry.shared.remove(pid)
    }
}

extension ChildProcess {
    /// Runs a short-lived tool (pdfinfo, qpdf) to completion and returns its exit status and stdout;
    /// nil when it cannot be started or exceeds `timeout` (then it is killed).
    static func capture(_ executable: String, _ arguments: [String], timeout: Double = 60) -> (status: Int32, output: String)? {
        guard let child = try? ChildProcess(executable: executable, arguments: arguments) else { return nil }
        child.closeInput()
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            switch child.readLine(timeout: max(0, deadline.timeIntervalSinceNow)) {
            case .line(let l): lines.append(l)
            case .timedOut: child.kill(); return nil
            case .closed:
                guard child.waitForExit(timeout: max(1, deadline.timeIntervalSinceNow)) else { child.kill(); return nil }
                let status = child.exitStatus ?? -1
                let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return (code, lines.joined(separator: "\n"))
            }
        }
    }
}

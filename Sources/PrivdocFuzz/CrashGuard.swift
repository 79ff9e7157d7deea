#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves the input being run when the process dies by a signal (a trap, a stack overflow, an abort), so a
/// crash found in CI can be reproduced: `privdoc-fuzz <target> --replay FILE`.
///
/// The handler may only use async-signal-safe calls: the input and the path live in buffers allocated
/// before the run, and the handler writes them with `open`/`write` and leaves with `_exit`.
enum CrashGuard {
    nonisolated(unsafe) static var input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1)
    nonisolated(unsafe) static var length = 0
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?

    /// Installs the handlers (on an alternate stack, so a stack overflow is caught too).
    static func install(savingTo file: String, capacity: Int) {
        input = .allocate(capacity: capacity)
        path = strdup(file)
        let stackSize = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
        stack.ss_size = stackSize
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signal in CrashGuard.handle(signal) }
            #else
            action.__sigaction_u.__sa_handler = { signal in CrashGuard.handle(signal) }
            #endif
            action.sa_flags = Int32(truncatingIfNeeded: Int(SA_ONSTACK) | Int(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Records the input about to run.
    static func set(_ bytes: [UInt8]) {
        length = min(bytes.count, input.count)
        guard length > 0 else { return }
        _ = bytes.withUnsafeBufferPointer { memcpy(input.baseAddress!, $0.baseAddress!, length) }
    }

    private static func handle(_ signal: Int32) {
        if let path {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd >= 0 {
                _ = write(fd, input.baseAddress, length)
                close(fd)
            }
        }
        let message: StaticString = "privdoc-fuzz: CRASH (signal); the input is saved\n"
        _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
        _exit(128 + signal)
    }
}

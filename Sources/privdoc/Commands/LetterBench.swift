import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `privdoc bench letter`: what a caseworker waits for. Times whole `privdoc letter` processes against the
/// start floor (`privdoc deadline`, which loads no library), alternating, and prints the medians and
/// their ratio (issue 17: one letter under 50 ms, at most 4× the floor). Never asserted in tests.
struct LetterBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "letter",
        abstract: "Time N whole `privdoc letter` processes against the start floor; print the medians and the ratio.")

    @OptionGroup var library: LibraryOptions
    @Option(name: .long, help: "Runs of each command (1–1000).") var runs = 20
    @Option(name: .long, help: "The letter kind.") var kind = "extension"
    @Option(name: .long, help: "Case data (default: templates/examples/extension-access-nl.yaml of the library).") var data: String?
    @Option(name: .long, help: "Folder for the letter (overwritten with --force on every run).") var out = "out/bench-letter"

    func validate() throws {
        guard (1...1000).contains(runs) else { throw ValidationError("--runs must be between 1 and 1000") }
    }

    func run() throws {
        guard let binary = Bundle.main.executableURL?.resolvingSymlinksInPath().path else {
            Console.error("cannot find the running privdoc binary")
            throw ExitCodes.internalError
        }
        let root = library.rootURL.path
        var libraryArguments = ["--root", root]
        if let org = library.org { libraryArguments += ["--org", org] }
        let data = data ?? library.rootURL.appendingPathComponent("templates/examples/extension-access-nl.yaml").path
        let letter = ["letter", kind, "--data", data, "--out", out, "--force"] + libraryArguments
        let floor = ["deadline", "--received", "2026-01-05"]
        // One of each first, not counted: page cache and dynamic loader warm, as in a working day.
        _ = try Self.time(binary, floor)
        _ = try Self.time(binary, letter)
        var floorTimes: [Double] = [], letterTimes: [Double] = []
        for _ in 0..<runs {
            floorTimes.append(try Self.time(binary, floor))
            letterTimes.append(try Self.time(binary, letter))
        }
        let f = Self.median(floorTimes), l = Self.median(letterTimes)
        print("letter benchmark: \(runs) whole processes each, alternating, median wall")
        print(String(format: "  start floor (privdoc deadline)  %7.1f ms", f * 1e3))
        print(String(format: "  one letter (privdoc letter)     %7.1f ms   (min %.1f, max %.1f; %@)", l * 1e3,
                     letterTimes.min()! * 1e3, letterTimes.max()! * 1e3, kind))
        print(String(format: "  ratio letter/floor              %7.1f×", l / f))
    }

    /// Wall time of one run of `binary arguments`, stdout and stderr discarded; a failed run stops the bench.
    /// posix_spawn and waitpid directly: Foundation's `Process.waitUntilExit` polls a run loop (up to 50 ms
    /// late on Linux), which would be larger than what is measured.
    private static func time(_ binary: String, _ arguments: [String]) throws -> Double {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else {
            // EAGAIN: the user may run no more processes (ulimit -u) — the system's limit, not a bug (issue 15).
            let short = spawned == EAGAIN ? ": the system has no processes left — raise the process limit (ulimit -u)" : ""
            Console.error("cannot start \(binary) (\(String(cString: strerror(spawned))))\(short)")
            throw spawned == EAGAIN ? ExitCodes.ioError : ExitCodes.internalError
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED and WEXITSTATUS, spelled out (the C macros are not imported).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            Console.error("`privdoc \(arguments.joined(separator: " "))` failed (wait status \(status))")
            throw ExitCodes.invalidInput
        }
        return seconds
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

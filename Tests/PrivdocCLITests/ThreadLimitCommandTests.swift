import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 15's thread item for real, end to end: `privdoc` run as an unprivileged user under a process
/// limit (`prlimit --nproc`), so that `pthread_create` really answers `EAGAIN`. `RLIMIT_NPROC` counts the
/// threads of a real user id and does not apply to root, so the test switches, with `setpriv`, to a user id
/// of its own (no other process has it, so the count is exactly privdoc's threads). It is skipped when that
/// cannot be done: not root (cannot switch), no `setpriv`/`prlimit` (util-linux), or a build another user
/// cannot read. The library-level tests with a refusing thread starter (`ThreadShortageTests`) run always.
final class ThreadLimitCommandTests: XCTestCase {
    static let example = "templates/examples/extension-notices.csv"
    /// A user id no account has, different per test process and per test: a process of an earlier test
    /// that is still ending would count against the next one's limit (and `execve` itself fails with
    /// `EAGAIN` when the user is over it).
    nonisolated(unsafe) static var tests = 0
    let uid: Int = {
        ThreadLimitCommandTests.tests += 1
        return 3_000_000 + Int(getpid() % 40_000) * 25 + ThreadLimitCommandTests.tests
    }()

    override func setUpWithError() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to switch to an unprivileged user (RLIMIT_NPROC does not bind root)") }
        for tool in ["/usr/bin/setpriv", "/usr/bin/prlimit"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is missing (util-linux)")
        }
        let probe = try limited(nproc: 64, ["/bin/sh", "-c", "test -x '\(binary)' && test -r \(Self.example)"])
        guard probe?.status == 0 else { throw XCTSkip("user \(uid) cannot run the build or read the repository") }
    }

    private var binary: String { CLI.products.appendingPathComponent("privdoc").path }

    /// A folder the test's user may write into.
    private func writableFolder(_ name: String = #function, user: Int? = nil) throws -> URL {
        let url = CLI.temporaryFolder(name)
        let user = user ?? uid
        XCTAssertEqual(chown(url.path, uid_t(user), gid_t(user)), 0)
        return url
    }

    /// Runs `command` as the test's user with at most `nproc` threads for that user; nil when it did not end
    /// within 60 s (it is killed: a hang fails the test, it does not hang the suite).
    private func limited(nproc: Int, user: Int? = nil, _ command: [String]) throws -> CLIResult? {
        let user = user ?? uid
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = ["--nproc=\(nproc)", "/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups"] + command
        process.currentDirectoryURL = CLI.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        if process.isRunning, ended.wait(timeout: .now() + 60) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: stderr)
    }

    private func batch(nproc: Int, out: URL, _ extra: [String] = []) throws -> CLIResult {
        guard let r = try limited(nproc: nproc, [binary, "batch", "extension", "--data", Self.example, "--out", out.path, "--jobs", "4"] + extra) else {
            XCTFail("privdoc batch did not end within 60 s with --nproc=\(nproc)")
            throw XCTSkip("hung")
        }
        return r
    }


    /// One thread (the main one) and no more: exit 74 at once with the message, and nothing written.
    func testABatchWithNoThreadLeftExits74AndWritesNothing() throws {
        let out = try writableFolder().appendingPathComponent("letters")
        let r = try batch(nproc: 1, out: out)
        XCTAssertEqual(r.status, 74, r.stderr)
        XCTAssertEqual(r.stderr, "cannot start the row reader thread (Resource temporarily unavailable): the system has no threads left"
                       + " — raise the process limit (ulimit -u) or use fewer --jobs; nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    /// A re-run with `--force` and no thread left keeps the earlier run's documents and manifest.
    func testARerunWithNoThreadLeftKeepsTheEarlierRun() throws {
        let out = try writableFolder().appendingPathComponent("letters")
        let first = try batch(nproc: 64, out: out)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try folderSnapshot(out)
        XCTAssertEqual(before.keys.filter { $0.hasSuffix(".odt") }.count, 20)
        let again = try batch(nproc: 1, out: out, ["--force"])
        XCTAssertEqual(again.status, 74, again.stderr)
        XCTAssertEqual(try folderSnapshot(out), before)
    }

    /// Two threads: the main one and the reader. The reader stays alive while the first chunks are done
    /// (4 chunks of 512 rows; it reads at most 2 ahead), so their workers are refused: the run finishes on
    /// the main thread, writes what an unlimited run writes, and says so once.
    func testABatchWhoseWorkersAreRefusedFinishesAndSaysSo() throws {
        let folder = try writableFolder()
        let text = try String(contentsOf: CLI.root.appendingPathComponent(Self.example), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        var rows = [lines[0]]
        for c in 0..<80 { rows += lines.dropFirst().map { $0.replacingOccurrences(of: "SD-2026-0", with: "SD-2026-\(c)x") } }
        let csv = folder.appendingPathComponent("big.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let run = { (nproc: Int, out: String) throws -> CLIResult? in
            try self.limited(nproc: nproc, [self.binary, "batch", "extension", "--data", csv.path, "--out", folder.appendingPathComponent(out).path, "--jobs", "4"])
        }
        guard let starved = try run(2, "starved"), let free = try run(64, "free") else { return XCTFail("a run did not end within 60 s") }
        XCTAssertEqual(starved.status, 0, starved.stderr)
        XCTAssertEqual(free.status, 0, free.stderr)
        XCTAssertTrue(starved.stderr.hasPrefix("warning: the system refused worker threads (Resource temporarily unavailable): "
                                               + "part of the run used 1 of the 4 threads asked for; every row was done, only slower"), starved.stderr)
        XCTAssertFalse(free.stderr.contains("refused"), free.stderr)
        XCTAssertTrue(starved.stderr.contains("1600 rows: 1600 written, 0 unchanged, 0 rejected"), starved.stderr)
        let manifest = { (out: String) in try Data(contentsOf: folder.appendingPathComponent(out).appendingPathComponent("manifest.csv")) }
        XCTAssertEqual(try manifest("starved"), try manifest("free"), "the same documents, byte for byte (the manifest holds their SHA-256)")
    }

    private func requireLibreOffice() throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        if !found { throw XCTSkip("soffice is not installed") }
    }

    /// `letter --format pdf` hung for ever when the converter pool's thread was refused (Foundation.Thread
    /// never ran, the pool waited for it). Under every small limit — the refusal falls on the UNO probe,
    /// the pool's thread, the bridge, soffice or the bridge's thread — it now ends at once with exit 74 and
    /// what to do, and leaves no PDF or temporary behind.
    func testALetterAsPDFWithFewThreadsEndsWithExit74InsteadOfHanging() throws {
        try requireLibreOffice()
        var seen = Set<String>()
        for nproc in 1...5 {   // from 6 on soffice itself starts and aborts (its own thread start fails): exit 69, its status
            let user = uid + nproc * 100_000_000   // one user per run: an ending soffice of the last one never counts
            let out = try writableFolder("pdf\(nproc)", user: user)
            guard let r = try limited(nproc: nproc, user: user, ["/usr/bin/env", "HOME=\(out.path)", binary, "letter", "extension", "--data",
                                                     "templates/examples/extension-access-nl.yaml", "--out", out.appendingPathComponent("x").path,
                                                     "--format", "pdf"]) else {
                XCTFail("--nproc=\(nproc): privdoc letter --format pdf did not end within 60 s"); continue
            }
            XCTAssertEqual(r.status, 74, "--nproc=\(nproc): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasSuffix("raise the process limit (ulimit -u) or use fewer --jobs\n")
                          || r.stderr.hasSuffix("raise the process limit (ulimit -u) or use fewer --jobs; nothing was converted\n"), r.stderr)
            let left = (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("x").path)) ?? []
            XCTAssertEqual(left, [], "--nproc=\(nproc)")
            seen.insert(r.stderr)
        }
        XCTAssertTrue(seen.contains { $0.contains("cannot start a PDF converter thread (Resource temporarily unavailable)") }, "\(seen)")
    }

    /// `batch --format pdf` under small limits: exit 74 before anything is written, not even the folder.
    func testABatchAsPDFWithFewThreadsEndsWithExit74AndWritesNothing() throws {
        try requireLibreOffice()
        for nproc in 1...3 {
            let user = uid + nproc * 100_000_000
            let out = try writableFolder("batchpdf\(nproc)", user: user).appendingPathComponent("letters")
            guard let r = try limited(nproc: nproc, user: user, ["/usr/bin/env", "HOME=\(out.deletingLastPathComponent().path)", binary, "batch", "extension",
                                                     "--data", Self.example, "--out", out.path, "--jobs", "2", "--format", "pdf"]) else {
                XCTFail("--nproc=\(nproc): privdoc batch --format pdf did not end within 60 s"); continue
            }
            XCTAssertEqual(r.status, 74, "--nproc=\(nproc): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("(ulimit -u)"), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "--nproc=\(nproc): \(r.stderr)")
        }
    }

    /// `bench letter` starts privdoc processes; refused, that is exit 74 and the limit, not an internal error.
    func testBenchLetterWithNoProcessLeftExits74() throws {
        let out = try writableFolder()
        guard let r = try limited(nproc: 1, [binary, "bench", "letter", "--runs", "1", "--out", out.path]) else { return XCTFail("did not end within 60 s") }
        XCTAssertEqual(r.status, 74, r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("(Resource temporarily unavailable): the system has no processes left — raise the process limit (ulimit -u)\n"), r.stderr)
    }
}

import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `privdoc batch` and `bench` under the conditions issue 15 found crashes or lost bookkeeping in, as a
/// user meets them: another run in the folder, Ctrl-C, few file descriptors, absurd numbers.
final class BatchSafetyCommandTests: XCTestCase {
    static let example = "templates/examples/extension-notices.csv"

    /// The shipped example repeated `copies` times with unique references (a long enough run to interrupt).
    private func bigInput(copies: Int, in folder: URL) throws -> URL {
        let text = try String(contentsOf: CLI.root.appendingPathComponent(Self.example), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        var out = [lines[0]]
        for c in 0..<copies {
            for line in lines.dropFirst() { out.append(line.replacingOccurrences(of: "SD-2026-0", with: "SD-2026-\(c)x")) }
        }
        let url = folder.appendingPathComponent("big.csv")
        try (out.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs a shell script in the repository root.
    private func shell(_ script: String) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = CLI.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: data, as: UTF8.self))
    }

    func testASecondRunIntoAFolderInUseExits75AndSaysSo() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        defer { close(fd) }
        let r = try CLI.run(["batch", "extension", "--data", Self.example, "--out", out.path])
        XCTAssertEqual(r.status, 75, r.stderr)
        XCTAssertEqual(r.stderr, "\(out.path): another privdoc batch is writing into this folder; wait for it to finish, or choose another --out\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }

    func testSIGINTStopsCleanlyWithTrueReportsAndExit130() throws {
        let folder = CLI.temporaryFolder()
        let csv = try bigInput(copies: 400, in: folder)
        let out = folder.appendingPathComponent("letters")
        let process = Process()
        process.executableURL = CLI.products.appendingPathComponent("privdoc")
        process.arguments = ["batch", "extension", "--data", csv.path, "--out", out.path, "--jobs", "2"]
        process.currentDirectoryURL = CLI.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The handler is installed before the manifest is opened; wait for the first chunk's lines.
        let manifest = out.appendingPathComponent("manifest.csv")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? String(contentsOf: manifest, encoding: .utf8))?.split(separator: "\n").count ?? 0) < 2 {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, stderr)
        XCTAssertEqual(process.terminationStatus, 130, stderr)
        XCTAssertTrue(stderr.contains("— stopped by SIGINT; the reports list the rows done"), stderr)
        let lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertFalse(lines.isEmpty)
        XCTAssertLessThan(lines.count, 8000, "stopped early")
        XCTAssertEqual(CLI.documents(in: out).count, lines.count, "every document on disk is listed, none more")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }, [])
    }

    func testTooFewFileDescriptorsIsOneClearMessageAndExit74() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("letters")
        let binary = CLI.products.appendingPathComponent("privdoc").path
        let r = try shell("ulimit -n 8 && exec '\(binary)' batch extension --data \(Self.example) --out '\(out.path)'")
        XCTAssertEqual(r.status, 74, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("too few file descriptors: this process may open 8 (ulimit -n)"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("nothing was written\n"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testNumericOptionsAreUsageErrorsNotTraps() throws {
        let out = CLI.temporaryFolder().path
        for args in [["--shard", "99999999999999999999/99999999999999999999"], ["--shard", "1/0"], ["--jobs", "0"], ["--jobs", "100000"]] {
            let r = try CLI.run(["batch", "extension", "--data", Self.example, "--out", out] + args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
        }
        let huge = try CLI.run(["batch", "extension", "--data", Self.example, "--out", out, "--shard", "\(Int.max)/\(Int.max)"])
        XCTAssertEqual(huge.status, 0, huge.stderr)
        XCTAssertTrue(huge.stderr.hasPrefix("1 rows: 1 written"), huge.stderr)
        XCTAssertEqual(try CLI.run(["bench", "writer", "--count", "0"]).status, 64)
        XCTAssertEqual(try CLI.run(["bench", "batch", "--rows", "-5"]).status, 64)
        XCTAssertEqual(try CLI.run(["bench", "batch", "--languages", "nl,"]).status, 64)
        XCTAssertEqual(try CLI.run(["bench", "letter", "--runs", "0"]).status, 64)
    }

    /// `bench letter` runs whole processes and prints figures; only that it works is checked, never a time.
    func testBenchLetterPrintsTheMediansAndTheRatio() throws {
        let r = try CLI.run(["bench", "letter", "--runs", "1", "--out", CLI.temporaryFolder().path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("start floor (privdoc deadline)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("ratio letter/floor"), r.stdout)
        let broken = try CLI.run(["bench", "letter", "--runs", "1", "--data", "no-such-case.yaml", "--out", CLI.temporaryFolder().path])
        XCTAssertEqual(broken.status, 1, broken.stdout)
        XCTAssertTrue(broken.stderr.contains("failed"), broken.stderr)
    }

    func testBenchOutNeverDeletesAFolderPrivdocDidNotMake() throws {
        let folder = CLI.temporaryFolder()
        FileManager.default.createFile(atPath: folder.appendingPathComponent("thesis.odt").path, contents: Data("mine".utf8))
        let r = try CLI.run(["bench", "writer", "--count", "3", "--out", folder.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("was not made by privdoc bench; nothing was deleted"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["thesis.odt"])
    }

    func testWarningsArePrintedOnceAndMissingColumnsAreFatal() throws {
        let folder = CLI.temporaryFolder()
        let text = try String(contentsOf: CLI.root.appendingPathComponent(Self.example), encoding: .utf8)
        let typo = folder.appendingPathComponent("typo.csv")
        try text.replacingOccurrences(of: "request.channel", with: "request.chanel").write(to: typo, atomically: true, encoding: .utf8)
        let r = try CLI.run(["batch", "extension", "--data", typo.path, "--out", folder.appendingPathComponent("a").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr.components(separatedBy: "request.chanel").count - 1, 1, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("warning: typo.csv: column request.chanel is not a field of any template"), r.stderr)
        let strict = try CLI.run(["batch", "extension", "--data", typo.path, "--out", folder.appendingPathComponent("b").path, "--strict"])
        XCTAssertEqual(strict.status, 1, strict.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        let missing = folder.appendingPathComponent("missing.csv")
        try text.replacingOccurrences(of: "extension.reason", with: "extension.rason").write(to: missing, atomically: true, encoding: .utf8)
        let m = try CLI.run(["batch", "extension", "--data", missing.path, "--out", folder.appendingPathComponent("c").path])
        XCTAssertEqual(m.status, 1, m.stderr)
        XCTAssertTrue(m.stderr.hasPrefix("missing.csv:1: header: no column for the required field extension.reason of dsr-extension"), m.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("c").path), "nothing written")
    }

    /// A row whose file cannot be written is a reject naming the file, not the machine's folder path
    /// (issue 15: reports are shared with other people; the output folder's path is not theirs to see).
    func testAWriteFailureIsARejectNamingTheFileNotTheMachinePath() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("letters")
        // A folder where the first row's letter should go: it can never be replaced by a file.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("SD-2026-01100-dsr-extension-nl.odt"),
                                                withIntermediateDirectories: true)
        let r = try CLI.run(["batch", "extension", "--data", Self.example, "--out", out.path, "--force"])
        XCTAssertEqual(r.status, 2, r.stderr)
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        XCTAssertEqual(rejects, """
            file,row,field,reason
            extension-notices.csv,2,,SD-2026-01100-dsr-extension-nl.odt: cannot be written (Is a directory)

            """)
        XCTAssertFalse(rejects.contains(out.path), rejects)
    }
}

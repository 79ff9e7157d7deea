import Foundation
import XCTest

/// `privdoc batch` end to end: exit codes and the summary line.
final class BatchCommandTests: XCTestCase {
    func testShippedExampleRunsCleanAndWritesTheManifest() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["batch", "extension", "--data", "templates/examples/extension-notices.csv", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("0 rejected"), r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.csv").path))
        XCTAssertEqual(CLI.documents(in: out).count, 20)
    }

    func testRejectedRowsGiveExitCodeTwo() throws {
        let out = CLI.temporaryFolder()
        let csv = out.appendingPathComponent("in.csv")
        let text = try String(contentsOf: CLI.root.appendingPathComponent("templates/examples/extension-notices.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for type in ["access", "rectification", "erasure", "objection"] {
            lines[2] = lines[2].replacingOccurrences(of: ",\(type),", with: ",portability,")
        }
        try lines.joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        let r = try CLI.run(["batch", "extension", "--data", csv.path, "--out", out.appendingPathComponent("o").path, "--jobs", "1"])
        XCTAssertEqual(r.status, 2, r.stderr)
        let rejects = try String(contentsOf: out.appendingPathComponent("o/rejects.csv"), encoding: .utf8)
        XCTAssertTrue(rejects.contains("in.csv,3,request.type,"), rejects)
    }

    func testBadShardIsAUsageError() throws {
        let r = try CLI.run(["batch", "extension", "--data", "x.csv", "--out", "/tmp/x", "--shard", "4/3"])
        XCTAssertEqual(r.status, 64)
    }
}

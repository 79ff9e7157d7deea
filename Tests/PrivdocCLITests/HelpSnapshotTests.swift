import Foundation
import TestSupport
import XCTest

/// Snapshots of `--help` for every command and subcommand (issue 10), found by walking each help's
/// SUBCOMMANDS list from `privdoc --help`, so a new command gets a snapshot without editing this file.
/// The letter help lists the kinds found in templates/ (decision 011): adding a template changes it, and
/// that is the point. Re-record with PRIVDOC_RECORD=1 and read the diff.
final class HelpSnapshotTests: XCTestCase {
    /// A fixed width: ArgumentParser wraps to the terminal, and a test has none.
    private func help(_ path: [String]) throws -> String {
        let result = try CLI.run(path + ["--help"], environment: ["COLUMNS": "80"])
        XCTAssertEqual(result.status, 0, "privdoc \(path.joined(separator: " ")) --help")
        XCTAssertEqual(result.stderr, "", "privdoc \(path.joined(separator: " ")) --help writes nothing on stderr")
        return result.stdout
    }

    /// The subcommand names of one help text (`  name   abstract` lines under SUBCOMMANDS:).
    static func subcommands(of help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name).replacingOccurrences(of: "(default)", with: "")
        }.filter { !$0.isEmpty && $0 != "See" }
    }

    func testEveryCommandsHelpMatchesItsSnapshot() throws {
        var queue: [[String]] = [[]]
        var seen: [String] = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let text = try help(path)
            let name = (["privdoc"] + path).joined(separator: "-")
            seen.append(name)
            assertMatchesGolden(text, named: "help-\(name).txt")
            queue += Self.subcommands(of: text).filter { $0 != "help" }.map { path + [$0] }
        }
        XCTAssertGreaterThanOrEqual(seen.count, 14, "privdoc and its commands")
        assertMatchesGolden(seen.joined(separator: "\n") + "\n", named: "help-commands.txt")
    }
}

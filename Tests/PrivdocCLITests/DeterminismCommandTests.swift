import Foundation
import XCTest

/// Determinism across processes (issue 10, issue 15): the same input gives the same bytes — every
/// document, the manifest and the rejects file — in two separate `privdoc batch` processes, for CSV and
/// for JSON Lines, whatever the number of threads.
final class DeterminismCommandTests: XCTestCase {
    static let example = CLI.root.appendingPathComponent("templates/examples/extension-notices.csv")

    /// Every file of a folder, by name, with its bytes.
    private func contents(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }

    private func assertTwoProcessesAgree(_ input: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let base = CLI.temporaryFolder("determinism-\(input.pathExtension)")
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        let first = try CLI.run(["batch", "extension", "--data", input.path, "--out", a.path, "--jobs", "1", "--date", "2026-02-02"])
        let second = try CLI.run(["batch", "extension", "--data", input.path, "--out", b.path, "--jobs", "2", "--date", "2026-02-02"])
        XCTAssertEqual(first.status, second.status, file: file, line: line)
        XCTAssertTrue([0, 2].contains(first.status), first.stderr, file: file, line: line)
        let left = try contents(a), right = try contents(b)
        XCTAssertGreaterThan(left.keys.filter { $0.hasSuffix(".odt") }.count, 0, file: file, line: line)
        XCTAssertEqual(left.keys.sorted(), right.keys.sorted(), file: file, line: line)
        for (name, bytes) in left { XCTAssertEqual(bytes, right[name], name, file: file, line: line) }
    }

    func testCSVTwiceInTwoProcessesGivesIdenticalBytes() throws {
        try assertTwoProcessesAgree(Self.example)
    }

    func testJSONLinesTwiceInTwoProcessesGivesIdenticalBytes() throws {
        let rows = try Self.records(String(contentsOf: Self.example, encoding: .utf8))
        let header = rows[0]
        var lines: [String] = []
        for row in rows.dropFirst() {
            // Nested objects for the dotted names, keys in a fixed order, empty cells left out.
            var object: [String: Any] = [:]
            for (name, value) in zip(header, row) where !value.isEmpty {
                let parts = name.split(separator: ".").map(String.init)
                if parts.count == 1 { object[name] = value; continue }
                var inner = object[parts[0]] as? [String: Any] ?? [:]
                inner[parts.dropFirst().joined(separator: ".")] = value
                object[parts[0]] = inner
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        let url = CLI.temporaryFolder("jsonl").appendingPathComponent("notices.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        try assertTwoProcessesAgree(url)
    }

    /// RFC 4180 records (quoted fields, doubled quotes) — enough for the shipped example.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character?
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let n = chars.next()
                    if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\n" || c == "\r\n" { record.append(field); field = ""; records.append(record); record = [] }
            else if c != "\r" { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

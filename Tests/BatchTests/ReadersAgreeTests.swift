import Assembly
import Foundation
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Batch

/// Property (issue 10): the readers agree — the same case written as YAML, JSON, JSON Lines and CSV gives
/// equal `CaseData`, whether each format writes a field nested or dotted.
final class ReadersAgreeTests: XCTestCase {
    /// Text that stresses every format's quoting: separators, quotes, line breaks, YAML words, numbers.
    private static let pieces = ["a", "Jansen", " ", ",", ";", "\t", "\"", "'", "\\", "\n", "\r\n", "#", ":", "- ", "{", "}",
                                 "[", "]", "&", "*", "!", "%", "@", "`", "yes", "null", "~", "2026.10", "007", "1e3", "-0",
                                 "é", "ß", "ĳ", "😀", "\u{A0}", "مرحبا", "…", "€", "=1+1", "+31 6"]

    private struct Case {
        var fields: [(path: [String], value: String)]
    }

    private func randomCase(_ rng: inout SeededGenerator) -> Case {
        let names = ["reference", "recipient", "name", "street", "city", "request", "type", "received", "note", "x", "y2", "z_z"]
        var used = Set<String>(), fields: [(path: [String], value: String)] = []
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let path = (0..<Int.random(in: 1...3, using: &rng)).map { _ in names.randomElement(using: &rng)! }
            let dotted = path.joined(separator: ".")
            // No path may be the prefix of another (the builder refuses that, in every format alike).
            if used.contains(where: { $0 == dotted || $0.hasPrefix(dotted + ".") || dotted.hasPrefix($0 + ".") }) { continue }
            used.insert(dotted)
            var value = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            if value.isEmpty { value = "v" }
            fields.append((path, value))
        }
        return Case(fields: fields)
    }

    /// A tree of the case: nested (`nest` true) or flat with dotted keys.
    private indirect enum Tree { case leaf(String), node([(String, Tree)]) }

    private func tree(_ c: Case, nest: Bool) -> [(String, Tree)] {
        guard nest else { return c.fields.map { ($0.path.joined(separator: "."), .leaf($0.value)) } }
        var root: [(String, Tree)] = []
        func insert(_ path: ArraySlice<String>, _ value: String, into members: inout [(String, Tree)]) {
            let key = path.first!
            if path.count == 1 { members.append((key, .leaf(value))); return }
            if let i = members.firstIndex(where: { $0.0 == key }), case .node(var inner) = members[i].1 {
                insert(path.dropFirst(), value, into: &inner)
                members[i].1 = .node(inner)
            } else {
                var inner: [(String, Tree)] = []
                insert(path.dropFirst(), value, into: &inner)
                members.append((key, .node(inner)))
            }
        }
        for field in c.fields { insert(field.path[...], field.value, into: &root) }
        return root
    }

    private func jsonString(_ s: String, pairs: Bool = true) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value > 0xFFFF && pairs {   // as a surrogate pair, which JSON allows (YAML does not)
                    let v = scalar.value - 0x10000
                    out += String(format: "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private func json(_ members: [(String, Tree)]) -> String {
        "{" + members.map { key, value in
            switch value {
            case .leaf(let s): return jsonString(key) + ": " + jsonString(s)
            case .node(let inner): return jsonString(key) + ":" + json(inner)
            }
        }.joined(separator: ", ") + "}"
    }

    private func yaml(_ members: [(String, Tree)], indent: String = "") -> String {
        members.map { key, value in
            switch value {
            case .leaf(let s): return indent + key + ": " + jsonString(s, pairs: false) + "\n"   // YAML double quotes take these escapes
            case .node(let inner): return indent + key + ":\n" + yaml(inner, indent: indent + "  ")
            }
        }.joined()
    }

    private func csv(_ c: Case) -> String {
        func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return c.fields.map { quote($0.path.joined(separator: ".")) }.joined(separator: ",") + "\r\n"
            + c.fields.map { quote($0.value) }.joined(separator: ",") + "\r\n"
    }

    private func write(_ text: String, _ ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func row(_ source: RowSource) throws -> CaseData {
        guard case .data(let data, _)? = source.next() else { throw XCTSkip("no row") }
        return data
    }

    func testTheFourReadersGiveEqualCaseData() throws {
        var rng = SeededGenerator(seed: 0x5EAD_E125)
        for round in 0..<150 {
            let c = randomCase(&rng)
            let expected = Dictionary(uniqueKeysWithValues: c.fields.map { ($0.path.joined(separator: "."), RawValue.scalar($0.value)) })
            let nest = { Bool.random(using: &rng) }
            let yamlData = try CaseData.load(file: write(yaml(tree(c, nest: nest())), "yaml"))
            let jsonData = try CaseData.load(file: write(json(tree(c, nest: nest())), "json"))
            let jsonlData = try row(JSONLinesRowSource(url: write(json(tree(c, nest: nest())) + "\n", "jsonl")))
            let csvData = try row(CSVRowSource(url: write(csv(c), "csv"), delimiter: UInt8(ascii: ",")))
            XCTAssertEqual(yamlData.values, expected, "YAML, round \(round)")
            XCTAssertEqual(jsonData.values, expected, "JSON, round \(round)")
            XCTAssertEqual(jsonlData.values, expected, "JSON Lines, round \(round)")
            XCTAssertEqual(csvData.values, expected, "CSV, round \(round)")
        }
    }
}

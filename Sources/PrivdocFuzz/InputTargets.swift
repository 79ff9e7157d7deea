import DelimitedText
import Assembly
import Batch
import Foundation
import PrivdocDiagnostics

/// The CSV reader and row source: any bytes give a header error or rows, each row case data or a
/// malformed record, with lines strictly increasing; small limits, so the size paths are reached.
final class CSVTarget: FuzzTarget {
    let name = "csv"
    let maximumLength = 64 * 1024
    let dictionary = ["\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "recipient.name", "a.b", "a", "a.b.c", "\u{FEFF}",
                      "\u{00E9}", "\u{202E}", "x"]
    private let file = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-fuzz-\(getpid()).csv")
    private let limits = CaseInputLimits(maximumValueBytes: 512, maximumRecordBytes: 4096)

    func run(_ input: [UInt8]) -> Outcome {
        guard FileManager.default.createFile(atPath: file.path, contents: Data(input)) else { return .violated("cannot write the input file") }
        for encoding in [nil, InputEncoding.cp1252] {
            let source: RowSource
            do { source = try openRowSource(file, delimiter: nil, encoding: encoding, limits: limits) } catch {
                if encoding == nil { return .held(signature: "header:\(String(describing: error).prefix(40))") }
                continue
            }
            var last = 0, kinds: [String] = []
            while let row = source.next() {
                switch row {
                case .data(let data, let line):
                    guard line > last else { return .violated("row lines not increasing: \(line) after \(last)") }
                    last = line
                    if data.values.values.contains(where: { $0.scalar == nil }) { return .violated("a CSV cell that is not a scalar") }
                    kinds.append("data")
                case .malformed(let line, let reason):
                    guard line > last, !reason.isEmpty else { return .violated("a malformed row without line or reason") }
                    last = line
                    kinds.append(String(reason.prefix(20)))
                }
            }
            if encoding == nil { return .held(signature: signature(codes: kinds)) }
        }
        return .held(signature: "cp1252")
    }
}

/// The case-data readers (YAML and JSON) and the builder: any bytes give case data or located errors in
/// the file; reading twice gives the same case data (no order or run dependence).
final class CaseDataTarget: FuzzTarget {
    let name = "case-data"
    let maximumLength = 64 * 1024
    let dictionary = ["{", "}", "[", "]", ":", ", ", "\"", "'", "\n", "  ", "- ", "&a ", "*a", "~", "null", "a.b", "a:", "? ",
                      "---\n", "|\n  ", "\\u", "\\ud83d", "\\ude00", "2026.10", "!!str ", "<<: ", "%YAML 1.2\n", "#"]

    func run(_ input: [UInt8]) -> Outcome {
        var codes: [String] = []
        for name in ["case.yaml", "case.json"] {
            let first = read(input, name), second = read(input, name)
            switch (first, second) {
            case (.success(let a), .success(let b)):
                guard a.values == b.values else { return .violated("\(name): two reads differ") }
                codes.append("ok")
            case (.failure(let a), .failure(let b)):
                guard a.items == b.items else { return .violated("\(name): two reads report differently") }
                guard a.hasErrors else { return .violated("\(name): refused without an error") }
                for item in a.items where item.location?.file != name { return .violated("\(name): a problem not located in the file: \(item)") }
                codes += a.items.map(\.code.rawValue)
            default:
                return .violated("\(name): one read succeeds, the other fails")
            }
        }
        return .held(signature: signature(codes: codes))
    }

    private func read(_ input: [UInt8], _ name: String) -> Result<CaseData, Diagnostics> {
        do throws(Diagnostics) {
            return .success(try CaseData.read(input, file: name))
        } catch {
            return .failure(error)
        }
    }
}

import PrivdocDiagnostics
import Assembly
import DelimitedText
import Foundation

/// One input row: case data ready for validation, or a row that could not even be read.
public enum InputRow: Sendable {
    /// A readable row and the line it starts on.
    case data(CaseData, line: Int)
    /// An unreadable row (unbalanced quote, wrong field count, bad JSON) and why.
    case malformed(line: Int, reason: String)
}

/// A streaming source of rows.
public protocol RowSource: AnyObject {
    /// The next row, or nil at the end of the input.
    func next() -> InputRow?
    /// The column names when the format has a header (CSV), so the batch can check them once against the
    /// template before any row; nil for formats without one (JSON Lines).
    var columns: [String]? { get }
}

extension RowSource {
    public var columns: [String]? { nil }
}

/// Opens the right reader for a file by its extension: `.csv`/`.txt` (delimited) or `.jsonl`/`.ndjson`,
/// decoding it as `encoding` (nil: UTF-8, or UTF-16 with a byte order mark; decision 024).
public func openRowSource(_ url: URL, delimiter: UInt8?, encoding: InputEncoding? = nil,
                          limits: CaseInputLimits = .standard) throws(BatchError) -> RowSource {
    switch url.pathExtension.lowercased() {
    case "jsonl", "ndjson": return try JSONLinesRowSource(url: url, encoding: encoding, limits: limits)
    default: return try CSVRowSource(url: url, delimiter: delimiter, encoding: encoding, limits: limits)
    }
}

/// The number of records in a row file, counted the way its reader reads them (a malformed record counts
/// as one), without building case data.
///
/// This first pass reads the whole file through the decoder, so a file that is not valid in its encoding
/// is a fatal error here — before any row is processed (issue 15: no half-done batch).
func countRowRecords(_ url: URL, delimiter: UInt8?, encoding: InputEncoding? = nil,
                     limits: CaseInputLimits = .standard) throws(BatchError) -> Int {
    var n = 0
    let file = url.lastPathComponent
    switch url.pathExtension.lowercased() {
    case "jsonl", "ndjson":
        let reader = try LineReader(url: url, encoding: encoding, limits: limits)
        while let line = reader.nextLine() {
            if case .line(let bytes, _) = line, JSONLinesRowSource.isBlank(bytes) { continue }
            n += 1
        }
        if let problem = reader.decodeProblem { throw .encoding(file: file, line: problem.line, reason: problem.message) }
    default:
        let reader = try openCSV(url, delimiter: delimiter, encoding: encoding, limits: limits)
        while reader.next() != nil { n += 1 }
        if let problem = reader.decodeProblem { throw .encoding(file: file, line: problem.line, reason: problem.message) }
    }
    return n
}

/// Rows of a CSV file whose header holds dotted field names (`recipient.name`, `request.received`).
/// Every cell goes to the one case-data builder; an empty cell means "no value"; every value is located
/// as `file:row`.
public final class CSVRowSource: RowSource {
    private let reader: CSVReader
    private let file: String
    private let limits: CaseInputLimits

    /// Opens the file and reads and checks its header (names, duplicates, a column that is both a value
    /// and the parent of another, like `recipient` next to `recipient.name`) — once, not per row.
    public init(url: URL, delimiter: UInt8?, encoding: InputEncoding? = nil, limits: CaseInputLimits = .standard) throws(BatchError) {
        reader = try openCSV(url, delimiter: delimiter, encoding: encoding, limits: limits)
        file = url.lastPathComponent
        self.limits = limits
        var seen = Set<String>()
        for name in reader.header {
            if name.isEmpty { throw .badHeader(file: file, reason: "a column has no name") }
            if !seen.insert(name).inserted { throw .badHeader(file: file, reason: "column \(name) appears twice") }
        }
        var shape = CaseDataBuilder(origin: SourceLocation(file: file, row: 1), limits: limits)
        for name in reader.header { shape.add(name, at: SourceLocation(file: file, row: 1), CaseNode(.scalar(""), at: SourceLocation(file: file, row: 1))) }
        if let problem = shape.problems.first {
            throw .badHeader(file: file, reason: [problem.field, problem.message].compactMap { $0 }.joined(separator: ": "))
        }
    }

    public var columns: [String]? { reader.header }

    public func next() -> InputRow? {
        switch reader.next() {
        case nil: return nil
        case .malformed(let line, let reason)?: return .malformed(line: line, reason: reason)
        case .fields(let fields, let line)?:
            let at = SourceLocation(file: file, row: line)
            var builder = CaseDataBuilder(origin: at, limits: limits, expectedKeys: fields.count)
            for (name, value) in zip(reader.header, fields) {
                builder.add(name, at: at, CaseNode(value.isEmpty ? .null : .scalar(value), at: at))
            }
            return InputRow(builder, line: line)
        }
    }
}

/// Rows of a JSON Lines file: one JSON object per line, nested or with dotted keys, read by the same JSON
/// reader as a `.json` case file and built by the same builder.
public final class JSONLinesRowSource: RowSource {
    private let reader: LineReader
    private let file: String
    private let limits: CaseInputLimits

    /// Opens the file.
    public init(url: URL, encoding: InputEncoding? = nil, limits: CaseInputLimits = .standard) throws(BatchError) {
        reader = try LineReader(url: url, encoding: encoding, limits: limits)
        file = url.lastPathComponent
        self.limits = limits
    }

    public func next() -> InputRow? {
        while let next = reader.nextLine() {
            switch next {
            case .tooLong(let line):
                return .malformed(line: line, reason: "the line is longer than the maximum record size of \(CaseInputLimits.describe(bytes: limits.maximumRecordBytes))")
            case .line(let bytes, let line):
                if Self.isBlank(bytes) { continue }
                let at = SourceLocation(file: file, row: line)
                switch JSONCaseReader.parse(bytes[...], file: file, line: line, limits: limits) {
                case .failure(let problem):
                    return .malformed(line: line, reason: Self.reason(problem))
                case .success(let root):
                    guard case .mapping = root.kind else { return .malformed(line: line, reason: "not a JSON object") }
                    var builder = CaseDataBuilder(origin: at, limits: limits)
                    builder.addRoot(root)
                    return InputRow(builder, line: line)
                }
            }
        }
        return nil
    }

    /// A line of only JSON white space (RFC 8259 §2) is no record: skipped by the reader and the count alike.
    static func isBlank(_ line: [UInt8]) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    private static func reason(_ problem: Diagnostic) -> String {
        guard let column = problem.location?.column else { return problem.message }
        return "column \(column): \(problem.message)"
    }
}

extension InputRow {
    /// The row the builder made, or its problems as a malformed row ("field: message; …").
    init(_ builder: CaseDataBuilder, line: Int) {
        do throws(Diagnostics) {
            self = .data(try builder.build(), line: line)
        } catch {
            let reason = error.errors.map { [$0.field, $0.message].compactMap { $0 }.joined(separator: ": ") }.joined(separator: "; ")
            self = .malformed(line: line, reason: reason)
        }
    }
}

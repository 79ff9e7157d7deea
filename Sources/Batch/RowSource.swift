import PrivdocDiagnostics
import Assembly
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

/// Opens the right reader for a file by its extension: `.csv`/`.txt` (delimited) or `.jsonl`/`.ndjson`.
public func openRowSource(_ url: URL, delimiter: UInt8?) throws(BatchError) -> RowSource {
    switch url.pathExtension.lowercased() {
    case "jsonl", "ndjson": return try JSONLinesRowSource(url: url)
    default: return try CSVRowSource(url: url, delimiter: delimiter)
    }
}

/// The number of records in a row file, counted the way its reader reads them (a malformed record counts
/// as one), without building case data.
func countRowRecords(_ url: URL, delimiter: UInt8?) throws(BatchError) -> Int {
    var n = 0
    switch url.pathExtension.lowercased() {
    case "jsonl", "ndjson":
        let reader = try CSVLineReader(url: url)
        while let (bytes, _) = reader.nextLine() {
            if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { n += 1 }
        }
    default:
        let reader = try CSVReader(url: url, delimiter: delimiter)
        while reader.next() != nil { n += 1 }
    }
    return n
}

/// Rows of a CSV file whose header holds dotted field names (`recipient.name`, `request.received`).
/// An empty cell means "no value"; every value is located as `file:line` with the column's field name.
public final class CSVRowSource: RowSource {
    private let reader: CSVReader
    private let file: String

    /// Opens the file and reads its header.
    public init(url: URL, delimiter: UInt8?) throws(BatchError) {
        reader = try CSVReader(url: url, delimiter: delimiter)
        file = url.lastPathComponent
        var seen = Set<String>()
        for name in reader.header {
            if name.isEmpty { throw .badHeader(file: file, reason: "a column has no name") }
            if !seen.insert(name).inserted { throw .badHeader(file: file, reason: "column \(name) appears twice") }
        }
    }

    public var columns: [String]? { reader.header }

    public func next() -> InputRow? {
        switch reader.next() {
        case nil: return nil
        case .malformed(let line, let reason)?: return .malformed(line: line, reason: reason)
        case .fields(let fields, let line)?:
            var values: [String: RawValue] = [:]
            var locations: [String: SourceLocation] = [:]
            for (name, value) in zip(reader.header, fields) where !value.isEmpty {
                values[name] = .scalar(value)
                locations[name] = SourceLocation(file: file, row: line)
            }
            return .data(CaseData(values: values, locations: locations, origin: "\(file):\(line)"), line: line)
        }
    }
}

/// Rows of a JSON Lines file: one JSON object per line, nested or with dotted keys.
public final class JSONLinesRowSource: RowSource {
    private let reader: CSVLineReader
    private let file: String

    /// Opens the file.
    public init(url: URL) throws(BatchError) {
        reader = try CSVLineReader(url: url)
        file = url.lastPathComponent
    }

    public func next() -> InputRow? {
        while let (raw, line) = reader.nextLine() {
            let bytes = line == 1 && raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                return .malformed(line: line, reason: "not a JSON object")
            }
            var values: [String: RawValue] = [:]
            var locations: [String: SourceLocation] = [:]
            flatten(object, prefix: "", into: &values)
            for key in values.keys { locations[key] = SourceLocation(file: file, row: line) }
            return .data(CaseData(values: values, locations: locations, origin: "\(file):\(line)"), line: line)
        }
        return nil
    }

    private func flatten(_ object: [String: Any], prefix: String, into values: inout [String: RawValue]) {
        for (key, value) in object {
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = value as? [String: Any] {
                flatten(nested, prefix: path, into: &values)
            } else if let raw = Self.raw(value) {
                values[path] = raw
            }
        }
    }

    private static func raw(_ value: Any) -> RawValue? {
        switch value {
        case is NSNull: return nil
        case let s as String: return .scalar(s)
        case let n as NSNumber:
            // JSON true/false arrive as NSNumber on every platform; their Objective-C type code is "c".
            if String(cString: n.objCType) == "c" { return .scalar(n.boolValue ? "true" : "false") }
            return .scalar(n.stringValue)
        case let list as [Any]: return .list(list.compactMap { raw($0) })
        case let object as [String: Any]:
            return .map(object.keys.sorted().compactMap { key in raw(object[key]!).map { RawValue.Entry(key: key, value: $0) } })
        default: return .scalar(String(describing: value))
        }
    }
}

/// Reads a file line by line in chunks (JSON Lines never has newlines inside a record).
final class CSVLineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 0

    init(url: URL) throws(BatchError) {
        guard let s = ByteSource(url: url) else { throw .cannotRead(url.path) }
        source = s
    }

    func nextLine() -> ([UInt8], Int)? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let bytes = Array(buffer[position..<nl])
                position = nl + 1
                line += 1
                return (bytes, line)
            }
            buffer.removeSubrange(0..<position)
            position = 0
            guard let chunk = source.read() else {
                guard !buffer.isEmpty else { return nil }
                let bytes = buffer
                buffer.removeAll()
                line += 1
                return (bytes, line)
            }
            buffer.append(contentsOf: chunk)
        }
    }
}

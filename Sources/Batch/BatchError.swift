import DelimitedText
import Foundation

/// A fatal batch error: the run cannot start or cannot go on. Row-level problems are never fatal; they
/// go to the rejects file.
public enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input file cannot be opened.
    case cannotRead(String)
    /// The header line is missing or malformed.
    case badHeader(file: String, reason: String)
    /// The output folder or a report file cannot be written.
    case cannotWrite(String)
    /// The run was configured wrongly (e.g. a shard outside 1...N).
    case invalidOption(String)
    /// The template or library cannot be used.
    case library(String)
    /// The input is not text in its encoding (decision 024): found before any row is processed.
    case encoding(file: String, line: Int, reason: String)
    // batch: resources, lock
    /// The system cannot give the run what it needs (file descriptors, threads); nothing was written.
    case resources(String)
    /// Another run holds the output folder (named as the user gave it); nothing was written.
    case locked(String)

    public var description: String {
        switch self {
        case .cannotRead(let path): return "\(path): cannot read the input file"
        case .badHeader(let file, let reason): return "\(file):1: header: \(reason)"
        case .cannotWrite(let path): return "\(path): cannot write"
        case .invalidOption(let message): return message
        case .library(let message): return message
        case .encoding(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .resources(let message): return message
        case .locked(let folder):
            return "\(folder): another privdoc batch is writing into this folder; wait for it to finish, or choose another --out"
        }
    }
}

/// The one CSV reader (`DelimitedText.CSVReader`), its errors as the batch's.
func openCSV(_ url: URL, delimiter: UInt8?, encoding: InputEncoding?, limits: CaseInputLimits) throws(BatchError) -> CSVReader {
    do {
        return try CSVReader(url: url, delimiter: delimiter, encoding: encoding, limits: limits)
    } catch {
        switch error {
        case .cannotRead(let path): throw .cannotRead(path)
        case .encoding(let file, let line, let reason): throw .encoding(file: file, line: line, reason: reason)
        case .badHeader(let file, let reason): throw .badHeader(file: file, reason: reason)
        }
    }
}

import Foundation

/// One parsed record of a delimited file, or a record that could not be parsed.
public enum CSVRecord: Equatable, Sendable {
    /// A well-formed record: its fields, and the physical line it starts on (the header is line 1).
    case fields([String], line: Int)
    /// A malformed record, reported by the line it starts on; the reader resumes on the next line.
    case malformed(line: Int, reason: String)
}

/// Why a CSV file cannot be read at all (its rows are never reached); each user maps it to its own errors
/// (the batch to `BatchError`, the termbase to a located `TranslationProblem`).
public enum CSVReaderError: Error, Equatable, Sendable {
    /// The file cannot be opened (its path).
    case cannotRead(String)
    /// The first line is not text in its encoding (decision 024): the file's name, the line, why.
    case encoding(file: String, line: Int, reason: String)
    /// The header line is missing or malformed: the file's name and why.
    case badHeader(file: String, reason: String)
}

/// The one streaming RFC 4180 reader, of the batch's input and of the termbase (issue 10): quoted fields, `""` escapes, embedded newlines, CRLF or LF, and `,`, `;`
/// (Excel in the Netherlands) or tab separators, over input decoded by `ByteSource` (UTF-8 with or without
/// byte order mark, or the `--encoding` given).
///
/// Linear in the input, however long a line or field (decision 025): the parse state lives in the reader
/// and every byte is examined once, also when a record spans many chunks. Memory stays bounded by the
/// limits: a field over `maximumValueBytes` (1 MiB) or a record over `maximumRecordBytes` (16 MiB) is
/// reported with its own message and skipped. A record that cannot be parsed — typically an unbalanced
/// quote — is reported as `.malformed`, and reading resumes on the line after the one where it started,
/// so one bad row never costs the others.
public final class CSVReader {
    /// The header fields (column names), trimmed of blanks.
    public private(set) var header: [String] = []
    /// The separator in use: given, or detected from the header line.
    public private(set) var delimiter: UInt8

    private let source: ByteSource
    private let limits: CaseInputLimits
    private var buffer: [UInt8] = []
    /// Where the record being read starts in `buffer` (bytes before it are dropped on the next fill).
    private var start = 0
    /// The next byte to examine.
    private var scan = 0
    private var line = 1
    private var state = RecordState()
    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// The state of the record being read.
    private struct RecordState {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        /// Line feeds inside the record so far.
        var lines = 0
    }

    /// Opens `url` and reads the header. `delimiter` nil means detect (`;`, `,` or tab, whichever the header
    /// line has most of outside quotes).
    public init(url: URL, delimiter: UInt8? = nil, encoding: InputEncoding? = nil,
                limits: CaseInputLimits = .standard) throws(CSVReaderError) {
        guard let source = ByteSource(url: url, encoding: encoding) else { throw .cannotRead(url.path) }
        self.source = source
        self.limits = limits
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        while buffer.count < 64 * 1024 && fill() {}
        if let problem = source.decodeProblem {
            throw .encoding(file: url.lastPathComponent, line: problem.line, reason: problem.message)
        }
        if delimiter == nil { self.delimiter = detectDelimiter() }
        switch next() {
        case .fields(let names, _)?:
            header = names.map(\.trimmingBlanks)
        case .malformed(_, let reason)?:
            throw .badHeader(file: url.lastPathComponent, reason: reason)
        case nil:
            throw .badHeader(file: url.lastPathComponent, reason: "the file is empty")
        }
    }

    /// Why decoding stopped early, if it did (the rest of the file was not read).
    public var decodeProblem: DecodeProblem? { source.decodeProblem }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public func next() -> CSVRecord? {
        while true {
            guard let outcome = parse() else { return nil }
            switch outcome {
            case .blank: continue
            case .record(let fields, let startLine, let lines):
                if !header.isEmpty && fields.count != header.count {
                    if lines > 1 { return resync(line: startLine, reason: "unbalanced quote") }
                    return .malformed(line: startLine, reason: "expected \(header.count) fields, found \(fields.count)")
                }
                return .fields(fields, line: startLine)
            case .malformed(let startLine, let reason):
                return resync(line: startLine, reason: reason)
            }
        }
    }

    // MARK: - Parsing

    private enum Outcome {
        case record([String], line: Int, lines: Int)
        case blank
        case malformed(line: Int, reason: String)
    }

    /// Reads one record from `start`, resuming after every fill where it stopped; nil at the end of input.
    private func parse() -> Outcome? {
        start = scan
        state = RecordState()
        let startLine = line
        while true {
            if scan >= buffer.count {
                guard fill() else { return finishAtEnd(startLine: startLine) }
                continue
            }
            let b = buffer[scan]
            if state.quoted {
                if b == Self.quote {
                    if scan + 1 >= buffer.count, fill() { continue }   // look at the byte after the quote
                    if scan + 1 < buffer.count && buffer[scan + 1] == Self.quote {
                        state.field.append(Self.quote)
                        scan += 2
                        continue
                    }
                    state.quoted = false
                    scan += 1
                    if scan < buffer.count {
                        let after = buffer[scan]
                        if after != delimiter && after != Self.cr && after != Self.lf {
                            return .malformed(line: startLine, reason: "text after a closing quote (unbalanced quote)")
                        }
                    }
                    continue
                }
                if b == Self.lf { state.lines += 1 }
                state.field.append(b)
                scan += 1
                if let problem = checkSizes(startLine: startLine) { return problem }
                continue
            }
            switch b {
            case Self.quote where state.field.isEmpty && !state.wasQuoted:
                state.quoted = true
                state.wasQuoted = true
                scan += 1
            case delimiter:
                guard finishField() else { return .malformed(line: startLine, reason: "not valid UTF-8") }
                scan += 1
            case Self.cr, Self.lf:
                if b == Self.cr && scan + 1 >= buffer.count, fill() { continue }   // CRLF split by a chunk
                scan += 1
                if b == Self.cr && scan < buffer.count && buffer[scan] == Self.lf { scan += 1 }
                line = startLine + state.lines + 1
                if state.fields.isEmpty && state.field.isEmpty && !state.wasQuoted { return .blank }
                guard finishField() else { return .malformed(line: startLine, reason: "not valid UTF-8") }
                return .record(state.fields, line: startLine, lines: state.lines + 1)
            default:
                state.field.append(b)
                scan += 1
                if let problem = checkSizes(startLine: startLine) { return problem }
            }
        }
    }

    /// The record at the end of the input, without a final line break.
    private func finishAtEnd(startLine: Int) -> Outcome? {
        if state.quoted { return .malformed(line: startLine, reason: "unbalanced quote") }
        if state.fields.isEmpty && state.field.isEmpty && !state.wasQuoted { return nil }
        guard finishField() else { return .malformed(line: startLine, reason: "not valid UTF-8") }
        line = startLine + state.lines + 1
        return .record(state.fields, line: startLine, lines: state.lines + 1)
    }

    private func finishField() -> Bool {
        guard let s = String(validating: state.field, as: UTF8.self) else { return false }
        state.fields.append(s)
        state.field.removeAll(keepingCapacity: true)
        state.wasQuoted = false
        return true
    }

    /// The documented maximum sizes, each with its own message (a long field is not an "unbalanced quote").
    private func checkSizes(startLine: Int) -> Outcome? {
        if state.field.count > limits.maximumValueBytes {
            let size = CaseInputLimits.describe(bytes: limits.maximumValueBytes)
            return .malformed(line: startLine, reason: state.quoted
                ? "a quoted field is longer than the maximum field size of \(size) (or its closing quote is missing)"
                : "a field is longer than the maximum field size of \(size)")
        }
        if scan - start > limits.maximumRecordBytes {
            return .malformed(line: startLine, reason:
                "the record is longer than the maximum record size of \(CaseInputLimits.describe(bytes: limits.maximumRecordBytes))")
        }
        return nil
    }

    /// Reports a malformed record and resumes on the physical line after the one it started on, dropping
    /// what it skips as it goes (memory stays bounded).
    private func resync(line startLine: Int, reason: String) -> CSVRecord {
        var i = start
        while true {
            if let lf = buffer[i...].firstIndex(of: Self.lf) {
                scan = lf + 1
                break
            }
            start = buffer.count
            scan = buffer.count
            guard fill() else { break }
            i = start
        }
        line = startLine + 1
        state = RecordState()
        return .malformed(line: startLine, reason: reason)
    }

    // MARK: - Input

    /// Reads the next chunk, dropping the bytes before the current record first; false at end of input.
    @discardableResult
    private func fill() -> Bool {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scan -= start
            start = 0
        }
        while let chunk = source.read() {
            if chunk.isEmpty { continue }
            buffer.append(contentsOf: chunk)
            return true
        }
        return false
    }

    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for b in buffer[scan...] {
            if b == Self.quote { quoted.toggle() }
            if quoted { continue }
            if b == Self.lf { break }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "\t") { counts[b, default: 0] += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return order.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
    }
}

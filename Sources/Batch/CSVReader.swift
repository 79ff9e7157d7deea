import Foundation

/// One parsed record of a delimited file, or a record that could not be parsed.
public enum CSVRecord: Equatable, Sendable {
    /// A well-formed record: its fields, and the physical line it starts on (the header is line 1).
    case fields([String], line: Int)
    /// A malformed record, reported by the line it starts on; the reader resumes on the next line.
    case malformed(line: Int, reason: String)
}

/// A streaming RFC 4180 reader: quoted fields, `""` escapes, embedded newlines, CRLF or LF, a UTF-8 byte
/// order mark, and `,`, `;` (Excel in the Netherlands) or tab separators.
///
/// Memory stays flat: the reader holds one read chunk plus the record being parsed. A record that cannot
/// be parsed — typically an unbalanced quote, which would otherwise swallow the rest of the file — is
/// reported as `.malformed` and reading resumes on the line after the one where it started, so one bad
/// row never costs the others (issue: batch mail-merge, per-row isolation).
public final class CSVReader {
    /// The header fields (column names), as written.
    public private(set) var header: [String] = []
    /// The separator in use: given, or detected from the header line.
    public private(set) var delimiter: UInt8

    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    /// A quoted field longer than this is taken as an unbalanced quote rather than read to the end of the file.
    static let maximumRecordBytes = 1 << 20

    /// Opens `url` and reads the header. `delimiter` nil means detect (`;`, `,` or tab, whichever the header
    /// line has most of outside quotes).
    public init(url: URL, delimiter: UInt8? = nil) throws(BatchError) {
        guard let source = ByteSource(url: url) else { throw .cannotRead(url.path) }
        self.source = source
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        fill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if delimiter == nil { self.delimiter = detectDelimiter() }
        switch next() {
        case .fields(let names, _)?:
            header = names.map { $0.trimmingCharacters(in: .whitespaces) }
        case .malformed(_, let reason)?:
            throw .badHeader(file: url.lastPathComponent, reason: reason)
        case nil:
            throw .badHeader(file: url.lastPathComponent, reason: "the file is empty")
        }
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public func next() -> CSVRecord? {
        while true {
            if position >= buffer.count && !fill() { return nil }
            let start = position, startLine = line
            switch parseRecord(from: start) {
            case .needMore:
                if !fill() { return finishAtEnd(start: start, startLine: startLine) }
            case .blank(let end, let lines):
                position = end
                line += lines
            case .complete(let fields, let end, let lines):
                position = end
                line += lines
                if !header.isEmpty && fields.count != header.count {
                    if lines > 1 { return resync(after: start, line: startLine, reason: "unbalanced quote") }
                    return .malformed(line: startLine, reason: "expected \(header.count) fields, found \(fields.count)")
                }
                return .fields(fields, line: startLine)
            case .malformed(let reason):
                return resync(after: start, line: startLine, reason: reason)
            }
        }
    }

    // MARK: - Parsing

    private enum Parse {
        case complete([String], end: Int, lines: Int)
        case blank(end: Int, lines: Int)
        case needMore
        case malformed(String)
    }

    /// Parses one record starting at `start` inside the buffer, without consuming it.
    private func parseRecord(from start: Int) -> Parse {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = start, lines = 0
        var quoted = false, wasQuoted = false
        func finishField() -> Bool {
            guard let s = String(validating: field, as: UTF8.self) else { return false }
            fields.append(s)
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            return true
        }
        while i < buffer.count {
            let b = buffer[i]
            if quoted {
                if b == Self.quote {
                    guard i + 1 < buffer.count else { return source.atEnd ? closeQuote() : .needMore }
                    if buffer[i + 1] == Self.quote { field.append(Self.quote); i += 2; continue }
                    quoted = false
                    let after = buffer[i + 1]
                    if after != delimiter && after != Self.cr && after != Self.lf {
                        return .malformed("text after a closing quote (unbalanced quote)")
                    }
                    i += 1
                    continue
                }
                if b == Self.lf { lines += 1 }
                field.append(b)
                i += 1
                if i - start > Self.maximumRecordBytes { return .malformed("unbalanced quote") }
                continue
            }
            switch b {
            case Self.quote where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                i += 1
            case delimiter:
                guard finishField() else { return .malformed("not valid UTF-8") }
                i += 1
            case Self.cr, Self.lf:
                var end = i + 1
                if b == Self.cr {
                    guard end < buffer.count || source.atEnd else { return .needMore }
                    if end < buffer.count && buffer[end] == Self.lf { end += 1 }
                }
                if fields.isEmpty && field.isEmpty && !wasQuoted { return .blank(end: end, lines: lines + 1) }
                guard finishField() else { return .malformed("not valid UTF-8") }
                return .complete(fields, end: end, lines: lines + 1)
            default:
                field.append(b)
                i += 1
            }
        }
        guard source.atEnd else { return .needMore }
        if quoted { return .malformed("unbalanced quote") }
        if fields.isEmpty && field.isEmpty && !wasQuoted { return .blank(end: i, lines: 0) }
        guard finishField() else { return .malformed("not valid UTF-8") }
        return .complete(fields, end: i, lines: 1)

        func closeQuote() -> Parse {
            // A closing quote as the very last byte of the file.
            quoted = false
            i += 1
            guard finishField() else { return .malformed("not valid UTF-8") }
            return .complete(fields, end: i, lines: lines + 1)
        }
    }

    /// At end of input with an incomplete record: parse what there is (the source is now at its end).
    private func finishAtEnd(start: Int, startLine: Int) -> CSVRecord? {
        // `fill()` already dropped the bytes before the record, so it now starts at `position`.
        next()
    }

    /// Reports a malformed record and resumes on the physical line after the one it started on.
    private func resync(after start: Int, line startLine: Int, reason: String) -> CSVRecord {
        position = start
        var i = start
        while true {
            while i < buffer.count && buffer[i] != Self.lf { i += 1 }
            if i < buffer.count { break }
            let dropped = position
            if !fill() { break }
            i -= dropped  // `fill()` removed the bytes before `position`
        }
        position = min(i + 1, buffer.count)
        line = startLine + 1
        return .malformed(line: startLine, reason: reason)
    }

    // MARK: - Input

    /// Reads the next chunk, dropping consumed bytes first; false at end of input.
    @discardableResult
    private func fill() -> Bool {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        guard let chunk = source.read() else { return false }
        buffer.append(contentsOf: chunk)
        return true
    }

    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for b in buffer[position...] {
            if b == Self.quote { quoted.toggle() }
            if quoted { continue }
            if b == Self.lf { break }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "\t") { counts[b, default: 0] += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return order.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
    }
}

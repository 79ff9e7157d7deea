import Assembly
import Foundation

/// A problem with one row: the field (empty for the row as a whole) and why — never the value.
public struct RowProblem: Equatable, Sendable {
    /// Dotted field name, or empty.
    public let field: String
    /// The reason.
    public let reason: String
}

/// One line of `manifest.csv`.
public struct ManifestEntry: Equatable, Sendable {
    /// Line of the input the row starts on.
    public let row: Int
    /// Our case reference (not personal data).
    public let reference: String
    /// Language of the document.
    public let language: String
    /// File name inside the output folder.
    public let file: String
    /// SHA-256 of the file.
    public let sha256: String
    /// Size in bytes.
    public let size: Int
    /// Template and clause versions.
    public let provenance: Provenance
}

/// Writes `manifest.csv` and `rejects.csv` as the run goes, each to a temporary file renamed into place at
/// the end, so a report is never half-written and an interrupted run leaves the previous reports intact.
final class BatchReports {
    private let folder: URL
    private let inputName: String
    private var manifest: Sink
    private var rejects: Sink

    init(folder: URL, inputName: String) throws(BatchError) {
        self.folder = folder
        self.inputName = inputName
        manifest = try Sink(folder.appendingPathComponent("manifest.csv"))
        rejects = try Sink(folder.appendingPathComponent("rejects.csv"))
        try manifest.line(["row", "reference", "language", "file", "sha256", "bytes", "template", "template_version", "clauses"])
        try rejects.line(["file", "row", "field", "reason"])
    }

    func manifest(_ e: ManifestEntry) throws(BatchError) {
        let clauses = e.provenance.clauses.map { "\($0.id)@\($0.version)" }.joined(separator: " ")
        try manifest.line([String(e.row), e.reference, e.language, e.file, e.sha256, String(e.size),
                           e.provenance.templateID, String(e.provenance.templateVersion), clauses])
    }

    func reject(line: Int, problems: [RowProblem]) throws(BatchError) {
        for p in problems { try rejects.line([inputName, String(line), p.field, p.reason]) }
    }

    func finish() throws(BatchError) {
        try manifest.close()
        try rejects.close()
    }

    /// A CSV file written through a temporary name.
    private final class Sink {
        let url: URL
        let temporary: URL
        let handle: FileHandle
        var pending = [UInt8]()

        init(_ url: URL) throws(BatchError) {
            self.url = url
            temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                  let h = FileHandle(forWritingAtPath: temporary.path) else { throw .cannotWrite(url.path) }
            handle = h
        }

        func line(_ fields: [String]) throws(BatchError) {
            pending.append(contentsOf: fields.map(Self.quote).joined(separator: ",").utf8)
            pending.append(0x0A)
            if pending.count > 1 << 16 { try drain() }
        }

        func drain() throws(BatchError) {
            do { try handle.write(contentsOf: pending) } catch { throw .cannotWrite(url.path) }
            pending.removeAll(keepingCapacity: true)
        }

        func close() throws(BatchError) {
            try drain()
            try? handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw .cannotWrite(url.path) }
        }

        /// RFC 4180 quoting: only when needed.
        static func quote(_ field: String) -> String {
            // Scanning bytes, not Characters: the manifest line is written for every document.
            guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}

import Assembly
import DelimitedText
import Foundation

/// A problem with one row: the field (empty for the row as a whole) and why — never the value.
public struct RowProblem: Equatable, Sendable {
    /// Dotted field name, or empty.
    public let field: String
    /// The reason.
    public let reason: String
    /// Creates a problem (also for sinks such as the PDF conversion, whose problems go to rejects.csv).
    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
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

/// Writes `manifest.csv` and `rejects.csv` in place as the run goes, in row order.
///
/// Lines are buffered and written (one `write(2)` each time) by `flush`, which the run calls only after
/// the chunk's documents are on disk. So at every moment — after a crash, `kill -9` or a full disk as much
/// as after SIGINT — every manifest line names a file whose bytes on disk have that hash: the manifest is a
/// true prefix of the run (decision 032). The old reports are truncated when the run starts writing, so a
/// stale line can never outlive a `--force` replacement (the manifest used to keep thousands of hash
/// mismatches after an interrupted `--force` run). Every cell is neutralised against CSV injection (`CSVField.neutralised`, decision 034).
final class BatchReports {
    private let inputName: String
    private let manifest: Sink
    private let rejects: Sink

    init(folder: OutputFolder, inputName: String) throws(BatchError) {
        self.inputName = inputName
        manifest = try Sink(folder, "manifest.csv")
        rejects = try Sink(folder, "rejects.csv")
        manifest.line(["row", "reference", "language", "file", "sha256", "bytes", "template", "template_version", "clauses"])
        rejects.line(["file", "row", "field", "reason"])
        try flush()
    }

    func manifest(_ e: ManifestEntry) {
        let clauses = e.provenance.clauses.map { "\($0.id)@\($0.version)" }.joined(separator: " ")
        manifest.line([String(e.row), e.reference, e.language, e.file, e.sha256, String(e.size),
                       e.provenance.templateID, String(e.provenance.templateVersion), clauses])
    }

    func reject(line: Int, problems: [RowProblem]) {
        for p in problems { rejects.line([inputName, String(line), p.field, p.reason]) }
    }

    /// Writes the buffered lines; call once the documents they name are on disk.
    func flush() throws(BatchError) {
        try manifest.drain()
        try rejects.drain()
    }

    func finish() throws(BatchError) {
        try flush()
        try manifest.close()
        try rejects.close()
    }

    /// One report file, opened (and truncated) once.
    private final class Sink {
        let name: String
        let handle: FileHandle
        var pending = [UInt8]()

        init(_ folder: OutputFolder, _ name: String) throws(BatchError) {
            self.name = name
            let url = folder.url.appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: url.path, contents: nil),
                  let h = FileHandle(forWritingAtPath: url.path) else { throw .cannotWrite("\(folder.name)/\(name)") }
            handle = h
        }

        func line(_ fields: [String]) {
            pending.append(contentsOf: fields.map { CSVField.neutralised($0) }.joined(separator: ",").utf8)
            pending.append(0x0A)
        }

        func drain() throws(BatchError) {
            guard !pending.isEmpty else { return }
            do { try handle.write(contentsOf: pending) } catch { throw .cannotWrite(name) }
            pending.removeAll(keepingCapacity: true)
        }

        func close() throws(BatchError) {
            do { try handle.close() } catch { throw .cannotWrite(name) }
        }
    }
}

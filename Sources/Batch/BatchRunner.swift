import Assembly
import Dispatch
import DocumentOutput
import Foundation
import LegalCalendar
import ODF

/// Runs a mail-merge: one document per row, in parallel, with per-row isolation.
///
/// Fast by construction (DESIGN.md "Batch"): the library is parsed once; the parts every letter shares
/// (styles, manifest, images) are serialized and deflated once per language by `PackageTemplate`; each
/// row costs only its own assembly, `content.xml`, `meta.xml` and one file write. Rows are read in chunks
/// (memory stays flat), each chunk is assembled by `jobs` threads, and results are reported in row order,
/// so the output is the same for any number of jobs.
public final class BatchRunner: Sendable {
    private let library: Library
    private let options: BatchOptions
    private let assembler: Assembler
    private let templates = PackageTemplateCache()

    /// Creates a runner for a loaded library.
    public init(library: Library, options: BatchOptions) {
        self.library = library
        self.options = options
        self.assembler = Assembler(library: library)
    }

    /// Runs the batch. Row problems go to `rejects.csv`; only problems that stop the whole run throw.
    public func run(progress: (BatchProgress) -> Void = { _ in }) throws(BatchError) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        guard library.templateIDs.contains(options.templateID) else {
            throw .library("unknown template \(options.templateID); known: \(library.templateIDs.joined(separator: ", "))")
        }
        do {
            try FileManager.default.createDirectory(at: options.outputFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(options.outputFolder.path)
        }
        let total = try countRecords()
        let range = options.shard?.range(total: total) ?? 0..<total
        let reports = try BatchReports(folder: options.outputFolder, inputName: options.input.lastPathComponent)
        let combined = options.combined.map { CombinedDocument(url: $0, styleSheet: library.styleSheet) }
        let source = try openRowSource(options.input, delimiter: options.delimiter)
        var summary = BatchSummary()
        var claimed: [String: Int] = [:]   // file stem → row that owns it
        let chunks = try ChunkReader(source: source, range: range, chunkSize: options.chunkSize)
        defer { chunks.close() }
        while let chunk = chunks.next() {
            let results = process(chunk)
            for result in finalize(results, claimed: &claimed) {
                summary.rows += 1
                switch result.outcome {
                case .written(let entry, let fresh):
                    if fresh { summary.written += 1 } else { summary.unchanged += 1 }
                    summary.bytes += entry.size
                    try reports.manifest(entry)
                case .rejected(let problems):
                    summary.rejected += 1
                    try reports.reject(line: result.line, problems: problems)
                }
                if let combined, let document = result.document { combined.append(document) }
            }
            progress(BatchProgress(done: summary.rows, total: range.count, seconds: Self.seconds(since: start)))
        }
        try reports.finish()
        if let combined { try combined.write(overwrite: options.force) }
        summary.seconds = Self.seconds(since: start)
        return summary
    }

    // MARK: - One chunk

    /// The result of one row before its file is written.
    struct RowResult {
        let line: Int
        var outcome: Outcome
        var document: Document?
        var bytes: [UInt8] = []
        var stem = ""
        enum Outcome {
            case written(ManifestEntry, fresh: Bool)
            case rejected([RowProblem])
        }
    }

    /// Assembles and packages every row of the chunk in parallel (phase 1).
    private func process(_ rows: [InputRow]) -> [RowResult] {
        let results = Slots<RowResult?>(count: rows.count, initial: nil)
        defer { results.deallocate() }
        let keepModel = options.combined != nil
        ParallelFor.run(count: rows.count, workers: options.jobs) { i in
            results.buffer[i] = self.render(rows[i], keepModel: keepModel)
        }
        return results.buffer.map { $0! }
    }

    /// Claims file names in row order (so a duplicate reference always loses to the earlier row, whatever
    /// the thread timing), then writes the files in parallel (phases 2 and 3).
    private func finalize(_ results: [RowResult], claimed: inout [String: Int]) -> [RowResult] {
        var results = results
        for i in results.indices {
            guard case .written = results[i].outcome else { continue }
            let stem = results[i].stem
            if let owner = claimed[stem] {
                results[i].outcome = .rejected([RowProblem(field: "reference",
                    reason: "same reference and language as row \(owner): the document name would clash")])
                results[i].document = nil
            } else {
                claimed[stem] = results[i].line
            }
        }
        let slots = Slots<RowResult>(copying: results)
        defer { slots.deallocate() }
        ParallelFor.run(count: results.count, workers: options.jobs) { i in
            self.write(&slots.buffer[i])
        }
        return Array(slots.buffer)
    }

    /// Assembles and packages one row; never throws: every problem becomes a rejection.
    private func render(_ row: InputRow, keepModel: Bool) -> RowResult {
        switch row {
        case .malformed(let line, let reason):
            return RowResult(line: line, outcome: .rejected([RowProblem(field: "", reason: reason)]))
        case .data(let data, let line):
            // Defaults are passed, never written into the row (decision 012).
            let renderOptions = RenderOptions(defaultLanguage: options.language, dateOverride: options.date,
                                              defaultDate: options.defaultDate, strict: options.strict)
            switch assembler.assemble(template: options.templateID, data: data, options: renderOptions) {
            case .failure(let diagnostics):
                let problems = diagnostics.items.filter { $0.severity == .error }.map { RowProblem(field: $0.field ?? "", reason: $0.message) }
                return RowResult(line: line, outcome: .rejected(problems))
            case .success(let assembled):
                do {
                    let template = try templates.template(for: assembled.document, styleSheet: assembled.styleSheet)
                    let bytes = try template.package(assembled.document)
                    let entry = ManifestEntry(row: line, reference: assembled.reference ?? "",
                                              language: assembled.provenance.language, file: assembled.fileStem + ".odt",
                                              sha256: SHA256.hex(bytes), size: bytes.count, provenance: assembled.provenance)
                    return RowResult(line: line, outcome: .written(entry, fresh: true),
                                     document: keepModel ? assembled.document : nil, bytes: bytes, stem: assembled.fileStem)
                } catch {
                    return RowResult(line: line, outcome: .rejected([RowProblem(field: "", reason: "cannot be written as ODF: \(error)")]))
                }
            }
        }
    }

    /// Writes one packaged document atomically (phase 3).
    private func write(_ result: inout RowResult) {
        guard case .written(let entry, _) = result.outcome else { return }
        let url = options.outputFolder.appendingPathComponent(entry.file)
        do {
            switch try AtomicFileWriter.write(result.bytes, to: url, overwrite: options.force) {
            case .written, .replaced: result.outcome = .written(entry, fresh: true)
            case .unchanged: result.outcome = .written(entry, fresh: false)
            case .existsDifferent:
                result.outcome = .rejected([RowProblem(field: "", reason: "\(entry.file) exists with other content; not overwritten (use --force)")])
                result.document = nil
            }
        } catch {
            // The file name only, never the machine path (issue 15): reports travel beyond this machine.
            result.outcome = .rejected([RowProblem(field: "", reason: "\(entry.file): cannot be written (\(String(cString: strerror(error.errno))))")])
            result.document = nil
        }
        result.bytes = []
    }

    /// Counts the records (cheap: parsing only, no case data built) so shards and progress know the total.
    private func countRecords() throws(BatchError) -> Int {
        try countRowRecords(options.input, delimiter: options.delimiter)
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

import Assembly
import Dispatch
import DocumentOutput
import Foundation
import LegalCalendar
import ODF
import Threads

/// Runs a mail-merge: one document per row, in parallel, with per-row isolation.
///
/// Fast by construction (DESIGN.md "Batch"): the library is parsed once; the parts every letter shares
/// (styles, manifest, images) are serialized and deflated once per `PackageTemplate.Key`; each row costs
/// only its own assembly, `content.xml`, `meta.xml` and one file write. Rows are read in chunks (memory
/// stays flat), each chunk is assembled by `jobs` threads, and results are reported in row order, so the
/// output is the same for any number of jobs.
///
/// Safe by construction (decisions 032–033): everything that can stop the whole run — options, resources,
/// the header — is checked before anything is written; the output folder is locked for the run; the
/// reports are a true prefix of the run at every moment; SIGINT/SIGTERM stop after the current chunk with
/// the reports finished.
public final class BatchRunner: Sendable {
    let library: Library
    let options: BatchOptions
    let assembler: Assembler
    let templates = PackageTemplateCache()
    /// How the run's threads are started: `pthread_create`; tests make it refuse the k-th (decision 195).
    let threads: ThreadStarter

    /// Creates a runner for a loaded library.
    public convenience init(library: Library, options: BatchOptions) {
        self.init(library: library, options: options, threads: .system)
    }

    init(library: Library, options: BatchOptions, threads: ThreadStarter) {
        self.library = library
        self.options = options
        self.assembler = Assembler(library: library)
        self.threads = threads
    }

    /// Runs the batch. Row problems go to `rejects.csv`; only problems that stop the whole run throw.
    /// `stop` is checked after every chunk.
    public func run(progress: (BatchProgress) -> Void = { _ in }, stop: StopSignal = StopSignal()) throws(BatchError) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        guard library.templateIDs.contains(options.templateID) else {
            throw .library("unknown template \(options.templateID); known: \(library.templateIDs.joined(separator: ", "))")
        }
        // A template file that cannot be read or parsed refuses the run, with its located error, before
        // any row (every row would be rejected for it, and the rejects would blame the rows).
        let broken = library.templateLoadErrors(options.templateID)
        if !broken.isEmpty { throw .library(broken.map(\.description).joined(separator: "\n")) }
        try options.validate()
        let combinedTarget = try options.combined.map { url throws(BatchError) in try CombinedTarget(url, templateID: options.templateID) }
        try BatchResources.ensureFileDescriptors(jobs: options.jobs)

        // Everything that can refuse the whole input, before anything is written.
        let inputName = options.input.lastPathComponent
        let source = try openRowSource(options.input, delimiter: options.delimiter, encoding: options.encoding)
        let fields = FieldCheck(library: library, templateID: options.templateID)
        if let columns = source.columns {
            try fields.checkHeader(columns, file: inputName)
            if options.strict, let warning = fields.warning(file: inputName) { throw .invalidOption("\(warning) (--strict)") }
        }
        let total = try countRowRecords(options.input, delimiter: options.delimiter, encoding: options.encoding)
        let range = options.shard?.range(total: total) ?? 0..<total
        // The run's first thread, before the output folder is touched: with no threads left the run stops
        // here with exit 74, and an earlier run's documents and reports stay as they were (decision 195).
        let chunks = try ChunkReader(source: source, range: range, chunkSize: options.chunkSize, starter: threads)
        defer { chunks.close() }

        let folder = try OutputFolder(url: options.outputFolder, name: options.outputName)
        folder.removeStaleTemporaries()
        defer { folder.removeStaleTemporaries() }
        let reports = try BatchReports(folder: folder, inputName: inputName)
        let combined = combinedTarget.map { CombinedDocument(target: $0, styleSheet: library.styleSheet) }
        var claims = FileNameClaims()
        if let combinedTarget, combinedTarget.folder.standardizedFileURL == options.outputFolder.standardizedFileURL {
            // Two-language besluits (Awb 2:6) go into `BASE-nl-LANG.odt` (CombinedDocument.fileLanguage).
            claims.reserve(combinedTarget.reservedNames(languages: library.languages + library.languages.map { "nl-\($0)" }))
        }
        var summary = BatchSummary()
        var warnings = WarningTally()
        var shortfall: ParallelFor.Shortfall?
        while let chunk = chunks.next() {
            if let signal = stop.signal {
                summary.interruptedBy = signal
                break
            }
            if source.columns == nil { for row in chunk { if case .data(let d, _) = row { fields.checkKeys(d.values.keys) } } }
            let results = finalize(process(chunk, shortfall: &shortfall), claims: &claims, shortfall: &shortfall)
            for result in results {
                summary.rows += 1
                warnings.add(result.warnings, row: result.line)
                switch result.outcome {
                case .written(let entry, let fresh):
                    if fresh { summary.written += 1 } else { summary.unchanged += 1 }
                    summary.bytes += entry.size
                    let written = WrittenDocument(row: result.line, file: options.outputFolder.appendingPathComponent(entry.file),
                                                  entry: entry, fresh: fresh)
                    for sink in options.sinks { sink.accept(written) }
                    reports.manifest(entry)
                case .rejected(let problems):
                    summary.rejected += 1
                    reports.reject(line: result.line, problems: problems)
                }
                if let combined, let document = result.document { combined.append(document) }
            }
            try reports.flush()   // the chunk's documents are on disk: their lines may now be written
            progress(BatchProgress(done: summary.rows, total: range.count, seconds: Self.seconds(since: start)))
        }
        chunks.close()
        for sink in options.sinks {
            for (row, problem) in sink.finish(interrupted: summary.interruptedBy != nil) { reports.reject(line: row, problems: [problem]) }
        }
        try reports.finish()
        if let warning = fields.warning(file: inputName) { summary.warnings.append(warning) }
        if let shortfall { summary.warnings.append(shortfall.warning) }
        summary.warnings += warnings.lines
        if let combined {
            if summary.interruptedBy == nil {
                try combined.write(overwrite: options.force)
            } else {
                summary.warnings.append("the combined file was not written: the run was interrupted")
            }
        }
        summary.seconds = Self.seconds(since: start)
        return summary
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

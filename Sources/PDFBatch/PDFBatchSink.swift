import Batch
import Foundation
import PDFConversion
import Synchronization

/// Turns a batch's documents into PDFs as they are written: the batch hands each `.odt` on disk to
/// `accept` (in row order), the sink queues it on the converter pool at once, and `finish` waits, writes
/// `manifest-pdf.csv` and, when asked, the combined print file. Rows whose PDF fails come back as
/// rejects, with the reason; the others finish (docs/decisions/062-pdf-batch.md).
public final class PDFBatchSink: DocumentSink, @unchecked Sendable {
    /// What the sink makes.
    public struct Settings: Sendable {
        /// The output folder (the batch's `--out`).
        public var folder: URL
        /// The formats of the run (the PDF ones are made here).
        public var formats: OutputFormats
        /// Pool size, time limit, restarts.
        public var pool: ConverterPool.Settings
        /// Replace PDFs that exist with other content.
        public var force: Bool
        /// The combined print PDF, if asked for.
        public var printFile: URL?
        /// Start every letter of the print file on an odd page.
        public var duplex: Bool
        /// ODT bytes of one empty page in the letters' page style (for duplex), made by the caller.
        public var blankPageODT: [UInt8]?
        /// Asked while waiting for the conversions at the end: a signal number (SIGINT, SIGTERM) stops the
        /// waiting, drops the queued documents and kills the converters.
        public var stopRequested: @Sendable () -> Int32? = { nil }
        /// Creates settings; see the properties.
        public init(folder: URL, formats: OutputFormats, pool: ConverterPool.Settings, force: Bool,
                    printFile: URL? = nil, duplex: Bool = false, blankPageODT: [UInt8]? = nil) {
            self.folder = folder
            self.formats = formats
            self.pool = pool
            self.force = force
            self.printFile = printFile
            self.duplex = duplex
            self.blankPageODT = blankPageODT
        }
    }

    /// What finish did, for the CLI's summary line.
    public struct Outcome: Sendable, Equatable {
        public var converted = 0, current = 0, failed = 0
        public var printFilePages = 0
        public var printFileError: String?
        /// The signal that stopped the conversions, if one did.
        public var interruptedBy: Int32?
    }

    private let settings: Settings
    private let producer: PDFProducer
    private let rows = Mutex([Int: RowState]())
    private let order = Mutex([Int]())
    private(set) public var outcome = Outcome()

    struct RowState {
        let document: WrittenDocument
        var results: [Result<PDFOutput.Placed, ProductionError>]?
    }

    /// Creates the sink and its pool (converters start on the first document).
    public init(settings: Settings, factory: @escaping ConverterPool.Factory) throws(ConversionError) {
        self.settings = settings
        producer = try PDFProducer(output: PDFOutput(folder: settings.folder, formats: settings.formats, force: settings.force),
                                   settings: settings.pool, factory: factory)
    }

    /// Converters working: the pool size asked for, or fewer when the system refused threads.
    public var converterWorkers: Int { producer.workers }

    public func accept(_ document: WrittenDocument) {
        order.withLock { $0.append(document.row) }
        rows.withLock { $0[document.row] = RowState(document: document, results: nil) }
        let stem = String(document.entry.file.dropLast(".odt".count))
        producer.submit(stem: stem, odtSHA256: document.entry.sha256, source: .file(document.file)) { [self] results in
            self.rows.withLock { $0[document.row]?.results = results }
        }
    }

    public func finish(interrupted: Bool) -> [(row: Int, problem: RowProblem)] {
        var interrupted = interrupted
        if !interrupted, !producer.waitUntilIdle(unless: { settings.stopRequested() != nil }) {
            interrupted = true
            outcome.interruptedBy = settings.stopRequested()
        }
        if interrupted {
            producer.cancel()   // queued documents are dropped, converters killed: nothing keeps running
        }
        var problems: [(row: Int, problem: RowProblem)] = []
        var lines: [PDFManifest.Line] = []
        var printParts: [PrintFile.Part] = []
        let printFormat = settings.formats.contains(.pdf) ? OutputFormat.pdf : settings.formats.pdfFormats.first
        let all = rows.withLock { $0 }
        for row in order.withLock({ $0 }) {
            guard let state = all[row], let results = state.results else { continue }
            var rowOK = true
            for (format, result) in zip(settings.formats.pdfFormats, results) {
                switch result {
                case .success(let placed):
                    if placed.fresh { outcome.converted += 1 } else { outcome.current += 1 }
                    lines.append(PDFManifest.Line(document: state.document, pdf: placed))
                case .failure(.conversion(.cancelled)):
                    rowOK = false
                case .failure(let error):
                    rowOK = false
                    outcome.failed += 1
                    // The file of this format: a failed PDF/A is named NAME.pdfa.pdf, not NAME.pdf (issue 14 audit).
                    problems.append((row, RowProblem(field: "", reason: "\(settings.formats.fileName(stem: String(state.document.entry.file.dropLast(4)), format: format)): \(error)")))
                }
            }
            if rowOK, let placed = lines.last(where: { $0.row == row && $0.pdf.format == printFormat }) {
                printParts.append(PrintFile.Part(row: row, file: settings.folder.appendingPathComponent(placed.pdf.file), pages: placed.pdf.pages))
            }
        }
        if let printFile = settings.printFile, !interrupted {
            buildPrintFile(printFile, parts: printParts, lines: &lines)
        }
        producer.finish()
        do { try PDFManifest.write(lines, to: settings.folder) } catch { outcome.printFileError = outcome.printFileError ?? "\(error)" }
        return problems
    }

    private func buildPrintFile(_ url: URL, parts: [PrintFile.Part], lines: inout [PDFManifest.Line]) {
        guard !parts.isEmpty else { outcome.printFileError = "no letters for the print file"; return }
        do throws(ConversionError) {
            let blank = settings.duplex ? try makeBlankPage() : nil
            let placements = try PrintFile.build(parts: parts, duplex: settings.duplex, blankPage: blank, output: url, overwrite: true)
            var byRow: [Int: PrintFile.Placement] = [:]
            for p in placements { byRow[p.row] = p }
            let printFormat = settings.formats.contains(.pdf) ? OutputFormat.pdf : settings.formats.pdfFormats.first
            for i in lines.indices where lines[i].pdf.format == printFormat { lines[i].print = byRow[lines[i].row] }
            outcome.printFilePages = (placements.last.map { $0.lastPage + ($0.blankAfter ? 1 : 0) }) ?? 0
        } catch {
            outcome.printFileError = error.description
        }
    }

    /// Converts the blank page's ODT once, on the pool, into the private folder.
    private func makeBlankPage() throws(ConversionError) -> URL {
        guard let odt = settings.blankPageODT else { throw .failed("no blank page for duplex") }
        let result = Mutex<Result<PDFOutput.Placed, ProductionError>?>(nil)
        let scratch = PDFOutput(folder: producer.scratchFolder, formats: try! OutputFormats(parsing: ["pdf"]), force: true)
        producer.submit(stem: "blank-page", odtSHA256: String(repeating: "0", count: 64), source: .bytes(odt), into: scratch) { r in
            result.withLock { $0 = r.first }
        }
        producer.waitUntilIdle()
        switch result.withLock({ $0 }) {
        case .success(let placed)?: return producer.scratchFolder.appendingPathComponent(placed.file)
        case .failure(let e)?: throw .failed("the blank page: \(e)")
        case nil: throw .failed("the blank page was not made")
        }
    }
}

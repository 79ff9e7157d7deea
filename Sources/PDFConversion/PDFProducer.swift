import DocumentOutput
import Foundation
import Synchronization

/// Makes the PDFs of documents as they are written: the one entry point the CLI and the batch use.
///
/// For each document it skips the formats whose PDF is already current (by the source ODT's SHA-256,
/// `PDFOutput.current`), converts the others on the `ConverterPool`, and places each PDF atomically. A
/// PDF is converted into a private folder first, so the output folder never holds half a PDF.
public final class PDFProducer: @unchecked Sendable {
    /// Where the ODT to convert comes from.
    public enum Source: Sendable {
        /// An ODT already written in the output folder.
        case file(URL)
        /// ODT bytes that are not kept (`--format pdf` only): staged in the private folder, removed after.
        case bytes([UInt8])
    }

    /// What happened to one document: a result per PDF format, in format order.
    public typealias Completion = @Sendable ([Result<PDFOutput.Placed, ProductionError>]) -> Void

    /// The output the PDFs go to.
    public let output: PDFOutput
    private let pool: ConverterPool
    private let work: PrivateFolder
    private let counter = AtomicCounter()
    /// A private folder for by-products (the blank page), removed with the producer.
    public let scratchFolder: URL

    /// Creates a producer with a pool of `settings.size` converters made by `factory`.
    public init(output: PDFOutput, settings: ConverterPool.Settings, factory: @escaping ConverterPool.Factory) throws(ConversionError) {
        self.output = output
        // The pool first: with no thread left it throws `.resources` before any folder is made (decision 195).
        pool = try ConverterPool(settings: settings, factory: factory)
        work = try PrivateFolder(prefix: "pdf")
        scratchFolder = work.url.appendingPathComponent("scratch", isDirectory: true)
        try? FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
    }

    /// The pool's counters.
    public var statistics: ConverterPool.Statistics { pool.statistics }
    /// Converters working: as asked, or fewer when the system refused threads.
    public var workers: Int { pool.workers }

    /// Queues the PDFs of one document; `completion` runs once all its formats are done (maybe at once).
    /// `into` places the PDFs in another output than the producer's (the print file's blank page).
    public func submit(stem: String, odtSHA256: String, source: Source, into target: PDFOutput? = nil, completion: @escaping Completion) {
        let output = target ?? self.output
        let formats = output.formats.pdfFormats
        var results = [Result<PDFOutput.Placed, ProductionError>?](repeating: nil, count: formats.count)
        var missing: [Int] = []
        for (i, format) in formats.enumerated() {
            if let placed = output.current(stem: stem, format: format, odtSHA256: odtSHA256) { results[i] = .success(placed) } else { missing.append(i) }
        }
        guard !missing.isEmpty else { return completion(results.map { $0! }) }
        let input: URL
        var staged: URL?
        switch source {
        case .file(let url): input = url
        case .bytes(let bytes):
            let url = work.url.appendingPathComponent("\(counter.increment()).odt")
            guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
                for i in missing { results[i] = .failure(.conversion(.failed("cannot stage the ODT"))) }
                return completion(results.map { $0! })
            }
            input = url
            staged = url
        }
        // One job for every missing format: LibreOffice loads the letter once and exports it per format.
        let outputs = missing.map { ConversionJob.Output(format: formats[$0], url: work.url.appendingPathComponent("\(counter.increment()).pdf")) }
        let stagedCopy = staged, known = results, slots = missing
        pool.submit(ConversionJob(input: input, outputs: outputs)) { result in
            var results = known
            for (i, converted) in zip(slots, outputs) {
                let outcome: Result<PDFOutput.Placed, ProductionError>
                switch result {
                case .failure(let e):
                    outcome = .failure(.conversion(e))
                case .success(let report):
                    do throws(PDFPlacementError) {
                        outcome = .success(try output.place(converted: converted.url, stem: stem, format: converted.format,
                                                            odtSHA256: odtSHA256, pages: report.pages))
                    } catch {
                        outcome = .failure(.placement(error))
                    }
                }
                if case .failure = outcome { try? FileManager.default.removeItem(at: converted.url) }
                results[i] = outcome
            }
            if let stagedCopy { try? FileManager.default.removeItem(at: stagedCopy) }
            completion(results.map { $0! })
        }
    }

    /// Waits until every submitted document is done.
    public func waitUntilIdle() { pool.waitUntilIdle() }

    /// Waits until every submitted document is done or `stop()` returns true (checked every 0.1 s);
    /// false when stopped.
    public func waitUntilIdle(unless stop: () -> Bool) -> Bool {
        while !pool.waitUntilIdle(seconds: 0.1) { if stop() { return false } }
        return true
    }

    /// Waits for the queued documents, then stops every converter and removes the private folder.
    public func finish() {
        pool.shutdown()
        work.remove()
    }

    /// Stops at once: queued documents complete as cancelled, converters are killed.
    public func cancel() {
        pool.cancel()
        work.remove()
    }
}

/// Why one PDF of a document was not made.
public enum ProductionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The converter failed, timed out, crashed or is unavailable.
    case conversion(ConversionError)
    /// The PDF could not be put in place.
    case placement(PDFPlacementError)

    public var description: String {
        switch self {
        case .conversion(let e): return e.description
        case .placement(let e): return e.description
        }
    }
}

extension LibreOffice {
    /// Whether the fast long-lived converters can be used (a Python with `uno` was found).
    public var hasUNO: Bool { python != nil }

    /// Makes converters for this installation: long-lived UNO converters when python3-uno is there, else
    /// one `soffice --convert-to` per document (slow; the CLI warns).
    public var converterFactory: ConverterPool.Factory {
        let office = self
        return { () throws(ConversionError) -> any DocumentConverter in
            office.hasUNO ? try UNOConverter(office: office) : CommandLineConverter(office: office)
        }
    }
}

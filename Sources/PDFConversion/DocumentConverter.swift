import Foundation

/// One document to convert: an ODT on disk to one PDF file per format asked for (private paths the caller
/// then moves into place atomically).
///
/// Several formats of one document are one job: LibreOffice loads and lays out the letter once and exports
/// it once per format (`--format pdf,pdfa`: one load instead of two; decision 060, "One load for every
/// format"). The job succeeds or fails as a whole.
public struct ConversionJob: Sendable, Equatable {
    /// One PDF to write.
    public struct Output: Sendable, Equatable {
        /// `.pdf` or `.pdfa`.
        public let format: OutputFormat
        /// Where the converter writes it.
        public let url: URL
        /// Creates an output.
        public init(format: OutputFormat, url: URL) {
            self.format = format
            self.url = url
        }
    }

    /// The source `.odt`.
    public let input: URL
    /// The PDFs to write, in order; never empty, each format at most once.
    public let outputs: [Output]

    /// A job with one PDF.
    public init(input: URL, output: URL, format: OutputFormat) {
        self.init(input: input, outputs: [Output(format: format, url: output)])
    }

    /// A job with one PDF per output.
    public init(input: URL, outputs: [Output]) {
        precondition(!outputs.isEmpty && Set(outputs.map(\.format)).count == outputs.count, "one output per format")
        self.input = input
        self.outputs = outputs
    }
}

/// What a successful conversion reports.
public struct ConversionReport: Sendable, Equatable {
    /// Pages in the PDF, as laid out by LibreOffice.
    public let pages: Int
    /// Creates a report.
    public init(pages: Int) { self.pages = pages }
}

/// A long-lived PDF converter. One converter handles one document at a time; a `ConverterPool` runs one per
/// job (worker). Implementations own their processes and must leave none behind after `stop()`.
public protocol DocumentConverter: AnyObject {
    /// Starts the converter (idempotent). Throws `.unavailable` when it cannot be started at all.
    func start() throws(ConversionError)
    /// Converts one document to each of its outputs within `timeout` seconds per output. On `.timedOut` or `.crashed` the converter has
    /// already killed its processes; the pool starts a fresh one.
    func convert(_ job: ConversionJob, timeout: Double) throws(ConversionError) -> ConversionReport
    /// Stops the converter and everything it started; safe to call more than once.
    func stop()
}

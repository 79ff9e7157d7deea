import Foundation

/// One document to convert: an ODT on disk to a PDF file at `output` (a private path the caller then moves
/// into place atomically).
public struct ConversionJob: Sendable, Equatable {
    /// The source `.odt`.
    public let input: URL
    /// Where the converter writes the PDF.
    public let output: URL
    /// `.pdf` or `.pdfa`.
    public let format: OutputFormat

    /// Creates a job.
    public init(input: URL, output: URL, format: OutputFormat) {
        self.input = input
        self.output = output
        self.format = format
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
    /// Converts one document within `timeout` seconds. On `.timedOut` or `.crashed` the converter has
    /// already killed its processes; the pool starts a fresh one.
    func convert(_ job: ConversionJob, timeout: Double) throws(ConversionError) -> ConversionReport
    /// Stops the converter and everything it started; safe to call more than once.
    func stop()
}

import DocumentOutput
import Foundation

/// Places converted PDFs into an output folder atomically and decides which PDFs a run still has to make
/// (by their source ODT, through the `PDFSourceLedger`). One per output folder and run.
public final class PDFOutput: Sendable {
    /// A PDF that is in place, with what the manifest records about it.
    public struct Placed: Equatable, Sendable {
        /// `.pdf` or `.pdfa`.
        public let format: OutputFormat
        /// File name inside the folder.
        public let file: String
        /// SHA-256 of the PDF as written.
        public let sha256: String
        /// Size in bytes.
        public let size: Int
        /// Pages (0 when the converter did not say and it was not counted).
        public let pages: Int
        /// False when the PDF was already current (made from the same ODT) and left alone.
        public let fresh: Bool
    }

    /// The folder.
    public let folder: URL
    /// What the run writes.
    public let formats: OutputFormats
    private let force: Bool
    private let ledger: PDFSourceLedger

    /// Creates the output for a folder (which must exist); reads its ledger.
    public init(folder: URL, formats: OutputFormats, force: Bool) {
        self.folder = folder
        self.formats = formats
        self.force = force
        ledger = PDFSourceLedger(folder: folder)
    }

    /// The PDF of `stem` in `format` if it is already current for an ODT with `odtSHA256`, else nil.
    /// With `--force` nothing is current: every PDF is made again.
    public func current(stem: String, format: OutputFormat, odtSHA256: String) -> Placed? {
        guard !force else { return nil }
        let file = formats.fileName(stem: stem, format: format)
        guard let recorded = ledger.entry(of: file, format: format, madeFrom: odtSHA256),
              let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { return nil }
        let sha = SHA256.hex([UInt8](bytes))
        guard sha == recorded.pdf else { return nil }
        return Placed(format: format, file: file, sha256: sha, size: bytes.count, pages: recorded.pages, fresh: false)
    }

    /// Moves a converted PDF (at a private path) into place atomically and records it in the ledger.
    /// Refuses to replace a PDF that the ledger does not know as ours unless `force` (exit 3 / a reject).
    public func place(converted: URL, stem: String, format: OutputFormat, odtSHA256: String, pages: Int) throws(PDFPlacementError) -> Placed {
        let file = formats.fileName(stem: stem, format: format)
        guard let data = FileManager.default.contents(atPath: converted.path), Self.isComplete(data) else {
            throw .notAPDF(file)
        }
        let bytes = [UInt8](data)
        try? FileManager.default.removeItem(at: converted)
        let target = folder.appendingPathComponent(file)
        // A PDF this folder's ledger knows (an earlier, now stale, conversion of ours) may be replaced;
        // anything else is somebody's file and needs --force.
        let ours = ledgerKnows(file)
        let outcome: AtomicFileWriter.Outcome
        do { outcome = try AtomicFileWriter.write(bytes, to: target, overwrite: force || ours) } catch { throw .cannotWrite(file, error.description) }
        if outcome == .existsDifferent { throw .exists(file) }
        let sha = SHA256.hex(bytes)
        do { try ledger.record(file, format: format, odtSHA256: odtSHA256, pdfSHA256: sha, pages: pages) } catch { throw .cannotWrite(PDFSourceLedger.fileName, "\(error)") }
        return Placed(format: format, file: file, sha256: sha, size: bytes.count, pages: pages, fresh: true)
    }

    private func ledgerKnows(_ file: String) -> Bool { ledger.knows(file) }

    /// A whole PDF file: the header `%PDF-` (ISO 32000-1 §7.5.2) and the end-of-file marker `%%EOF` within
    /// its last 1,024 bytes (§7.5.5; readers look for it there). A converter that answered "done" but left a
    /// truncated file (a full disk, a killed write) must not have it placed as the letter's PDF.
    static func isComplete(_ data: Data) -> Bool {
        data.starts(with: Array("%PDF-".utf8)) && data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil
    }
}

/// A converted PDF could not be put in place.
public enum PDFPlacementError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A different file of that name exists and `--force` was not given.
    case exists(String)
    /// The converter's output is missing, not a PDF, or truncated.
    case notAPDF(String)
    /// Writing failed.
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .exists(let f):
            return "\(f) exists and \(PDFSourceLedger.fileName) has no record of making it; not overwritten (use --force to replace it)"
        case .notAPDF(let f): return "\(f): LibreOffice produced no complete PDF"
        case .cannotWrite(let f, let why): return "\(f): cannot write (\(why))"
        }
    }
}

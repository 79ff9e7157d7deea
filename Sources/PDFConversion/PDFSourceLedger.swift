import Foundation
import Synchronization

/// Remembers, per PDF in an output folder, the SHA-256 of the ODT it was made from and of the PDF itself:
/// `.privdoc-pdf-sources` (tab-separated `file`, `odt_sha256`, `pdf_sha256`, `pages`, `format`, one line appended per
/// PDF placed, the last line for a file wins; older lines of three or four fields, without the format, are
/// read but never count as current: such a PDF is converted once more).
///
/// Why: LibreOffice's PDFs carry a creation date and random ids, so a PDF is never byte-identical twice and
/// its bytes cannot tell a re-run whether it is current. The ODT is deterministic, so "unchanged" is decided
/// by the source: a PDF is current when the ledger says it was made from this very ODT and the file on disk
/// still has the recorded bytes. Each line is appended with one `write(2)` after the PDF is in place, so an
/// interrupted run leaves at most PDFs without a line (converted again next time), never a line without its
/// PDF. A torn last line (power loss) fails to parse and is ignored; the next line written starts on a line
/// of its own, so the tear costs that one PDF, not the next one as well.
///
/// The pages are kept so that a re-run's `manifest-pdf.csv` lists them for the PDFs it left alone, as the
/// first run did (they were empty).
public final class PDFSourceLedger: Sendable {
    /// The ledger's file name inside the output folder.
    public static let fileName = ".privdoc-pdf-sources"

    /// What the ledger knows of one PDF.
    public struct Entry: Sendable, Equatable {
        /// SHA-256 of the ODT it was made from, and of the PDF as written.
        public let odt: String, pdf: String
        /// Its pages; 0 when unknown (a line of the three-field form).
        public let pages: Int
        /// The format it was made as (`pdf`, `pdfa`); nil on older lines, which are never current.
        public let format: OutputFormat?
    }
    private struct State { var entries: [String: Entry]; var torn: Bool }
    private let url: URL
    private let state: Mutex<State>

    /// Reads the ledger of `folder` (empty when there is none).
    public init(folder: URL) {
        url = folder.appendingPathComponent(Self.fileName)
        var found: [String: Entry] = [:]
        var torn = false
        // Decoded leniently: one line of bytes that are not UTF-8 (a hand edit, a disk error) must not make
        // the whole ledger unreadable — every PDF in the folder would then be refused as somebody else's.
        if let data = FileManager.default.contents(atPath: url.path) {
            let text = String(decoding: data, as: UTF8.self)
            torn = !text.isEmpty && !text.hasSuffix("\n")
            for line in text.split(separator: "\n") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard (3...5).contains(f.count), f[1].count == 64, f[2].count == 64 else { continue }
                let pages = f.count >= 4 ? Int(f[3]) : 0
                guard let pages, pages >= 0 else { continue }
                let format = f.count == 5 ? OutputFormat(rawValue: String(f[4])) : nil
                found[String(f[0])] = Entry(odt: String(f[1]), pdf: String(f[2]), pages: pages, format: format)
            }
        }
        state = Mutex(State(entries: found, torn: torn))
    }

    /// What the ledger records for `file` when it was made as `format` from an ODT with `odtSHA256`, else
    /// nil. The format counts: `X.pdf` is the plain PDF in one run and the PDF/A in a run that asks for
    /// `pdfa` alone, and a plain PDF kept as the archive's PDF/A would be no PDF/A at all.
    public func entry(of file: String, format: OutputFormat, madeFrom odtSHA256: String) -> Entry? {
        state.withLock { $0.entries[file].flatMap { $0.odt == odtSHA256 && $0.format == format ? $0 : nil } }
    }

    /// Whether the ledger has any line for `file` (an earlier conversion of ours, current or not).
    public func knows(_ file: String) -> Bool { state.withLock { $0.entries[file] != nil } }

    /// Records that `file` (now in place) was made from `odtSHA256`, has `pdfSHA256` and `pages` pages.
    public func record(_ file: String, format: OutputFormat, odtSHA256: String, pdfSHA256: String, pages: Int = 0) throws(ConversionError) {
        try state.withLock { (s: inout State) throws(ConversionError) in
            let line = Array("\(s.torn ? "\n" : "")\(file)\t\(odtSHA256)\t\(pdfSHA256)\t\(max(0, pages))\t\(format.rawValue)\n".utf8)
            s.entries[file] = Entry(odt: odtSHA256, pdf: pdfSHA256, pages: max(0, pages), format: format)
            s.torn = false
            let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .failed("cannot write \(Self.fileName)") }
            defer { close(fd) }
            let n = line.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
            guard n == line.count else { throw .failed("cannot write \(Self.fileName)") }
        }
    }
}

import Foundation
import Synchronization

/// Remembers, per PDF in an output folder, the SHA-256 of the ODT it was made from and of the PDF itself:
/// `.privdoc-pdf-sources` (tab-separated `file`, `odt_sha256`, `pdf_sha256`, one line appended per PDF
/// placed, the last line for a file wins).
///
/// Why: LibreOffice's PDFs carry a creation date and random ids, so a PDF is never byte-identical twice and
/// its bytes cannot tell a re-run whether it is current. The ODT is deterministic, so "unchanged" is decided
/// by the source: a PDF is current when the ledger says it was made from this very ODT and the file on disk
/// still has the recorded bytes. Each line is appended with one `write(2)` after the PDF is in place, so an
/// interrupted run leaves at most PDFs without a line (converted again next time), never a line without its
/// PDF. A torn last line (power loss) fails to parse and is ignored.
public final class PDFSourceLedger: Sendable {
    /// The ledger's file name inside the output folder.
    public static let fileName = ".privdoc-pdf-sources"

    private struct Entry: Sendable { let odt: String; let pdf: String }
    private let url: URL
    private let entries: Mutex<[String: Entry]>

    /// Reads the ledger of `folder` (empty when there is none).
    public init(folder: URL) {
        url = folder.appendingPathComponent(Self.fileName)
        var found: [String: Entry] = [:]
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard f.count == 3, f[1].count == 64, f[2].count == 64 else { continue }
                found[String(f[0])] = Entry(odt: String(f[1]), pdf: String(f[2]))
            }
        }
        entries = Mutex(found)
    }

    /// The recorded PDF SHA-256 when `file` was made from an ODT with `odtSHA256`, else nil.
    public func pdfSHA256(of file: String, madeFrom odtSHA256: String) -> String? {
        entries.withLock { $0[file].flatMap { $0.odt == odtSHA256 ? $0.pdf : nil } }
    }

    /// Whether the ledger has any line for `file` (an earlier conversion of ours, current or not).
    public func knows(_ file: String) -> Bool { entries.withLock { $0[file] != nil } }

    /// Records that `file` (now in place) was made from `odtSHA256` and has `pdfSHA256`.
    public func record(_ file: String, odtSHA256: String, pdfSHA256: String) throws(ConversionError) {
        let line = Array("\(file)\t\(odtSHA256)\t\(pdfSHA256)\n".utf8)
        try entries.withLock { (e: inout [String: Entry]) throws(ConversionError) in
            e[file] = Entry(odt: odtSHA256, pdf: pdfSHA256)
            let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .failed("cannot write \(Self.fileName)") }
            defer { close(fd) }
            let n = line.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
            guard n == line.count else { throw .failed("cannot write \(Self.fileName)") }
        }
    }
}

import Batch
import DelimitedText
import DocumentOutput
import Foundation
import PDFConversion

/// `manifest-pdf.csv`: per row and PDF format, the source ODT's SHA-256 (deterministic, what re-runs
/// compare) next to the PDF's SHA-256 (LibreOffice's PDFs carry a creation date and ids, so they differ
/// between runs), the pages and — with a print file — which pages of it are the row's letter.
///
/// A separate file because `manifest.csv` is written in place as a true prefix of the run, each line as soon
/// as its `.odt` is on disk (decision 032), before the PDF exists. Written once at the end, atomically.
enum PDFManifest {
    static let fileName = "manifest-pdf.csv"

    struct Line {
        let row: Int
        let reference: String
        let language: String
        let odtFile: String
        let odtSHA256: String
        let pdf: PDFOutput.Placed
        var print: PrintFile.Placement?

        init(document: WrittenDocument, pdf: PDFOutput.Placed) {
            row = document.row
            reference = document.entry.reference
            language = document.entry.language
            odtFile = document.entry.file
            odtSHA256 = document.entry.sha256
            self.pdf = pdf
        }
    }

    static let header = ["row", "reference", "language", "odt_file", "odt_sha256", "format", "pdf_file", "pdf_sha256",
                         "pdf_bytes", "pages", "print_first_page", "print_last_page", "print_blank_after"]

    /// Cells are neutralised against CSV injection (`CSVField.neutralised`, decision 034); only the
    /// reference is input.
    static func write(_ lines: [Line], to folder: URL) throws {
        var text = header.joined(separator: ",") + "\n"
        for l in lines {
            let cells = [String(l.row), l.reference, l.language, l.odtFile, l.odtSHA256, l.pdf.format.rawValue, l.pdf.file, l.pdf.sha256,
                         String(l.pdf.size), l.pdf.pages > 0 ? String(l.pdf.pages) : (l.print.map { String($0.pages) } ?? ""),
                         l.print.map { String($0.firstPage) } ?? "", l.print.map { String($0.lastPage) } ?? "",
                         l.print.map { $0.blankAfter ? "yes" : "no" } ?? ""]
            text += cells.map { CSVField.neutralised($0) }.joined(separator: ",") + "\n"
        }
        // The shared atomic writer (DESIGN invariant 6); a re-run's manifest replaces the last one.
        _ = try AtomicFileWriter.write(Array(text.utf8), to: folder.appendingPathComponent(fileName), overwrite: true)
    }
}

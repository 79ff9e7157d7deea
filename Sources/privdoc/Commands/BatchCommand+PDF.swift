import ArgumentParser
import Assembly
import ClauseSyntax
import Batch
import Foundation
import ODF
import PDFBatch
import PDFConversion

/// `--format pdf|pdfa`, `--combined F.pdf` and `--duplex` for `privdoc batch` (decision 062).
extension BatchCommand {
    /// The combined file when it is a print PDF (`--combined F.pdf`), else nil.
    var printFile: URL? {
        guard let combined, combined.lowercased().hasSuffix(".pdf") else { return nil }
        return URL(fileURLWithPath: combined).standardizedFileURL
    }

    /// The combined ODT (`--combined F.odt`), passed to the batch as before.
    var combinedODT: URL? {
        guard let combined, printFile == nil else { return nil }
        return URL(fileURLWithPath: combined)
    }

    func validatePDF() throws {
        let chosen = try formats.formats
        guard restartEvery >= 0 else { throw ValidationError("--restart-every must be 0 (never) or more") }
        if printFile != nil && !chosen.needsConverter {
            throw ValidationError("--combined \(combined ?? ""): a combined PDF needs --format pdf or pdfa")
        }
        if duplex && printFile == nil { throw ValidationError("--duplex needs --combined FILE.pdf (the print file)") }
        if let printFile, printFile.deletingLastPathComponent().path == URL(fileURLWithPath: out).standardizedFileURL.path,
           printFile.lastPathComponent.hasPrefix("manifest") {
            throw ValidationError("--combined: choose a name that is not one of the batch's reports")
        }
    }

    /// The PDF sink for the run, or nil when only ODT is asked for. Exits 69 when LibreOffice is missing,
    /// before anything is written. The batch's own SIGINT/SIGTERM handling stops it (StopSignal), so no
    /// other handlers are installed.
    func makePDFSink(library lib: Library) throws -> PDFBatchSink? {
        guard let office = try formats.libreOffice(batch: true, installSignalHandlers: false) else { return nil }
        var blank: [UInt8]?
        if duplex, let sheet = lib.styleSheet {
            // One empty page in the letters' page style and size, made by our own writer and converted by
            // LibreOffice like the letters: the page a duplex printer leaves blank.
            let empty = Document(metadata: Metadata(title: "", language: LanguageTag(language: SourceLanguage.code), date: DocumentDate(year: 2026, month: 1, day: 1)),
                                 body: [])
            blank = try? ODFWriter.package(empty, styleSheet: sheet)
        }
        let folder = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL
        let settings = PDFBatchSink.Settings(folder: folder, formats: try formats.formats,
                                             pool: .init(size: jobs, timeout: formats.pdfTimeout, restartEvery: restartEvery),
                                             force: force, printFile: printFile, duplex: duplex, blankPageODT: blank)
        var withStop = settings
        let stop = StopSignal.install()   // the batch's own handlers (idempotent): Ctrl-C also ends the PDF wait
        withStop.stopRequested = { stop.signal }
        let sink: PDFBatchSink
        do { sink = try PDFBatchSink(settings: withStop, factory: office.converterFactory) } catch {
            Console.error(error.description)
            throw ExitCodes.conversion(error)   // before anything is written (decision 195)
        }
        // The folder itself is made by the batch, after its own checks: a run that cannot start leaves none.
        if sink.converterWorkers < jobs {
            Console.error("warning: the system refused PDF converter threads: \(sink.converterWorkers) of the \(jobs) converters asked for "
                          + "will work, only slower — raise the process limit (ulimit -u) or use fewer --jobs")
        }
        return sink
    }

    /// Prints what the PDF sink did; true when some PDF (or the print file) failed.
    func reportPDF(_ sink: PDFBatchSink?) -> Bool {
        guard let sink else { return false }
        let o = sink.outcome
        var line = "PDF: \(o.converted) converted, \(o.current) already current (same source ODT), \(o.failed) failed → \(out)/manifest-pdf.csv"
        if let printFile, o.printFileError == nil { line += "; print file \(printFile.path): \(o.printFilePages) pages\(duplex ? " (duplex)" : "")" }
        Console.error(line)
        if let error = o.printFileError { Console.error("print file not written: \(Console.printable(error))") }
        if let signal = o.interruptedBy {
            Console.error("PDF conversion stopped by \(signal == SIGTERM ? "SIGTERM" : "SIGINT"); a re-run converts only what is missing")
        }
        return o.failed > 0 || o.printFileError != nil
    }
}

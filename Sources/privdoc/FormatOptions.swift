import ArgumentParser
import Foundation
import PDFConversion

/// `--format odt|pdf|pdfa` and the LibreOffice options, shared by every command that writes documents
/// (letter, agreement, batch, sample; register reuses it).
struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: "odt, pdf or pdfa (PDF/A-2b, tagged); repeatable or comma-separated, e.g. --format odt,pdfa (default: odt).")
    var format: [String] = []

    @Option(name: .long, help: "The LibreOffice program for PDFs (default: $PRIVDOC_SOFFICE, else soffice on PATH).")
    var soffice: String?

    @Option(name: .customLong("pdf-timeout"), help: "Seconds one document may take in LibreOffice before the converter is killed and restarted.")
    var pdfTimeout: Double = 60

    /// The largest `--pdf-timeout` (one day).
    static let longestTimeout: Double = 86_400

    func validate() throws {
        _ = try formats
        // A finite number of seconds, at most a day: `inf` or 1e300 overflowed the deadline arithmetic and
        // crashed the converter thread; no letter takes a day, so a larger limit is a typo.
        guard pdfTimeout > 0, pdfTimeout <= Self.longestTimeout else {
            throw ValidationError("--pdf-timeout must be more than 0 and at most \(Int(Self.longestTimeout)) seconds")
        }
    }

    /// The formats asked for.
    var formats: OutputFormats {
        get throws {
            do { return try OutputFormats(parsing: format) } catch { throw ValidationError(error.description) }
        }
    }

    /// The LibreOffice to convert with, or nil when only ODT is written. Exits 69 (unavailable) with what to
    /// install when it is missing — before anything is written.
    func libreOffice(batch: Bool = false, installSignalHandlers: Bool = true) throws -> LibreOffice? {
        guard try formats.needsConverter else { return nil }
        do {
            let office = try LibreOffice.locate(explicit: soffice)
            if batch && !office.hasUNO {
                Console.error("warning: python3-uno is missing, so every PDF starts LibreOffice anew (about 1.5 s a letter); "
                    + "install python3-uno for the fast converter pool")
            }
            if installSignalHandlers { try ProcessRegistry.shared.installSignalHandlers() }
            return office
        } catch {
            Console.error(error.description)
            throw ExitCodes.conversion(error)
        }
    }
}

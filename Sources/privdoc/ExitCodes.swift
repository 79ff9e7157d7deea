import ArgumentParser
import Batch
import PDFConversion

/// The documented exit codes (README, `privdoc --help`). Only the CLI maps errors to them.
enum ExitCodes {
    /// Invalid input data or lint findings; nothing was written.
    static let invalidInput = ExitCode(1)
    /// A batch finished but some rows were rejected (see rejects.csv).
    static let rowsRejected = ExitCode(2)
    /// The output file exists with other content and --force was not given.
    static let outputExists = ExitCode(3)
    /// LibreOffice, needed for --format pdf/pdfa, is missing or cannot convert (EX_UNAVAILABLE).
    static let unavailable = ExitCode(69)
    /// Internal error (a bug): the document model could not be serialized.
    static let internalError = ExitCode(70)
    /// A file could not be read or written, or the system lacks file descriptors or threads.
    static let ioError = ExitCode(74)
    // batch
    /// Another batch holds the output folder; try again when it is done (sysexits EX_TEMPFAIL).
    static let outputLocked = ExitCode(75)

    /// A run stopped by a signal exits 128 + the signal (130 for SIGINT, 143 for SIGTERM), as shells do.
    static func interrupted(by signal: Int32) -> ExitCode { ExitCode(128 + signal) }

    /// A fatal batch error's exit code; an interrupted run exits 128 + the signal (130, 143) instead.
    static func batch(_ error: BatchError) -> ExitCode {
        switch error {
        case .cannotRead, .cannotWrite, .resources: return ioError
        case .locked: return outputLocked
        case .badHeader, .invalidOption, .library, .encoding: return invalidInput
        }
    }

    /// A PDF conversion that cannot start: no threads or processes left is 74 (as for the batch), anything
    /// else — LibreOffice missing or broken — 69.
    static func conversion(_ error: ConversionError) -> ExitCode {
        if case .resources = error { return ioError }
        return unavailable
    }
}

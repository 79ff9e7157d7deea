import ArgumentParser

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
    /// A file could not be read or written.
    static let ioError = ExitCode(74)
}

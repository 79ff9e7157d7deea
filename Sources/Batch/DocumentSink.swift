import Foundation

/// Where a written document is handed on — the hook for work that follows the `.odt`, such as a PDF
/// conversion pool. See /work/plan/notes/batch-api.md and decision 032.
public protocol DocumentSink: AnyObject, Sendable {
    /// Once per document on disk (written now, or already there with identical bytes), in row order, on
    /// the run's thread, after the file is in place and before its manifest line. Queue work; do not block.
    func accept(_ document: WrittenDocument)

    /// Once at the end of the run — also after an interruption (`interrupted`) — before the reports are
    /// closed: wait for the queued work. Each problem returned becomes a line of `rejects.csv`.
    func finish(interrupted: Bool) -> [(row: Int, problem: RowProblem)]
}

/// A document the batch has put on disk.
public struct WrittenDocument: Sendable {
    /// The input line of its row.
    public let row: Int
    /// Where it is.
    public let file: URL
    /// Its manifest line (file name, language, hash, size, provenance).
    public let entry: ManifestEntry
    /// False when an identical file was already there (a re-run).
    public let fresh: Bool
}

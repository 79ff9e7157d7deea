import Foundation
import LegalCalendar

/// What a batch run does.
public struct BatchOptions: Sendable {
    /// Template id, e.g. `dsr-extension`.
    public var templateID: String
    /// The CSV or JSON Lines input.
    public var input: URL
    /// The folder that receives the documents, `manifest.csv` and `rejects.csv`.
    public var outputFolder: URL
    /// Language for rows without a `language` column value.
    public var language: String?
    /// Document date; overrides the rows' `date`. Rows without a date and no `--date` get `defaultDate`.
    public var date: CivilDate?
    /// Date for rows that have none when `date` is nil (the CLI passes today).
    public var defaultDate: CivilDate
    /// Worker threads (≥ 1).
    public var jobs: Int
    /// Also write every letter into this one file, each starting on a new page with its own letterhead.
    public var combined: URL?
    /// Only this part of the rows.
    public var shard: Shard?
    /// Replace existing documents with different content.
    public var force: Bool
    /// CSV separator; nil detects it from the header.
    public var delimiter: UInt8?
    /// Refuse draft and stale translations.
    public var strict: Bool
    /// Rows per unit of parallel work; bounds memory (flat however long the input).
    public var chunkSize: Int

    /// Creates options; see the properties.
    public init(templateID: String, input: URL, outputFolder: URL, language: String? = nil, date: CivilDate? = nil,
                defaultDate: CivilDate, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                combined: URL? = nil, shard: Shard? = nil, force: Bool = false, delimiter: UInt8? = nil,
                strict: Bool = false, chunkSize: Int = 512) {
        self.templateID = templateID
        self.input = input
        self.outputFolder = outputFolder
        self.language = language
        self.date = date
        self.defaultDate = defaultDate
        self.jobs = max(1, jobs)
        self.combined = combined
        self.shard = shard
        self.force = force
        self.delimiter = delimiter
        self.strict = strict
        self.chunkSize = max(1, chunkSize)
    }
}

/// A deterministic part of the rows: shard `index` of `count` takes a contiguous block of the records, so
/// shards' manifests concatenated in shard order equal the manifest of one unsharded run.
public struct Shard: Equatable, Sendable {
    /// 1-based shard number.
    public let index: Int
    /// Number of shards.
    public let count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i
        count = n
    }

    /// The record ordinals (0-based, over readable and unreadable records alike) this shard takes out of `total`.
    public func range(total: Int) -> Range<Int> {
        let lower = total * (index - 1) / count
        let upper = total * index / count
        return lower..<upper
    }
}

/// What a batch run did.
public struct BatchSummary: Sendable, Equatable {
    /// Rows read (in this shard).
    public var rows = 0
    /// Documents written anew (or replaced with `force`).
    public var written = 0
    /// Documents already present with identical bytes (a re-run after an interruption).
    public var unchanged = 0
    /// Rows rejected.
    public var rejected = 0
    /// Seconds of wall-clock time.
    public var seconds: Double = 0
    /// Total bytes of the documents.
    public var bytes = 0
    /// Creates an empty summary.
    public init() {}
}

/// Progress after each chunk.
public struct BatchProgress: Sendable {
    /// Rows done so far.
    public let done: Int
    /// Rows in the run (known when counted up front: always for shards, and when the input was pre-counted).
    public let total: Int?
    /// Seconds since the start.
    public let seconds: Double
}

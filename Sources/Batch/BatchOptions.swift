import DelimitedText
import Assembly
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
    /// The output folder as the user named it, for messages (default: its last path component) — never
    /// a machine path in a report.
    public var outputName: String
    /// Where each written document is handed on (e.g. a PDF pool), in row order.
    public var sinks: [any DocumentSink]

    /// The largest `jobs` accepted: more threads than this only add memory and contention.
    public static let maximumJobs = 256
    /// The largest `chunkSize` accepted (rows held in memory at once, times three).
    public static let maximumChunkSize = 1 << 16
    /// The input's text encoding; nil reads UTF-8 (or UTF-16 with a byte order mark). Decision 024.
    public var encoding: InputEncoding? = nil

    /// Creates options; see the properties.
    public init(templateID: String, input: URL, outputFolder: URL, language: String? = nil, date: CivilDate? = nil,
                defaultDate: CivilDate, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                combined: URL? = nil, shard: Shard? = nil, force: Bool = false, delimiter: UInt8? = nil,
                strict: Bool = false, chunkSize: Int = 512, outputName: String? = nil, sinks: [any DocumentSink] = []) {
        self.templateID = templateID
        self.input = input
        self.outputFolder = outputFolder
        self.language = language
        self.date = date
        self.defaultDate = defaultDate
        self.jobs = jobs
        self.combined = combined
        self.shard = shard
        self.force = force
        self.delimiter = delimiter
        self.strict = strict
        self.chunkSize = chunkSize
        self.outputName = outputName ?? outputFolder.lastPathComponent
        self.sinks = sinks
    }

    /// Checks the numeric options; the run refuses bad ones with a message instead of trapping.
    public func validate() throws(BatchError) {
        guard (1...Self.maximumJobs).contains(jobs) else {
            throw .invalidOption("--jobs must be between 1 and \(Self.maximumJobs) (got \(jobs))")
        }
        guard (1...Self.maximumChunkSize).contains(chunkSize) else {
            throw .invalidOption("the chunk size must be between 1 and \(Self.maximumChunkSize) (got \(chunkSize))")
        }
    }
}

/// A deterministic part of the rows: shard `index` of `count` takes a contiguous block of the records, so
/// shards' manifests concatenated in shard order equal the manifest of one unsharded run.
public struct Shard: Equatable, Sendable {
    /// 1-based shard number.
    public let index: Int
    /// Number of shards.
    public let count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N; nil for anything else, including numbers too large for an `Int`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i
        count = n
    }

    /// The record ordinals (0-based, over readable and unreadable records alike) this shard takes out of `total`.
    /// `total × index` is computed in double width, so no shard numbers can overflow (issue 15: `--shard`
    /// with huge numbers trapped); the quotient is at most `total`.
    public func range(total: Int) -> Range<Int> {
        func boundary(_ k: Int) -> Int {
            count.dividingFullWidth(total.multipliedFullWidth(by: k)).quotient
        }
        return boundary(index - 1)..<boundary(index)
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
    /// The signal that stopped the run early (SIGINT, SIGTERM), or nil when it read every row.
    public var interruptedBy: Int32?
    /// Run-level warnings, each once: unknown columns, and row warnings with how many rows they concern.
    public var warnings: [String] = []
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

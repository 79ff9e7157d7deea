/// One clause of one language, as written in a clause file (templates.md §1).
public struct CatalogClause: Equatable, Sendable {
    /// Translation status (templates.md §1).
    public enum Status: String, Equatable, Sendable {
        case draft, reviewed
    }

    /// The clause id, e.g. `ack.received`.
    public var id: String
    /// The file, relative to the library root, e.g. `locales/pl/letters.yaml`.
    public var file: String
    /// The lines of the clause's block (1-based, from the id line to its last non-blank line).
    public var lines: ClosedRange<Int>
    /// The clause's own version.
    public var version: Int
    /// For a translation: the Dutch version it translates.
    public var sourceVersion: Int?
    /// Draft or reviewed.
    public var status: Status
    /// The clause text exactly as the clause language reads it (a block scalar's final line break removed).
    public var text: String

    /// Creates a clause.
    public init(id: String, file: String, lines: ClosedRange<Int>, version: Int, sourceVersion: Int?,
                status: Status, text: String) {
        self.id = id
        self.file = file
        self.lines = lines
        self.version = version
        self.sourceVersion = sourceVersion
        self.status = status
        self.text = text
    }
}

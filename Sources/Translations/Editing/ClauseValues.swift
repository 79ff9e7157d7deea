/// The values an import writes into one clause of a translation.
public struct ClauseValues: Equatable, Sendable {
    /// The clause id.
    public var id: String
    /// The translation's new version (old + 1, or 1 for a new clause).
    public var version: Int
    /// The Dutch version translated.
    public var sourceVersion: Int
    /// Draft or reviewed.
    public var status: CatalogClause.Status
    /// The translated text.
    public var text: String
}

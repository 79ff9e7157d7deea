import PrivdocDiagnostics

/// `{{ref id}}` (templates.md §1.4): the final number of an article, paragraph or annex.
public struct CrossReference: Hashable, Sendable {
    /// The id of an article, article paragraph or annex.
    public var id: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a reference.
    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

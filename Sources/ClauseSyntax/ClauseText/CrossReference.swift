import PrivdocDiagnostics

/// `{{ref id}}` (templates.md §1.4): the final number of an article, paragraph or annex.
public struct CrossReference: Hashable, Sendable {
    /// The id of an article, article paragraph or annex.
    public var id: String
    /// Where it is written.
    public var location: SourceLocation
    /// The grammatical form of the label asked for (`{{ref annex.x | form: loc}}`): a key of the label
    /// clause's `forms:`; nil for its text (decision 173).
    public var form: String?

    /// Creates a reference.
    public init(id: String, location: SourceLocation, form: String? = nil) {
        self.id = id
        self.location = location
        self.form = form
    }

    /// The name of a label form (`loc`, `gen`, `dat`): lower-case ASCII letters, at most 16.
    public static func isFormName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 16 && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}

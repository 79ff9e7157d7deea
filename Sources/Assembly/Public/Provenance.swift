/// Which template and clause versions made a document — written into its metadata and the batch
/// manifest, so a letter can always be traced to the exact texts it was built from.
public struct Provenance: Sendable, Equatable {
    /// A clause id and the version used.
    public struct ClauseVersion: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
        /// The clause id.
        public let id: String
        /// Its version in the document's language.
        public let version: Int
        /// Whether the organisation's layer replaced the shipped clause (decision 091).
        public let isOverride: Bool
        /// Creates a clause version.
        public init(id: String, version: Int, isOverride: Bool = false) {
            self.id = id
            self.version = version
            self.isOverride = isOverride
        }
        /// `id@version`, or `id@version+org` for an organisation's override.
        public var description: String { "\(id)@\(version)" + (isOverride ? "+org" : "") }
        /// Orders by id.
        public static func < (a: ClauseVersion, b: ClauseVersion) -> Bool { a.id < b.id }
    }

    /// The template id.
    public let templateID: String
    /// The template version.
    public let templateVersion: Int
    /// The document language.
    public let language: String
    /// Every clause used (body, labels, enum labels), sorted by id.
    public let clauses: [ClauseVersion]

    /// Creates a provenance record.
    public init(templateID: String, templateVersion: Int, language: String, clauses: [ClauseVersion]) {
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.clauses = clauses.sorted()
    }

    /// `id@version id@version …`, sorted: the `privdoc:clauses` metadata property.
    public var clauseList: String {
        // Written straight into the string's storage: one list is made per document, and string
        // appends (or a `description` per clause, joined afterwards) cost several times more.
        let capacity = clauses.reduce(0) { $0 + $1.id.utf8.count + 26 }   // " " + id + "@" + up to 20 digits + "+org"
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            func put(_ text: String) { count = UTF8Bytes.copy(text, into: buffer, at: count) }
            for (i, clause) in clauses.enumerated() {
                if i > 0 { put(" ") }
                put(clause.id)
                put("@")
                put(String(clause.version))
                if clause.isOverride { put("+org") }
            }
            return count
        }
    }
}

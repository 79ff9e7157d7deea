import LegalCalendar

/// How to render one document, besides the case data.
public struct RenderOptions: Sendable {
    /// The language; overrides the case's `language`.
    public var language: String?
    /// The document date; overrides the case's `date`. The CLI passes today when neither is given.
    public var date: CivilDate?
    /// Refuse draft and stale translations (templates.md §1).
    public var strict: Bool

    /// Creates options.
    public init(language: String? = nil, date: CivilDate? = nil, strict: Bool = false) {
        self.language = language
        self.date = date
        self.strict = strict
    }
}

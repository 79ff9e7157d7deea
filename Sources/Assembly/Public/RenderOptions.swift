import LegalCalendar

/// How to render one document, besides the case data. The language and date rules are applied in one
/// place, document preparation (decision 012):
///
/// - language: `languageOverride` (`privdoc letter --lang`), else the case's `language`, else
///   `defaultLanguage` (`privdoc batch --lang`, for rows without one);
/// - date: `dateOverride` (`--date`), else the case's `date`, else `defaultDate` (the CLI passes today).
///
/// Callers pass what the user said; they never write a default into the case.
public struct RenderOptions: Sendable {
    /// The language, winning over the case's `language` (a difference is warned about).
    public var languageOverride: String?
    /// The language when the case has none.
    public var defaultLanguage: String?
    /// The document date, winning over the case's `date`.
    public var dateOverride: CivilDate?
    /// The document date when the case has none.
    public var defaultDate: CivilDate?
    /// Refuse draft and stale translations, and turn every warning into an error (templates.md §1).
    public var strict: Bool

    /// Creates options.
    public init(languageOverride: String? = nil, defaultLanguage: String? = nil,
                dateOverride: CivilDate? = nil, defaultDate: CivilDate? = nil, strict: Bool = false) {
        self.languageOverride = languageOverride
        self.defaultLanguage = defaultLanguage
        self.dateOverride = dateOverride
        self.defaultDate = defaultDate
        self.strict = strict
    }

    /// Options with an override language and date (tests and tools that name both).
    public init(language: String?, date: CivilDate? = nil, strict: Bool = false) {
        self.init(languageOverride: language, dateOverride: date, strict: strict)
    }
}

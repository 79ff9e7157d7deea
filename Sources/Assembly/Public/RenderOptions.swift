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

    /// Where the document date comes from (decision 012) — the one place the order is written: `--date`,
    /// else the case's `date` (when `caseGivesDate`), else the default. Document preparation asks it for
    /// every letter; the register and the privacy reference, which have no case, ask it with `false`.
    public func documentDate(caseGivesDate: Bool) -> DocumentDateSource {
        if let dateOverride { return .date(dateOverride) }
        if caseGivesDate { return .fromCase }
        if let defaultDate { return .date(defaultDate) }
        return .missing
    }

    /// Options with an override language and date (tests and tools that name both).
    public init(language: String?, date: CivilDate? = nil, strict: Bool = false) {
        self.init(languageOverride: language, dateOverride: date, strict: strict)
    }
}

/// The answer of ``RenderOptions/documentDate(caseGivesDate:)``.
public enum DocumentDateSource: Equatable, Sendable {
    /// This date: the override, or the default when the case gives none.
    case date(CivilDate)
    /// The case's own `date` (to be read, and refused when it is no date).
    case fromCase
    /// No date anywhere: the document cannot be made (`field.required`).
    case missing
}

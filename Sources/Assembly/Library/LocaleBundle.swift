import ODF

/// Everything language-specific of one language (templates.md §1): its clauses and how it formats.
struct LocaleBundle: Sendable {
    /// ISO 639-1 code, the folder name.
    var code: String
    /// The language's own name.
    var name: String
    /// Region used for formats (`NL`, `GB`), nil for none.
    var region: String?
    /// Text direction.
    var direction: TextDirection
    /// Clauses by id; an id defined twice is kept once with an error.
    var clauses: [String: Clause]
    /// Dates, numbers, case mapping.
    var formatting: LocaleFormatting
    /// Where `locale.yaml` is.
    var file: String

    /// `nl-NL`, `en-GB`, `ar`.
    var languageTag: LanguageTag { LanguageTag(language: code, country: region) }
}

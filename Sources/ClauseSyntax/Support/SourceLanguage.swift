/// The authoritative language of every clause library (domain.md §4): Dutch. Every other language
/// translates it, records the Dutch `source-version` it translates (templates.md §1), and is exported to and
/// imported from XLIFF against it (docs/translating.md).
///
/// Kept here, in the one module both the engine (Assembly) and the translators' round trip (Translations)
/// read clause texts through, so the two cannot disagree about it (decision 010).
public enum SourceLanguage {
    /// The ISO 639-1 code, the name of its folder under `locales/`.
    public static let code = "nl"
}

/// The look of a document's translated part: its language, writing direction and the header and footer
/// of its pages. A body page break with `PageBreak.startsTranslation` starts it, on a new page with its
/// own page style; a break with `startsFirstPageLayout` returns to the document's own language.
///
/// Why a part and not a second document: a translated besluit must travel with the Dutch decision it
/// translates, in the same file (Awb 2:6; docs/decisions/120-the-language-of-a-besluit.md).
public struct Translation: Equatable, Sendable {
    /// The translation's language (its paragraphs carry it, for spelling and shaping).
    public var language: LanguageTag
    /// The translation's writing direction (its paragraphs, tables and page layout follow it).
    public var direction: TextDirection
    /// Header and footer of the translation's pages (its minimum header height is not used).
    public var pages: HeaderFooter

    /// Creates a translated part.
    public init(language: LanguageTag, direction: TextDirection, pages: HeaderFooter = HeaderFooter()) {
        self.language = language
        self.direction = direction
        self.pages = pages
    }
}

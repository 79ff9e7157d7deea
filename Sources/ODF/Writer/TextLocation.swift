/// Where a paragraph stands, for error messages that must not quote the text (personal data).
struct TextLocation: Equatable, Sendable {
    /// The flow the paragraph belongs to.
    enum Part: Equatable, Sendable {
        case body
        case firstPageHeader, firstPageFooter
        case followingPagesHeader, followingPagesFooter
        case translationHeader, translationFooter

        var phrase: String {
            switch self {
            case .body: return "the body"
            case .firstPageHeader: return "the first-page header"
            case .firstPageFooter: return "the first-page footer"
            case .followingPagesHeader: return "the header of the following pages"
            case .followingPagesFooter: return "the footer of the following pages"
            case .translationHeader: return "the header of the translation's pages"
            case .translationFooter: return "the footer of the translation's pages"
            }
        }
    }
    /// The flow.
    var part: Part
    /// 1-based number of the paragraph or heading within the flow, in document order (paragraphs in
    /// lists, table cells and text boxes count too).
    var paragraph: Int

    /// `paragraph 12 of the body`.
    var description: String { "paragraph \(paragraph) of \(part.phrase)" }
}

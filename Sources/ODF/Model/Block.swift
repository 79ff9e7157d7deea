/// A block-level element of the text flow.
public enum Block: Equatable, Sendable {
    /// A paragraph.
    case paragraph(Paragraph)
    /// A heading with an outline level (1–10).
    case heading(Heading)
    /// A bulleted or numbered list.
    case list(List)
    /// A table.
    case table(Table)
    /// A page break before the next block; optionally switching to the first-page layout and restarting
    /// page numbering (used when several letters are combined in one file).
    case pageBreak(PageBreak)
}

/// A paragraph of inline content with a semantic role.
public struct Paragraph: Equatable, Sendable {
    /// The content.
    public var content: [Inline]
    /// What the paragraph is; the style sheet gives it its look.
    public var style: ParagraphRole
    /// Keep this paragraph on the same page as the next (headings of signature blocks, table captions).
    public var keepWithNext: Bool
    /// Creates a paragraph.
    public init(_ content: [Inline], style: ParagraphRole = .body, keepWithNext: Bool = false) {
        self.content = content
        self.style = style
        self.keepWithNext = keepWithNext
    }
}

/// A heading. The text carries its own number (the assembler computes numbers after conditions), so the
/// writer never asks the office suite to number it.
public struct Heading: Equatable, Sendable {
    /// Outline level 1–10 (ODF `text:outline-level`).
    public var level: Int
    /// The content, including any number.
    public var content: [Inline]
    /// A bookmark on the heading (`text:bookmark`), the target of page references
    /// (`Field.pageReference`) such as a contents list's page numbers.
    public var bookmark: String?
    /// Creates a heading.
    public init(level: Int, _ content: [Inline], bookmark: String? = nil) {
        self.level = level
        self.content = content
        self.bookmark = bookmark
    }
}

/// A page break.
public struct PageBreak: Equatable, Sendable {
    /// Start the next page with the first-page layout (letterhead) instead of the follow-on layout.
    public var startsFirstPageLayout: Bool
    /// Restart page numbering at 1 on the new page.
    public var restartsPageNumbering: Bool
    /// Start the document's translated part (`Document.translation`): its page style, language and
    /// direction from the next block on, until a break that starts the first-page layout.
    public var startsTranslation: Bool
    /// Creates a page break.
    public init(startsFirstPageLayout: Bool = false, restartsPageNumbering: Bool = false, startsTranslation: Bool = false) {
        self.startsFirstPageLayout = startsFirstPageLayout
        self.restartsPageNumbering = restartsPageNumbering
        self.startsTranslation = startsTranslation
    }
}

/// What a paragraph is in the document — its semantic role. The writer maps each role to a paragraph
/// style of the `StyleSheet` (`StyleSheet.styleName(for:)`); the model knows no style names.
public enum ParagraphRole: CaseIterable, Equatable, Hashable, Sendable {
    /// Running text.
    case body
    /// Document title (agreements).
    case title
    /// Subtitle under the title.
    case subtitle
    /// The bold subject line of a letter.
    case subject
    /// Small print: letterhead lines, reference labels, footnotes.
    case small
    /// Lines of the address in the envelope window.
    case address
    /// Cells of the reference line (uw brief van / ons kenmerk …).
    case reference
    /// Text inside table cells.
    case tableContents
    /// Header cells.
    case tableHeading
    /// Page header text.
    case header
    /// Page footer text.
    case footer
    /// List item text.
    case listItem
    /// Signature lines.
    case signature
    /// The prominent draft marking.
    case draftMark
    /// Right-aligned line (date line, page x of y).
    case rightAligned
    /// The first paragraph of the body; carries the first-page layout.
    case opening
    /// A line of a contents list: the entry, a tab, the page number (right tab stop with dot leader).
    case contents
}

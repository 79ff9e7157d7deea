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

/// A paragraph of inline content in one of the house style's paragraph styles.
public struct Paragraph: Equatable, Sendable {
    /// The content.
    public var content: [Inline]
    /// The named paragraph style.
    public var style: ParagraphStyle
    /// Keep this paragraph on the same page as the next (headings of signature blocks, table captions).
    public var keepWithNext: Bool
    /// Creates a paragraph.
    public init(_ content: [Inline], style: ParagraphStyle = .body, keepWithNext: Bool = false) {
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
    /// Creates a heading.
    public init(level: Int, _ content: [Inline]) {
        self.level = level
        self.content = content
    }
}

/// A page break.
public struct PageBreak: Equatable, Sendable {
    /// Start the next page with the first-page layout (letterhead) instead of the follow-on layout.
    public var startsFirstPageLayout: Bool
    /// Restart page numbering at 1 on the new page.
    public var restartsPageNumbering: Bool
    /// Creates a page break.
    public init(startsFirstPageLayout: Bool = false, restartsPageNumbering: Bool = false) {
        self.startsFirstPageLayout = startsFirstPageLayout
        self.restartsPageNumbering = restartsPageNumbering
    }
}

/// The paragraph styles of the house style (`styles.xml`). One closed set: the writer knows each one.
public enum ParagraphStyle: String, CaseIterable, Equatable, Sendable {
    /// Running text.
    case body = "Text_20_body"
    /// Document title (agreements).
    case title = "Title"
    /// Subtitle under the title.
    case subtitle = "Subtitle"
    /// The bold subject line of a letter.
    case subject = "Subject"
    /// Small print: letterhead lines, reference labels, footnotes.
    case small = "Small"
    /// Lines of the address in the envelope window.
    case address = "Address"
    /// Cells of the reference line (uw brief van / ons kenmerk …).
    case reference = "Reference"
    /// Text inside table cells.
    case tableContents = "Table_20_Contents"
    /// Header cells.
    case tableHeading = "Table_20_Heading"
    /// Page header text.
    case header = "Header"
    /// Page footer text.
    case footer = "Footer"
    /// List item text.
    case listItem = "List_20_Contents"
    /// Signature lines.
    case signature = "Signature"
    /// The prominent draft marking.
    case draftMark = "Draft_20_Mark"
    /// Right-aligned line (date line, page x of y).
    case rightAligned = "Right"
    /// The first paragraph of the body; carries the first-page layout.
    case opening = "Opening"
}

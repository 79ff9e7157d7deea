/// Inline content of a paragraph or heading.
///
/// Text is literal: the writer escapes it (through libxml2) and encodes runs of spaces, tabs and line
/// breaks in exactly one place (`WhitespaceEncoder`). Nothing in a text value is ever interpreted.
public enum Inline: Equatable, Sendable {
    /// Literal text. Tabs and newlines in it become `text:tab` and `text:line-break`.
    case text(String)
    /// Emphasis (italic).
    case emphasis([Inline])
    /// Strong importance (bold).
    case strong([Inline])
    /// Underlined text.
    case underline([Inline])
    /// A hyperlink.
    case link(url: String, [Inline])
    /// A forced line break.
    case lineBreak
    /// A tab.
    case tab
    /// A field computed by the office suite.
    case field(Field)
    /// Content that keeps its own direction inside a paragraph of the other direction (URLs, dates and
    /// case references inside Arabic text). Written with Unicode isolates (UAX #9 LRI/RLI … PDI),
    /// which ODF has no element for and LibreOffice honours.
    case isolate(TextDirection, [Inline])
    /// A positioned frame: an image or a text box.
    case frame(Frame)
}

/// Fields the office suite fills in at layout time.
public enum Field: Equatable, Sendable {
    /// The current page number (`text:page-number`).
    case pageNumber
    /// The total number of pages (`text:page-count`).
    case pageCount
    /// The page on which a bookmark stands (`text:bookmark-ref`, reference format `page`): the office
    /// suite fills it in at layout time, as it does for a table of contents.
    case pageReference(String)
    /// Sets the string variable `name` to `value` where it stands, showing nothing
    /// (`text:variable-set`, `text:display="none"`; ODF 1.3 §7.4.4). From there on, every
    /// `variable(name)` shows `value` — also in the header of the page, which the office suite lays out
    /// with the values in force on that page. That is how a header shared by many letters (one master
    /// page in a combined batch file) still shows each letter's own reference.
    case setVariable(name: String, value: String)
    /// The value of the string variable `name` in force where it stands (`text:variable-get`, §7.4.5).
    case variable(String)
}

/// A frame anchored to the paragraph it stands in, positioned relative to the page or the paragraph.
public struct Frame: Equatable, Sendable {
    /// What the frame shows.
    public enum Content: Equatable, Sendable {
        /// An image by name (see `Document.images`).
        case image(String)
        /// A text box of paragraphs.
        case textBox([Paragraph])
    }
    /// What the position is measured from.
    public enum Origin: Equatable, Sendable {
        /// The page edge: the frame stays put wherever the paragraph falls (the envelope window).
        case page
        /// The paragraph: the frame flows with the text (a logo in a header).
        case paragraph
    }
    /// Unique frame name within the document, e.g. `AddressWindow`.
    public var name: String
    /// Content.
    public var content: Content
    /// Horizontal offset.
    public var x: Length
    /// Vertical offset.
    public var y: Length
    /// Width.
    public var width: Length
    /// Height.
    public var height: Length
    /// Reference for `x`/`y`.
    public var origin: Origin
    /// Creates a frame.
    public init(name: String, content: Content, x: Length, y: Length, width: Length, height: Length,
                origin: Origin) {
        self.name = name
        self.content = content
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.origin = origin
    }
}

/// A length in millimetres, written as `cm` with fixed precision so output is deterministic.
public struct Length: Equatable, Hashable, Sendable, Comparable {
    /// Millimetres.
    public var millimetres: Double
    /// Creates a length from millimetres.
    public static func mm(_ v: Double) -> Length { Length(millimetres: v) }
    /// Creates a length from centimetres.
    public static func cm(_ v: Double) -> Length { Length(millimetres: v * 10) }
    /// Compares lengths.
    public static func < (a: Length, b: Length) -> Bool { a.millimetres < b.millimetres }
}

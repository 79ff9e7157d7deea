/// What the two page layouts hold: the header and footer of the first page (letterhead) and of the
/// following pages. Sizes and margins are presentation: they live in the `StyleSheet`.
public struct PageSetup: Equatable, Sendable {
    /// Header and footer of the first page (letterhead, logo).
    public var firstPage: HeaderFooter
    /// Header and footer of the following pages (page x of y).
    public var followingPages: HeaderFooter

    /// Creates a page setup.
    public init(firstPage: HeaderFooter = HeaderFooter(), followingPages: HeaderFooter = HeaderFooter()) {
        self.firstPage = firstPage
        self.followingPages = followingPages
    }
}

/// Page margins.
public struct Margins: Equatable, Hashable, Sendable {
    /// Top margin.
    public var top: Length
    /// Bottom margin.
    public var bottom: Length
    /// Left margin (the start edge for right-to-left text is mirrored by the office suite).
    public var left: Length
    /// Right margin.
    public var right: Length
    /// Creates margins.
    public init(top: Length, bottom: Length, left: Length, right: Length) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }
}

/// The header and footer of one page layout; empty means none (or, with a reference document that has
/// one for this page, the reference's).
public struct HeaderFooter: Equatable, Sendable {
    /// Paragraphs of the header.
    public var header: [Paragraph]
    /// Paragraphs of the footer.
    public var footer: [Paragraph]
    /// The least room the header takes, from the top margin to where the body starts (spacing included).
    /// A letter sets it so that its body always starts below the envelope window, however short the
    /// letterhead; nil lets the header take only what the style sheet's page layout gives it.
    public var minimumHeaderHeight: Length?
    /// Whether the header's paragraphs come after the reference document's own header for this page
    /// instead of giving way to it: a letter's running header (our reference and the date, decision 140)
    /// below an organisation's following-page header that does not show them itself.
    public var headerFollowsReference: Bool
    /// Creates a header/footer pair.
    public init(header: [Paragraph] = [], footer: [Paragraph] = [], minimumHeaderHeight: Length? = nil,
                headerFollowsReference: Bool = false) {
        self.header = header
        self.footer = footer
        self.minimumHeaderHeight = minimumHeaderHeight
        self.headerFollowsReference = headerFollowsReference
    }
}

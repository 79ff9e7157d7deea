/// Page size, margins and the two page layouts: the first page (letterhead) and the following pages.
public struct PageSetup: Equatable, Sendable {
    /// Page width (A4: 210 mm).
    public var width: Length
    /// Page height (A4: 297 mm).
    public var height: Length
    /// Margins of the first page.
    public var firstPageMargins: Margins
    /// Margins of the following pages.
    public var margins: Margins
    /// Header and footer of the first page (letterhead, logo).
    public var firstPage: HeaderFooter
    /// Header and footer of the following pages (page x of y).
    public var followingPages: HeaderFooter

    /// Creates a page setup; the default is A4 portrait with margins of a Dutch business letter.
    public init(width: Length = .mm(210), height: Length = .mm(297),
                firstPageMargins: Margins = Margins(top: .mm(15), bottom: .mm(15), left: .mm(20), right: .mm(20)),
                margins: Margins = Margins(top: .mm(15), bottom: .mm(15), left: .mm(20), right: .mm(20)),
                firstPage: HeaderFooter = HeaderFooter(), followingPages: HeaderFooter = HeaderFooter()) {
        self.width = width
        self.height = height
        self.firstPageMargins = firstPageMargins
        self.margins = margins
        self.firstPage = firstPage
        self.followingPages = followingPages
    }
}

/// Page margins.
public struct Margins: Equatable, Sendable {
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

/// The header and footer of one page layout; empty means none.
public struct HeaderFooter: Equatable, Sendable {
    /// Paragraphs of the header.
    public var header: [Paragraph]
    /// Paragraphs of the footer.
    public var footer: [Paragraph]
    /// The least room the header takes, from the top margin to where the body starts (spacing included).
    /// A letter sets it so that its body always starts below the envelope window, however short the
    /// letterhead; nil lets the header take only what its content needs.
    public var minimumHeaderHeight: Length?
    /// Creates a header/footer pair.
    public init(header: [Paragraph] = [], footer: [Paragraph] = [], minimumHeaderHeight: Length? = nil) {
        self.header = header
        self.footer = footer
        self.minimumHeaderHeight = minimumHeaderHeight
    }
}

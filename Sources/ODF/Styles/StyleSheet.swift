/// How documents look: fonts, paragraph/character/list styles, the two page layouts with their margins,
/// the headers and footers a reference document brings (with their images), and named presentation
/// properties (`privdoc:envelope-window`…). The writer maps the model's roles to its styles; nothing
/// about the look is a Swift constant (issue 10, decision 050).
///
/// A style sheet is read from a reference document, like pandoc's `--reference-doc`: privdoc's built-in
/// house style is one (`templates/house-style/house-style.fodt`), an organisation's LibreOffice template
/// (`.ott`/`.odt`) is another, laid over the built-in one (`StyleSheet.load(reference:named:over:)`).
///
/// A value with shared immutable storage: copying it is cheap, and two documents with the same style
/// sheet compare equal by identity first (the batch compares shared aspects for every letter).
public struct StyleSheet: Hashable, Sendable {
    let storage: Storage

    /// Where the style sheet came from (a file name for messages, never a machine path).
    public var source: String { storage.content.source }

    /// Size, margins and header room of page 1.
    public var firstPage: PageGeometry { storage.firstPage }

    /// Size, margins and header room of the following pages.
    public var followingPages: PageGeometry { storage.followingPages }

    /// A presentation property of the reference document (its `meta:user-defined` custom properties,
    /// LibreOffice's File ▸ Properties ▸ Custom Properties), or the built-in one it was laid over.
    public func property(_ name: String) -> String? {
        storage.content.properties.first { $0.name == name }?.value
    }

    /// The names of every presentation property, in order.
    public var propertyNames: [String] { storage.content.properties.map(\.name) }

    /// Whether the reference document brings its own header or footer for a page, which then replaces
    /// the one in the document's `PageSetup`.
    public func hasOwn(_ slot: PageSlot) -> Bool { storage.content.slot(slot) != nil }

    /// Whether the reference document's own header or footer for a page shows the user variable `name`
    /// (a `text:variable-get` of it anywhere in it, ODF 1.3 §7.4.5): an organisation that placed
    /// privdoc's variables in its letterhead itself (decision 140).
    public func shows(variable name: String, in slot: PageSlot) -> Bool {
        storage.shownVariables[slot]?.contains(name) ?? false
    }

    /// The paragraph style of a role.
    public func styleName(for role: ParagraphRole) -> String { StyleSheet.roleStyleNames[role]! }

    /// The paragraph style of each role: the names a reference document uses to restyle privdoc's
    /// paragraphs (docs/letterhead.md lists them with LibreOffice's display names). One table, here.
    public static let roleStyleNames: [ParagraphRole: String] = [
        .body: "Text_20_body", .title: "Title", .subtitle: "Subtitle", .subject: "Subject", .small: "Small",
        .address: "Address", .reference: "Reference", .tableContents: "Table_20_Contents",
        .tableHeading: "Table_20_Heading", .header: "Header", .footer: "Footer", .listItem: "List_20_Contents",
        .signature: "Signature", .draftMark: "Draft_20_Mark", .rightAligned: "Right", .opening: "Opening",
        .contents: "Contents_20_1",
    ]

    /// Heading styles `Heading_20_1` … `Heading_20_10`.
    static func headingStyleName(_ level: Int) -> String { "Heading_20_" + String(level) }

    /// Character styles of inline markup and links.
    enum CharacterStyle {
        static let emphasis = "Emphasis"
        static let strong = "Strong_20_Emphasis"
        static let underline = "Underline"
        static let internetLink = "Internet_20_link"
    }

    /// Common graphic styles, parents of the frames' automatic styles.
    enum GraphicStyle {
        static let frame = "Frame"
        static let graphics = "Graphics"
    }

    /// The list style of a list kind.
    static func listStyleName(_ kind: List.Kind) -> String {
        switch kind {
        case .bulleted: return "List_20_Bullet"
        case .numbered: return "List_20_Number"
        case .lettered: return "List_20_Letter"
        case .labelled: return "List_20_Label"
        }
    }

    /// One of the four header/footer places.
    public enum PageSlot: CaseIterable, Hashable, Sendable {
        case firstPageHeader, firstPageFooter, followingPagesHeader, followingPagesFooter
    }
}

/// The size, margins and header room of a page layout, read from the style sheet.
public struct PageGeometry: Hashable, Sendable {
    /// Page width.
    public var width: Length
    /// Page height.
    public var height: Length
    /// Margins.
    public var margins: Margins
    /// The header's own least height (`fo:min-height`, or its fixed `svg:height`).
    public var headerHeight: Length
    /// The space between header and body (`fo:margin-bottom` of the header).
    public var headerSpacing: Length
    /// Whether the layout has a header at all.
    public var hasHeader: Bool

    /// The width between the margins.
    public var textWidth: Length { .mm(width.millimetres - margins.left.millimetres - margins.right.millimetres) }

    /// Where the body starts when the header needs no more than its least height.
    public var bodyTop: Length {
        .mm(margins.top.millimetres + (hasHeader ? headerHeight.millimetres + headerSpacing.millimetres : 0))
    }
}

/// A list. Numbering restarts with every list unless `continuesPrevious` is set (then it continues the
/// numbered list written just before it at the same level).
public struct List: Equatable, Sendable {
    /// Bullets or numbers.
    public enum Kind: Equatable, Sendable {
        /// Bullets.
        case bulleted
        /// Arabic numbers `1.`.
        case numbered
        /// Lower-case letters `a.` — used for GDPR art. 15(1)(a)–(h) style enumerations.
        case lettered
        /// Every item carries its own label (`ListItem.label`), written as text: a language's letters
        /// that ODF's number formats cannot express portably (Arabic abjad, Ukrainian; decision 170).
        /// The list style numbers nothing and gives the hanging indent.
        case labelled
    }
    /// Bullets, numbers or letters.
    public var kind: Kind
    /// The items.
    public var items: [ListItem]
    /// Continue the numbering of the previous list of the same kind instead of restarting.
    public var continuesPrevious: Bool
    /// Creates a list.
    public init(kind: Kind, items: [ListItem], continuesPrevious: Bool = false) {
        self.kind = kind
        self.items = items
        self.continuesPrevious = continuesPrevious
    }
}

/// One list item: paragraphs and nested lists.
public struct ListItem: Equatable, Sendable {
    /// The blocks of the item (paragraphs, nested lists).
    public var blocks: [Block]
    /// The item's label in a `labelled` list (`(أ)`, `а)`), written before its first paragraph.
    public var label: String?
    /// Creates an item.
    public init(_ blocks: [Block], label: String? = nil) {
        self.blocks = blocks
        self.label = label
    }
    /// Creates a one-paragraph item.
    public init(paragraph: [Inline]) { self.blocks = [.paragraph(Paragraph(paragraph, style: .listItem))] }
}

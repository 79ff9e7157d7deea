/// Automatic styles collected while a flow is written, emitted before it (like pandoc's OpenDocument
/// writer): deduplicated by their properties and named in order of first use — `P1`, `P2`… for
/// paragraphs and headings, `fr1`… for frames, `Ta1`/`Co1`/`Ce1`… for tables, columns and cells. Styles
/// collected for `styles.xml` (headers and footers) carry the prefix `M`, as LibreOffice's do, so they
/// can never be confused with the ones in `content.xml`.
struct AutomaticStyles {
    /// How a block starts a page.
    enum PageStart: Hashable {
        /// `fo:break-before="page"`.
        case breakBefore
        /// `style:master-page-name` (which always starts a new page), optionally restarting the page
        /// numbers at 1.
        case masterPage(MasterPage, restartsNumbering: Bool)
    }

    /// The language and direction of a document's translated part (`Translation`), which its paragraphs
    /// carry in their automatic styles: the common styles are written for the document's own language.
    struct PartLook: Hashable {
        var direction: TextDirection
        var language: LanguageTag
    }

    /// A paragraph or heading style derived from a common style.
    struct ParagraphKey: Hashable {
        var parent: String
        var pageStart: PageStart?
        var keepWithNext: Bool
        /// Set in a translated part only.
        var part: PartLook? = nil
    }

    /// A frame's graphic style: page frames are placed by `svg:x`/`svg:y`; paragraph frames stand in
    /// the line (`as-char`) and keep their offsets as margins.
    struct GraphicKey: Hashable {
        var relativeToPage: Bool
        var isImage: Bool
        /// Offsets of an in-line frame, 0.01 mm (0 for page frames).
        var marginLeft: Int = 0
        var marginTop: Int = 0
    }

    /// A table style.
    struct TableKey: Hashable {
        var width: Int   // 0.01 mm
        var pageStart: PageStart?
        var keepTogether = false
        /// The direction of the part the table stands in (alignment and writing mode follow it).
        var direction: TextDirection
    }

    /// A cell style.
    struct CellKey: Hashable {
        var borders: Borders
        var isHeader: Bool
        /// The direction of the part the table stands in (the padding of layout cells is mirrored).
        var direction: TextDirection
        enum Borders: Hashable { case grid, headerRule, none }
    }

    /// The list style of one labelled list item (`List.Kind.labelled`): its label at its list level.
    struct LabelKey: Hashable {
        var label: String
        var level: Int
        /// Set in a right-to-left part: the label is aligned to the end of its box (see `rightToLeftLists`).
        var rightToLeft = false
    }

    /// `""` in content.xml, `"M"` in styles.xml.
    let prefix: String
    private(set) var paragraphs = Registry<ParagraphKey>(stem: "P")
    private(set) var graphics = Registry<GraphicKey>(stem: "fr")
    private(set) var tables = Registry<TableKey>(stem: "Ta")
    private(set) var columns = Registry<Int>(stem: "Co")
    private(set) var cells = Registry<CellKey>(stem: "Ce")
    /// Rows that may not break across pages (`Table.keepTogether`); one style serves them all.
    private(set) var rows = Registry<Bool>(stem: "Ro")
    private(set) var labels = Registry<LabelKey>(stem: "LL")
    /// Common list styles (by name) used in a right-to-left part, written as automatic copies.
    private(set) var rightToLeftLists = Registry<String>(stem: "RL")

    init(prefix: String) {
        self.prefix = prefix
    }

    mutating func paragraph(_ key: ParagraphKey) -> String { paragraphs.name(for: key, prefix: prefix) }
    mutating func graphic(_ key: GraphicKey) -> String { graphics.name(for: key, prefix: prefix) }
    mutating func table(_ key: TableKey) -> String { tables.name(for: key, prefix: prefix) }
    mutating func unbreakableRow() -> String { rows.name(for: true, prefix: prefix) }
    mutating func column(width: Int) -> String { columns.name(for: width, prefix: prefix) }
    mutating func cell(_ key: CellKey) -> String { cells.name(for: key, prefix: prefix) }
    mutating func listLabel(_ key: LabelKey) -> String { labels.name(for: key, prefix: prefix) }
    mutating func rightToLeftList(_ common: String) -> String { rightToLeftLists.name(for: common, prefix: prefix) }

    /// Styles of one family in order of first use.
    struct Registry<Key: Hashable> {
        let stem: String
        private(set) var ordered: [(name: String, key: Key)] = []
        private var index: [Key: String] = [:]

        init(stem: String) {
            self.stem = stem
        }

        mutating func name(for key: Key, prefix: String) -> String {
            if let name = index[key] { return name }
            let name = prefix + stem + String(ordered.count + 1)
            index[key] = name
            ordered.append((name, key))
            return name
        }
    }
}

/// The master pages: the two of the house style, and the translated part's (written only for a
/// document with a `Translation`).
enum MasterPage: Hashable {
    /// Page 1: the letterhead (`First_20_Page`, followed by `Standard`).
    case firstPage
    /// Following pages (`Standard`).
    case standard
    /// The pages of the translated part: the following pages' layout in the translation's direction,
    /// with its own header and footer (`Translation`, followed by itself).
    case translation

    var styleName: String {
        switch self {
        case .firstPage: return "First_20_Page"
        case .standard: return "Standard"
        case .translation: return "Translation"
        }
    }
}

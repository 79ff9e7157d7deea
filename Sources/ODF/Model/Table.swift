/// A table with optional header rows, column widths, merged cells and borders.
public struct Table: Equatable, Sendable {
    /// Unique name within the document (`table:name`), e.g. `Table1`; the writer names unnamed tables.
    public var name: String?
    /// Column widths; their number fixes the number of columns.
    public var columns: [Length]
    /// Rows repeated at the top of each page (`table:table-header-rows`).
    public var headerRows: [TableRow]
    /// Body rows.
    public var rows: [TableRow]
    /// Draw cell borders.
    public var borders: TableBorders
    /// Keep the table on one page: no row breaks across pages, and no page break between rows
    /// (signature blocks).
    public var keepTogether: Bool
    /// Creates a table.
    public init(name: String? = nil, columns: [Length], headerRows: [TableRow] = [], rows: [TableRow],
                borders: TableBorders = .grid, keepTogether: Bool = false) {
        self.keepTogether = keepTogether
        self.name = name
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.borders = borders
    }
}

/// Border style of a table.
public enum TableBorders: Equatable, Sendable {
    /// Thin lines around every cell.
    case grid
    /// A rule under the header only.
    case headerRule
    /// No borders (layout tables such as the reference line or signature blocks).
    case none
}

/// A table row.
public struct TableRow: Equatable, Sendable {
    /// The cells, left to right. Positions covered by a span are simply absent: the writer emits the
    /// `table:covered-table-cell` elements ODF requires (ODF 1.3 §9.1.5).
    public var cells: [TableCell]
    /// Creates a row.
    public init(_ cells: [TableCell]) { self.cells = cells }
}

/// A table cell.
public struct TableCell: Equatable, Sendable {
    /// The paragraphs (and lists) in the cell.
    public var blocks: [Block]
    /// Columns spanned (≥ 1).
    public var columnSpan: Int
    /// Rows spanned (≥ 1).
    public var rowSpan: Int
    /// Creates a cell.
    public init(_ blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
    /// A one-paragraph cell.
    public init(text: [Inline], style: ParagraphRole = .tableContents, columnSpan: Int = 1, rowSpan: Int = 1) {
        self.init([.paragraph(Paragraph(text, style: style))], columnSpan: columnSpan, rowSpan: rowSpan)
    }
}

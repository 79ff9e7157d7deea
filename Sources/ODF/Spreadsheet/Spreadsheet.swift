/// A one-sheet spreadsheet (OpenDocument Spreadsheet, ODF 1.3 part 3 §9.1): a header row that stays in
/// view, column widths, an autofilter over all rows. Values are typed so Calc sorts and filters dates
/// and numbers as such.
public struct Spreadsheet: Equatable, Sendable {
    /// A column: its heading and width.
    public struct Column: Equatable, Sendable {
        public var heading: String
        public var width: Length
        public init(heading: String, width: Length) {
            self.heading = heading
            self.width = width
        }
    }

    /// A cell value. Text may hold line breaks: each line becomes a paragraph of the cell.
    public enum Cell: Equatable, Sendable {
        case text(String)
        case date(DocumentDate)
        case number(Int)
        case empty
    }

    /// The sheet's name (`table:name`), also the autofilter's target.
    public var sheetName: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Document title (`dc:title`).
    public var title: String
    /// Document language (`dc:language`).
    public var language: LanguageTag
    /// The date written into the metadata and the archive: the same input and date give the same bytes.
    public var date: DocumentDate

    public init(sheetName: String, columns: [Column], rows: [[Cell]], title: String, language: LanguageTag, date: DocumentDate) {
        self.sheetName = sheetName
        self.columns = columns
        self.rows = rows
        self.title = title
        self.language = language
        self.date = date
    }

    /// `A`, `B`, … `Z`, `AA`, … for a zero-based column index.
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}

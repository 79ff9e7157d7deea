import TestSupport
import XCTest
@testable import ODF

/// Tables: widths, header rows, merged cells (ODF 1.3 §9.1.5), borders.
final class TableTests: XCTestCase {
    func cell(_ text: String, columns: Int = 1, rows: Int = 1) -> TableCell {
        TableCell(text: [.text(text)], columnSpan: columns, rowSpan: rows)
    }

    func testMergedCellsEmitTheCoveredCellsODFRequires() throws {
        let table = Table(name: "T", columns: [.mm(30), .mm(40), .mm(50)],
                          headerRows: [TableRow([cell("h1"), cell("h2"), cell("h3")])],
                          rows: [TableRow([cell("a"), cell("b", rows: 2), cell("c")]),
                                 TableRow([cell("d"), cell("e")]),
                                 TableRow([cell("f", columns: 2), cell("g")]),
                                 TableRow([cell("h", columns: 2, rows: 2), cell("i")]),
                                 TableRow([cell("j")])])
        let q = try contentQuery([para("x"), .table(table)])
        XCTAssertEqual(q.count("//table:table-header-rows/table:table-row"), 1)
        let rows = "//table:table/table:table-row"
        XCTAssertEqual(q.count(rows), 5)
        for r in 1...5 {
            XCTAssertEqual(q.count("(\(rows))[\(r)]/*"), 3, "row \(r) must have one element per column")
        }
        XCTAssertEqual(q.value("(\(rows))[1]/table:table-cell[2]/@table:number-rows-spanned"), "2")
        XCTAssertEqual(q.count("(\(rows))[2]/*[2][self::table:covered-table-cell]"), 1)
        XCTAssertEqual(q.value("(\(rows))[3]/table:table-cell[1]/@table:number-columns-spanned"), "2")
        XCTAssertEqual(q.count("(\(rows))[3]/*[2][self::table:covered-table-cell]"), 1)
        XCTAssertEqual(q.count("(\(rows))[4]/table:covered-table-cell"), 1)
        XCTAssertEqual(q.count("(\(rows))[5]/table:covered-table-cell"), 2)
        XCTAssertEqual(q.values("(\(rows))[5]/table:table-cell"), ["j"])
    }

    func testShortRowsArePaddedAndWideRowsRejected() throws {
        let q = try contentQuery([.table(Table(columns: [.mm(10), .mm(10), .mm(10)], rows: [TableRow([cell("a")])]))])
        XCTAssertEqual(q.count("//table:table-row/table:table-cell"), 3)
        assertInvalidModel("row 1 is wider than its 2 columns") {
            _ = try contentXML([.table(Table(name: "T", columns: [.mm(10), .mm(10)], rows: [TableRow([cell("a"), cell("b"), cell("c")])]))])
        }
        assertInvalidModel("wider than its 2 columns") {
            _ = try contentXML([.table(Table(columns: [.mm(10), .mm(10)], rows: [TableRow([cell("a"), cell("b", columns: 2)])]))])
        }
        assertInvalidModel("spans 3 rows but only 1 follow") {
            _ = try contentXML([.table(Table(columns: [.mm(10)], rows: [TableRow([cell("a", rows: 3)])]))])
        }
        assertInvalidModel("has no columns") { _ = try contentXML([.table(Table(columns: [], rows: []))]) }
        assertInvalidModel("column width") { _ = try contentXML([.table(Table(columns: [.mm(0)], rows: []))]) }
        assertInvalidModel("page break cannot stand in a table cell") {
            _ = try contentXML([.table(Table(columns: [.mm(10)], rows: [TableRow([TableCell([.pageBreak(PageBreak())])])]))])
        }
    }

    func testWidthsAndBorders() throws {
        let q = try contentQuery([
            .table(Table(columns: [.mm(42.5), .mm(42.5)], headerRows: [TableRow([cell("h"), cell("h")])],
                         rows: [TableRow([cell("a"), cell("b")])], borders: .grid)),
            .table(Table(columns: [.mm(50)], headerRows: [TableRow([cell("h")])], rows: [TableRow([cell("a")])], borders: .headerRule)),
            .table(Table(columns: [.mm(50)], rows: [TableRow([cell("a")])], borders: .none)),
        ])
        XCTAssertEqual(q.values("//table:table/@table:name"), ["Table1", "Table2", "Table3"])
        let first = try XCTUnwrap(q.value("(//table:table)[1]/@table:style-name"))
        XCTAssertEqual(q.value("//style:style[@style:name='\(first)']/style:table-properties/@style:width"), "8.5cm")
        XCTAssertEqual(q.values("(//table:table)[1]/table:table-column/@table:style-name"), ["Co1", "Co1"])
        func cellProperty(_ table: Int, _ header: Bool, _ attribute: String) -> String? {
            let path = header ? "(//table:table)[\(table)]/table:table-header-rows/table:table-row/table:table-cell"
                              : "(//table:table)[\(table)]/table:table-row/table:table-cell"
            guard let style = q.value("\(path)/@table:style-name") else { return nil }
            return q.value("//style:style[@style:name='\(style)']/style:table-cell-properties/@\(attribute)")
        }
        XCTAssertEqual(cellProperty(1, false, "fo:border"), "0.5pt solid #000000")
        XCTAssertEqual(cellProperty(1, true, "fo:background-color"), "#E8E8E8")
        XCTAssertEqual(cellProperty(2, true, "fo:border-bottom"), "0.75pt solid #000000")
        XCTAssertEqual(cellProperty(2, false, "fo:border"), "none")
        XCTAssertEqual(cellProperty(3, false, "fo:border"), "none")
        XCTAssertEqual(cellProperty(3, false, "fo:padding-left"), "0cm")
        XCTAssertNil(cellProperty(3, false, "fo:background-color"))
    }
}

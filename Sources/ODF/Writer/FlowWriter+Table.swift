import XMLSupport
/// Tables (ODF 1.3 §9.1).
extension FlowWriter {
    /// `table:table` with a table style (total width), one column style per distinct width, header rows
    /// in `table:table-header-rows`, and the covered cells merged cells require (§9.1.5).
    func writeTable(_ table: Table, inFlow: Bool) throws(ODFError) {
        tableCount += 1
        let label = table.name.map { "table \"\($0)\"" } ?? "table \(tableCount)"
        if let name = table.name {
            try XMLCharacters.check(name, "name of table \(tableCount) in \(part.phrase)")
        }
        guard !table.columns.isEmpty else { throw .invalidModel("\(label) has no columns") }
        guard table.columns.allSatisfy(\.isPositive) else {
            throw .invalidModel("\(label) has a column width that is not above zero")
        }
        let name = tableNames.unique(table.name ?? "Table" + String(tableCount))
        let start = takePageStart(inFlow: inFlow)
        let width = table.columns.reduce(0) { $0 + $1.hundredthsOfMillimetre }
        xml.start("table:table")
        xml.attribute("table:name", name)
        xml.attribute("table:style-name", styles.table(.init(width: width, pageStart: start, keepTogether: table.keepTogether, direction: direction)))
        for column in table.columns {
            xml.start("table:table-column")
            xml.attribute("table:style-name", styles.column(width: column.hundredthsOfMillimetre))
            xml.end()
        }
        let borders: AutomaticStyles.CellKey.Borders
        switch table.borders {
        case .grid: borders = .grid
        case .headerRule: borders = .headerRule
        case .none: borders = .none
        }
        if !table.headerRows.isEmpty {
            xml.start("table:table-header-rows")
            try writeRows(table.headerRows, columns: table.columns.count, borders: borders, isHeader: true,
                          label: label + " (header rows)")
            xml.end()
        }
        try writeRows(table.rows, columns: table.columns.count, borders: borders, isHeader: false, label: label,
                      rowStyle: table.keepTogether ? styles.unbreakableRow() : nil)
        xml.end()
    }

    /// Rows of one section (header or body). A row span may not leave its section.
    private func writeRows(_ rows: [TableRow], columns: Int, borders: AutomaticStyles.CellKey.Borders,
                           isHeader: Bool, label: String, rowStyle: String? = nil) throws(ODFError) {
        let cellStyle = styles.cell(.init(borders: borders, isHeader: isHeader, direction: direction))
        // Rows still covered by a row span from above, per column.
        var coveredRows = [Int](repeating: 0, count: columns)
        for (r, row) in rows.enumerated() {
            let covered = coveredRows.map { $0 > 0 }
            for c in 0..<columns where coveredRows[c] > 0 { coveredRows[c] -= 1 }
            xml.start("table:table-row")
            if let rowStyle { xml.attribute("table:style-name", rowStyle) }
            var column = 0
            var cells = row.cells.makeIterator()
            while column < columns {
                if covered[column] {
                    xml.empty("table:covered-table-cell")
                    column += 1
                    continue
                }
                guard let cell = cells.next() else {
                    // A short row is filled with empty cells, so every row has the table's width.
                    try writeCell(TableCell([]), style: cellStyle, isHeader: isHeader)
                    column += 1
                    continue
                }
                guard cell.columnSpan >= 1, cell.rowSpan >= 1 else {
                    throw .invalidModel("\(label), row \(r + 1): a cell spans fewer than one column or row")
                }
                let end = column + cell.columnSpan
                guard end <= columns, !covered[column..<end].contains(true) else {
                    throw .invalidModel("\(label), row \(r + 1) is wider than its \(columns) columns")
                }
                guard r + cell.rowSpan <= rows.count else {
                    throw .invalidModel("\(label), row \(r + 1): a cell spans \(cell.rowSpan) rows but only \(rows.count - r) follow")
                }
                try writeCell(cell, style: cellStyle, isHeader: isHeader)
                for _ in 1..<cell.columnSpan { xml.empty("table:covered-table-cell") }
                for c in column..<end { coveredRows[c] = cell.rowSpan - 1 }
                column = end
            }
            if cells.next() != nil {
                throw .invalidModel("\(label), row \(r + 1) is wider than its \(columns) columns")
            }
            xml.end()
        }
    }

    /// `table:table-cell`; an empty cell still gets an (empty) paragraph, as office suites expect.
    private func writeCell(_ cell: TableCell, style: String, isHeader: Bool) throws(ODFError) {
        xml.start("table:table-cell")
        xml.attribute("table:style-name", style)
        if cell.columnSpan > 1 { xml.attribute("table:number-columns-spanned", cell.columnSpan) }
        if cell.rowSpan > 1 { xml.attribute("table:number-rows-spanned", cell.rowSpan) }
        if cell.blocks.isEmpty {
            try writeParagraph(Paragraph([], style: isHeader ? .tableHeading : .tableContents), inFlow: false)
        }
        try writeBlocks(cell.blocks, inFlow: false)
        xml.end()
    }
}

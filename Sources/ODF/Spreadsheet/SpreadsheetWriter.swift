import XMLSupport
/// Writes a `Spreadsheet` as an `.ods` package (ODF 1.3): `mimetype` first and stored, then
/// `content.xml`, `styles.xml`, `meta.xml`, `settings.xml`, and the manifest last — the same package
/// rules as a text document (`OpenDocumentPackage`), with the spreadsheet media type.
public enum SpreadsheetWriter {
    static let mimetype = "application/vnd.oasis.opendocument.spreadsheet"
    static let settingsPath = "settings.xml"

    /// The whole `.ods`.
    public static func package(_ sheet: Spreadsheet) throws(ODFError) -> [UInt8] {
        try validate(sheet)
        let deflater = Deflater()
        let mime = Array(mimetype.utf8)
        let meta = try MetaWriter.write(Metadata(title: sheet.title, language: sheet.language, date: sheet.date))
        let listed: [(path: String, mediaType: String)] = [
            (OpenDocumentPackage.contentPath, OpenDocumentPackage.xmlMediaType), (OpenDocumentPackage.stylesPath, OpenDocumentPackage.xmlMediaType),
            (OpenDocumentPackage.metaPath, OpenDocumentPackage.xmlMediaType), (settingsPath, OpenDocumentPackage.xmlMediaType),
        ]
        let entries = [
            ZipEntry(name: "mimetype", method: .stored, crc32: CRC32.checksum(mime), uncompressedSize: mime.count, data: mime),
            OpenDocumentPackage.deflated(OpenDocumentPackage.contentPath, try content(sheet), deflater),
            OpenDocumentPackage.deflated(OpenDocumentPackage.stylesPath, try styles(sheet), deflater),
            OpenDocumentPackage.deflated(OpenDocumentPackage.metaPath, meta, deflater),
            OpenDocumentPackage.deflated(settingsPath, try settings(sheet), deflater),
            OpenDocumentPackage.deflated(OpenDocumentPackage.manifestPath, try ManifestWriter.write(entries: listed, documentType: mimetype), deflater),
        ]
        return ZipWriter.archive(entries, date: sheet.date)
    }

    /// `content.xml` alone (golden tests).
    public static func contentXML(_ sheet: Spreadsheet) throws(ODFError) -> [UInt8] {
        try validate(sheet)
        return try content(sheet)
    }

    private static func validate(_ sheet: Spreadsheet) throws(ODFError) {
        guard !sheet.columns.isEmpty else { throw .invalidModel("the spreadsheet has no columns") }
        guard !sheet.sheetName.isEmpty, !sheet.sheetName.contains(where: { "[]*?:/\\'".contains($0) }) else {
            throw .invalidModel("the sheet name may not be empty or hold [ ] * ? : / \\ '")
        }
        try XMLCharacters.check(sheet.sheetName, "sheet name")
        for column in sheet.columns { try XMLCharacters.check(column.heading, "a column heading") }
        for (r, row) in sheet.rows.enumerated() {
            guard row.count <= sheet.columns.count else { throw .invalidModel("row \(r + 1) is wider than its \(sheet.columns.count) columns") }
            for case .text(let text) in row { try XMLCharacters.check(text, "a cell of row \(r + 1)") }
        }
    }

    // MARK: content.xml

    private static func content(_ sheet: Spreadsheet) throws(ODFError) -> [UInt8] {
        let xml = XMLWriter(capacity: 16384)
        xml.start("office:document-content")
        xml.attributes(["xmlns:office": Namespace.office, "xmlns:style": Namespace.style, "xmlns:text": Namespace.text,
                        "xmlns:table": Namespace.table, "xmlns:fo": Namespace.fo, "xmlns:number": Namespace.number])
        xml.attribute("office:version", Namespace.odfVersion)
        // One column style per distinct width, in order of first use (deterministic names co1, co2, …).
        var widths: [Int] = []
        for column in sheet.columns where !widths.contains(column.width.hundredthsOfMillimetre) {
            widths.append(column.width.hundredthsOfMillimetre)
        }
        xml.start("office:automatic-styles")
        for (i, width) in widths.enumerated() {
            xml.start("style:style")
            xml.attribute("style:name", "co\(i + 1)")
            xml.attribute("style:family", "table-column")
            xml.element("style:table-column-properties", ["fo:break-before": "auto", "style:column-width": Length(millimetres: Double(width) / 100).odf])
            xml.end()
        }
        xml.start("style:style")
        xml.attribute("style:name", "ro1")
        xml.attribute("style:family", "table-row")
        xml.element("style:table-row-properties", ["style:use-optimal-row-height": "true"])
        xml.end()
        // ISO dates (2026-04-01): the same in every language, and what Calc sorts and filters as dates.
        xml.start("number:date-style")
        xml.attribute("style:name", "N1")
        xml.element("number:year", ["number:style": "long"])
        xml.textElement("number:text", "-")
        xml.element("number:month", ["number:style": "long"])
        xml.textElement("number:text", "-")
        xml.element("number:day", ["number:style": "long"])
        xml.end()
        cellStyle(xml, "ceH", bold: true, dataStyle: nil)
        cellStyle(xml, "ceT", bold: false, dataStyle: nil)
        cellStyle(xml, "ceD", bold: false, dataStyle: "N1")
        xml.end()

        xml.start("office:body")
        xml.start("office:spreadsheet")
        xml.start("table:table")
        xml.attribute("table:name", sheet.sheetName)
        for column in sheet.columns {
            xml.start("table:table-column")
            xml.attribute("table:style-name", "co\((widths.firstIndex(of: column.width.hundredthsOfMillimetre) ?? 0) + 1)")
            xml.attribute("table:default-cell-style-name", "ceT")
            xml.end()
        }
        // The header row is also the print title row (repeated on every printed page).
        xml.start("table:table-header-rows")
        row(xml, sheet.columns.map { .text($0.heading) }, width: sheet.columns.count, header: true)
        xml.end()
        for cells in sheet.rows { row(xml, cells, width: sheet.columns.count, header: false) }
        xml.end()   // table:table
        // The autofilter: a database range over the header and every row, with filter buttons.
        xml.start("table:database-ranges")
        xml.start("table:database-range")
        xml.attribute("table:name", "__Anonymous_Sheet_DB__0")
        xml.attribute("table:target-range-address", rangeAddress(sheet))
        xml.attribute("table:display-filter-buttons", "true")
        xml.end()
        xml.end()
        xml.end()   // office:spreadsheet
        xml.end()   // office:body
        xml.end()
        return try xml.finish()
    }

    private static func cellStyle(_ xml: XMLWriter, _ name: String, bold: Bool, dataStyle: String?) {
        xml.start("style:style")
        xml.attribute("style:name", name)
        xml.attribute("style:family", "table-cell")
        xml.attribute("style:parent-style-name", "Default")
        if let dataStyle { xml.attribute("style:data-style-name", dataStyle) }
        if bold {
            xml.element("style:table-cell-properties", ["fo:background-color": "#dde4ee", "style:vertical-align": "top", "fo:wrap-option": "wrap"])
            xml.element("style:text-properties", ["fo:font-weight": "bold", "style:font-weight-asian": "bold", "style:font-weight-complex": "bold"])
        } else {
            xml.element("style:table-cell-properties", ["style:vertical-align": "top", "fo:wrap-option": "wrap"])
        }
        xml.end()
    }

    private static func row(_ xml: XMLWriter, _ cells: [Spreadsheet.Cell], width: Int, header: Bool) {
        xml.start("table:table-row")
        xml.attribute("table:style-name", "ro1")
        for index in 0..<width {
            let cell = index < cells.count ? cells[index] : .empty
            xml.start("table:table-cell")
            switch cell {
            case .text(let text):
                if header { xml.attribute("table:style-name", "ceH") }
                xml.attribute("office:value-type", "string")
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { xml.textElement("text:p", String(line)) }
            case .date(let date):
                xml.attribute("table:style-name", "ceD")
                xml.attribute("office:value-type", "date")
                let iso = date.isoDateTime.prefix(10)
                xml.attribute("office:date-value", String(iso))
                xml.textElement("text:p", String(iso))
            case .number(let number):
                xml.attribute("office:value-type", "float")
                xml.attribute("office:value", String(number))
                xml.textElement("text:p", String(number))
            case .empty:
                break
            }
            xml.end()
        }
        xml.end()
    }

    /// `'Verwerkers'.A1:'Verwerkers'.R3` (ODF 1.3 part 3 §18.3.5: a quoted table name, then the cell).
    static func rangeAddress(_ sheet: Spreadsheet) -> String {
        let name = "'" + sheet.sheetName + "'"
        let last = Spreadsheet.columnLetters(sheet.columns.count - 1) + String(sheet.rows.count + 1)
        return "\(name).A1:\(name).\(last)"
    }

    // MARK: styles.xml and settings.xml

    private static func styles(_ sheet: Spreadsheet) throws(ODFError) -> [UInt8] {
        let xml = XMLWriter(capacity: 2048)
        xml.start("office:document-styles")
        xml.attributes(["xmlns:office": Namespace.office, "xmlns:style": Namespace.style, "xmlns:fo": Namespace.fo])
        xml.attribute("office:version", Namespace.odfVersion)
        xml.start("office:styles")
        xml.start("style:default-style")
        xml.attribute("style:family", "table-cell")
        xml.element("style:text-properties", ["fo:font-size": "10pt", "fo:language": sheet.language.language,
                                              "fo:country": sheet.language.country ?? "none"])
        xml.end()
        xml.start("style:style")
        xml.attribute("style:name", "Default")
        xml.attribute("style:family", "table-cell")
        xml.end()
        xml.end()
        xml.end()
        return try xml.finish()
    }

    /// The header row frozen (LibreOffice's view settings: a split after row 1, frozen, the lower pane active).
    private static func settings(_ sheet: Spreadsheet) throws(ODFError) -> [UInt8] {
        let xml = XMLWriter(capacity: 2048)
        xml.start("office:document-settings")
        xml.attributes(["xmlns:office": Namespace.office, "xmlns:config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0"])
        xml.attribute("office:version", Namespace.odfVersion)
        xml.start("office:settings")
        xml.start("config:config-item-set")
        xml.attribute("config:name", "ooo:view-settings")
        xml.start("config:config-item-map-indexed")
        xml.attribute("config:name", "Views")
        xml.start("config:config-item-map-entry")
        item(xml, "ViewId", "string", "view1")
        xml.start("config:config-item-map-named")
        xml.attribute("config:name", "Tables")
        xml.start("config:config-item-map-entry")
        xml.attribute("config:name", sheet.sheetName)
        for (name, type, value) in [("HorizontalSplitMode", "short", "0"), ("VerticalSplitMode", "short", "2"),
                                    ("HorizontalSplitPosition", "int", "0"), ("VerticalSplitPosition", "int", "1"),
                                    ("ActiveSplitRange", "short", "2"), ("PositionLeft", "int", "0"),
                                    ("PositionRight", "int", "0"), ("PositionTop", "int", "0"), ("PositionBottom", "int", "1")] {
            item(xml, name, type, value)
        }
        xml.end()
        xml.end()
        item(xml, "ActiveTable", "string", sheet.sheetName)
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        return try xml.finish()
    }

    private static func item(_ xml: XMLWriter, _ name: String, _ type: String, _ value: String) {
        xml.start("config:config-item")
        xml.attribute("config:name", name)
        xml.attribute("config:type", type)
        xml.text(value)
        xml.end()
    }
}

import DelimitedText
/// The register as CSV the way Excel opens it with a double-click on a Dutch (or any European) system
/// (decision 074): UTF-8 with a byte-order mark (else Excel reads Windows-1252 and breaks ë, é, ü),
/// `;` between fields (the list separator of locales whose decimal mark is a comma, nl-NL among them),
/// CRLF between records (RFC 4180), fields quoted when they hold `;`, `"` or a line break, quotes
/// doubled, line breaks inside a cell kept (Excel shows them as lines of one cell), dates as ISO
/// `2026-04-01` (which Excel reads as a date in every locale). A text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet never runs it as a formula (CSV
/// injection, OWASP; `CSVField`, the one rule). Unlike the batch's reports (decision 034) such a cell is
/// not also forced into quotes: the `'` alone is what keeps Excel from evaluating it (Excel evaluates a
/// quoted `"=…"` just the same), and the register's bytes stay as decision 074 wrote them.
public enum RegisterCSV {
    public static func bytes(_ register: ProcessorRegister) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func record(_ fields: [String]) {
            out.append(contentsOf: Array(fields.map { CSVField.quoted($0, separator: UInt8(ascii: ";")) }.joined(separator: ";").utf8))
            out.append(contentsOf: [0x0D, 0x0A])
        }
        record(register.headings)
        for row in register.rows {
            record(row.map { cell in
                switch cell {
                case .text(let s): return CSVField.defused(s)
                case .date(let d): return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
                case .number(let n): return String(n)
                case .empty: return ""
                }
            })
        }
        return out
    }
}

/// One cell of `manifest.csv` or `rejects.csv`: RFC 4180 quoting, and neutralised against CSV injection.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is taken as a formula by Excel
/// and LibreOffice Calc (a reference such as `=HYPERLINK(…)` would run when the manifest is opened). As
/// OWASP's "CSV Injection" page recommends, such a cell gets a leading single quote, which spreadsheets
/// show as text and do not evaluate, and is always quoted. Cells privdoc writes itself (row numbers, sizes,
/// hashes, `id@version` lists) never start with those characters, so only values from the input — the
/// reference, an input file name — are ever changed, and the change is visible (decision 034).
enum CSVCell {
    static func encode(_ field: String) -> String {
        let bytes = field.utf8
        let dangerous: Bool
        switch bytes.first {
        case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?, 0x09?, 0x0D?: dangerous = true
        default: dangerous = false
        }
        // Scanning bytes, not Characters: a manifest line is written for every document.
        let needsQuotes = dangerous || bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return field }
        let body = (dangerous ? "'" : "") + field.replacingOccurrences(of: "\"", with: "\"\"")
        return "\"" + body + "\""
    }
}

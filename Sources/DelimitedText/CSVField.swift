/// The one rule for writing a field of a CSV file privdoc makes (issue 10, "one place per rule"): RFC 4180
/// quoting, and the OWASP formula rule of decision 034.
///
/// Every CSV writer asks here: the batch's `manifest.csv` and `rejects.csv`, the PDF manifest, the
/// processor register (`;`, decision 074), the review package's termbase and the bench's sample input.
/// They differ only in their separator and in whether a cell from the input is neutralised — an explicit
/// argument, because a file privdoc reads back (a termbase, a batch input) must keep its values as written.
public enum CSVField {
    /// RFC 4180: the field as it is, or enclosed in `"` with `"` doubled when it holds the separator, a `"`
    /// or a line break, or when `always` is set. Line breaks are every Unicode line-break scalar (LF, VT,
    /// FF, CR, NEL, U+2028, U+2029), since some readers end a record at each of them.
    ///
    /// `separator` is an ASCII byte (`,`, `;` or tab).
    public static func quoted(_ field: String, separator: UInt8 = UInt8(ascii: ","), always: Bool = false) -> String {
        guard always || needsQuotes(field, separator: separator) else { return field }
        // By scalars, not Characters: a `"` followed by a combining mark is one Character, and still a quote.
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in field.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }

    /// Whether a spreadsheet (Excel, LibreOffice Calc) would take a cell with this text for a formula: it
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"; decision 034).
    public static func looksLikeFormula(_ text: String) -> Bool {
        switch text.utf8.first {
        case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?, 0x09?, 0x0D?: return true
        default: return false
        }
    }

    /// The text with a leading `'` when it looks like a formula: spreadsheets show the quote and the text,
    /// and evaluate nothing; the change is visible, so nothing is silently altered (decision 034).
    public static func defused(_ text: String) -> String {
        looksLikeFormula(text) ? "'" + text : text
    }

    /// A cell from the input in a report (decision 034): defused, and then always quoted, as OWASP
    /// recommends; a cell that is no formula is quoted only where RFC 4180 needs it.
    public static func neutralised(_ field: String, separator: UInt8 = UInt8(ascii: ",")) -> String {
        looksLikeFormula(field) ? quoted(defused(field), separator: separator, always: true) : quoted(field, separator: separator)
    }

    /// Scans bytes, not Characters (a manifest line is written for every document); the first non-ASCII
    /// byte sends the scan to the scalars, for the three line breaks beyond ASCII.
    private static func needsQuotes(_ field: String, separator: UInt8) -> Bool {
        for byte in field.utf8 {
            switch byte {
            case separator, UInt8(ascii: "\""), 0x0A...0x0D: return true
            case 0x80...:
                return field.unicodeScalars.contains { s in
                    s.value == UInt32(separator) || s == "\"" || (0x0A...0x0D).contains(s.value)
                        || s == "\u{85}" || s == "\u{2028}" || s == "\u{2029}"
                }
            default: continue
            }
        }
        return false
    }
}

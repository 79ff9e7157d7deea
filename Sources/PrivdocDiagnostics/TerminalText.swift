/// Text made safe to print on a terminal or in a report (issue 15: escape sequences in field names from a
/// CSV header or YAML keys reached the terminal in messages).
///
/// Every character that can drive a terminal or reorder a line is shown as a visible escape `\u{1B}`:
/// C0 and C1 controls (ESC starts ANSI/OSC sequences, CR rewrites the line), DEL, format characters such as
/// the bidi controls U+202A–U+202E and U+2066–U+2069 (Trojan Source, CVE-2021-42574) and zero-width
/// characters, line and paragraph separators, surrogates and unassigned code points. Tab and line feed
/// stay: messages are laid out with them. Everything else — letters of any script, digits, punctuation,
/// emoji — is printed as is, so a name stays readable.
public enum TerminalText {
    /// `text` with every unsafe character replaced by `\u{XXXX}`.
    public static func escaped(_ text: String) -> String {
        // Most text is printable ASCII: one byte scan decides it.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSafe(scalar) {
                out.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)}".unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether one character may be printed as it is.
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse: return false
        default: return true
        }
    }
}

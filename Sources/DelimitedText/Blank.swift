/// The one definition of "blank" (issue 10, "One blank"): a text is blank when it holds nothing but
/// Unicode white space — the `White_Space` property, which includes the no-break spaces U+00A0, U+2007
/// and U+202F that Excel and Word leave in "empty" cells — and the invisible U+200B (zero width space)
/// and U+FEFF (zero width no-break space, a stray byte order mark).
///
/// `required` (field validation), conditions (`{{#if field}}`, `Value.isTruthy`) and rendering (an
/// address line that is only spaces is left out) all ask here, so a value can never be "given" to one
/// of them and "missing" to another. It lives in DelimitedText, below every reader, so that the CSV
/// reader's header, the case-data builder and the translators' termbase ask the same rule.
public enum Blank {
    /// Whether `text` is empty or holds only blank characters.
    ///
    /// Checked for every value of every document, so the common case — a value that starts with an ASCII
    /// letter or digit — is decided on its first UTF-8 byte.
    public static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return text.unicodeScalars.allSatisfy(isBlank)
            default: return false
            }
        }
        return true
    }

    /// Whether one scalar is blank in the sense of ``isBlank(_:)-swift.type.method``.
    public static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }
}

extension String {
    /// Whether the string is blank (``Blank``).
    public var isBlank: Bool { Blank.isBlank(self) }
}

extension String {
    /// The string without leading and trailing blank characters (``Blank``).
    public var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Blank.isBlank($0) }),
              let last = scalars.lastIndex(where: { !Blank.isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

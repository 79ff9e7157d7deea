/// The characters a library text may not hold (clause texts, snippets, XLIFF targets, the organisation
/// profile): control characters and the non-characters U+FFFE/U+FFFF (decision 013).
///
/// XML 1.0 §2.2 cannot carry C0 controls (other than tab, LF, CR) nor U+FFFE/U+FFFF, so the ODF writer
/// would refuse the document at render time with an unlocated "paragraph 20". DEL and the C1 controls are
/// legal XML but print as nothing or as garbage, and always mark a broken paste or a wrong encoding (a
/// CP-1252 file read as Latin-1). Line structure in a clause is LF; tab is allowed (it is white space).
public enum TextCharacters {
    /// Whether a scalar may not appear in a library text.
    @inline(__always)
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The first forbidden character and its position (0-based line and column in scalars), or nil.
    public static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, position: TextPosition)? {
        // Fast path: every forbidden scalar has a UTF-8 byte below 0x20, 0x7F, a C1 lead byte 0xC2, or the
        // lead byte 0xEF of U+FFFE/U+FFFF.
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else {
            return nil
        }
        var line = 0, column = 0
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, TextPosition(line: line, column: column)) }
            if scalar == "\n" { line += 1; column = 0 } else { column += 1 }
        }
        return nil
    }

    /// `U+0007`.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The message for a forbidden character, without the text around it.
    public static func message(_ scalar: Unicode.Scalar, in what: String) -> String {
        "character \(code(scalar)) (a control character or non-character) cannot be in \(what); delete it (decision 013)"
    }
}

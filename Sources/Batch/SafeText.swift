/// Text from the input shown in a message — a column name, a field name — made safe for a terminal and a
/// one-line report: control characters (escape sequences included), bidi controls and line breaks are
/// shown as `\u{…}`, and a long name is cut (issue 15: escape sequences in a CSV header reached the
/// terminal). Never used for values: values are personal data and are not shown at all.
enum SafeText {
    static func name(_ text: String, limit: Int = 80) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { out += "…"; break }
            count += 1
            if isUnsafe(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true                      // C0, DEL, C1 (ESC, CSI)
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // zero-width and bidi controls
        case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

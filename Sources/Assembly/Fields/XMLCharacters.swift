/// The characters XML 1.0 cannot carry (XML 1.0 §2.2 `Char`): C0 controls other than tab, line feed and
/// carriage return, and U+FFFE/U+FFFF. (Surrogates cannot occur in a Swift string.)
///
/// Decision (docs/decisions/005): such a character in case data is *rejected* with the field's name —
/// silently removing it could change a name or a reference. The ODF writer enforces the same rule as a
/// safety net.
enum XMLCharacters {
    /// The first character XML cannot hold, or nil.
    static func firstIllegal(in text: String) -> Unicode.Scalar? {
        // Every case value passes here: scan the bytes first, decode scalars only when one looks bad.
        guard mayContainIllegal(text) else { return nil }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 {
                if v != 0x09 && v != 0x0A && v != 0x0D { return scalar }
            } else if v == 0xFFFE || v == 0xFFFF {
                return scalar
            }
        }
        return nil
    }

    /// False when the text certainly holds no illegal character: no byte below 0x20 other than tab, line
    /// feed and carriage return, and no 0xEF (the lead byte of U+FFFE and U+FFFF in UTF-8).
    private static func mayContainIllegal(_ text: String) -> Bool {
        UTF8Bytes.anyByte(of: text) { byte in
            byte < 0x20 ? (byte != 0x09 && byte != 0x0A && byte != 0x0D) : byte == 0xEF
        }
    }

    /// `U+0007`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

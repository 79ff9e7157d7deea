import ClauseSyntax

/// Dutch postcodes: four digits (the first not 0), a space, two capital letters — the form PostNL asks
/// for in the envelope window ("1234 AB").
enum DutchPostcode {
    /// The normalised postcode (`1234ab` → `1234 AB`), or nil when the text is not a Dutch postcode.
    static func normalise(_ text: String) -> String? {
        // On UTF-8 bytes: a valid postcode is ASCII, so any other byte (or a seventh character) rejects it.
        var chars: [UInt8] = []
        chars.reserveCapacity(6)
        for byte in text.utf8 where byte != 0x20 {
            guard byte < 0x80, chars.count < 6 else { return nil }
            chars.append(byte)
        }
        guard chars.count == 6 else { return nil }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        guard chars[0] != UInt8(ascii: "0"), chars[0...3].allSatisfy(isDigit), chars[4...5].allSatisfy(isLetter) else { return nil }
        // `1234 AB`: the digits, a space, the letters in capitals (ASCII: clearing bit 5 upper-cases).
        let normalised = chars[0...3] + [0x20] + chars[4...5].map { $0 & ~0x20 }
        return String(decoding: normalised, as: UTF8.self)
    }

    /// Whether a country value means the Netherlands (absent or blank counts as the Netherlands; the one
    /// blank, `Blank`, so a cell holding a no-break space is absent here as it is to `required`).
    static func isNetherlands(_ country: String?) -> Bool {
        guard let country, !country.isBlank else { return true }
        return ["NL", "NLD", "NEDERLAND", "NETHERLANDS", "THE NETHERLANDS"].contains(country.trimmingBlanks.uppercased())
    }
}

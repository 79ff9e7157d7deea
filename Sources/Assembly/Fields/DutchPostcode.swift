/// Dutch postcodes: four digits (the first not 0), a space, two capital letters — the form PostNL asks
/// for in the envelope window ("1234 AB").
enum DutchPostcode {
    /// The normalised postcode (`1234ab` → `1234 AB`), or nil when the text is not a Dutch postcode.
    static func normalise(_ text: String) -> String? {
        let compact = text.unicodeScalars.filter { $0 != " " }
        guard compact.count == 6 else { return nil }
        let chars = Array(compact)
        guard ("1"..."9").contains(chars[0]), chars[1...3].allSatisfy({ ("0"..."9").contains($0) }),
              chars[4...5].allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return nil }
        let digits = String(String.UnicodeScalarView(chars[0...3]))
        let letters = String(String.UnicodeScalarView(chars[4...5])).uppercased()
        return digits + " " + letters
    }

    /// Whether a country value means the Netherlands (absent counts as the Netherlands).
    static func isNetherlands(_ country: String?) -> Bool {
        guard let country, !country.trimmingSpaces.isEmpty else { return true }
        return ["NL", "NLD", "NEDERLAND", "NETHERLANDS", "THE NETHERLANDS"].contains(country.trimmingSpaces.uppercased())
    }
}

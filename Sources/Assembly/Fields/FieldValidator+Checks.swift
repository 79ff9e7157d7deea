/// Checks across fields: Dutch postcodes in composites, and case values no field asks for.
extension FieldValidator {
    /// A Dutch address (no country, or the Netherlands) needs a postcode like `1234 AB`; it is stored
    /// normalised so the envelope window prints it the way PostNL asks.
    mutating func checkPostcodes(_ values: inout Values) {
        for paths in table.postcodePaths {
            let path = paths.postcode
            guard case .text(let postcode)? = values[path] else { continue }
            var country: String?
            if case .text(let c)? = values[paths.country] { country = c }
            guard DutchPostcode.isNetherlands(country) else { continue }
            if let normalised = DutchPostcode.normalise(postcode) {
                values[path] = .text(normalised)
            } else {
                values[path] = nil
                reportInvalid(path, .fieldPostcode, "expected a Dutch postcode like 1234 AB (or give a country)")
            }
        }
    }

    /// Values the template does not ask for are ignored with a warning (a typo in a field name should
    /// not pass unnoticed, but should not stop a letter either).
    mutating func reportUnknown(foundFields: Int) {
        if table.accountsForAllKeys(of: data, foundFields: foundFields) { return }
        // Filtered before sorting: nearly every key is known, so there is seldom anything to sort.
        for key in data.values.keys.filter({ !isKnown($0) }).sorted() {
            reportWarning(key, .fieldUnknown, "not a field of this template; ignored")
        }
    }

    private func isKnown(_ key: String) -> Bool {
        if table.declares(key) { return true }
        // Numbered list columns: `purposes.2`, `subprocessors.1.name`.
        var prefix = Substring(key)
        while let dot = prefix.lastIndex(of: ".") {
            prefix = prefix[..<dot]
            if let spec = table.byName[String(prefix)] {
                switch spec.type {
                case .textList, .recordList: return true
                default: return false
                }
            }
        }
        return false
    }
}

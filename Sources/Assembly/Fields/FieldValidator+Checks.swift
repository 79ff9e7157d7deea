/// Checks across fields: Dutch postcodes in composites, and case values no field asks for.
extension FieldValidator {
    /// A Dutch address (no country, or the Netherlands) needs a postcode like `1234 AB`; it is stored
    /// normalised so the envelope window prints it the way PostNL asks.
    mutating func checkPostcodes(_ values: inout Values) {
        for paths in table.postcodePaths {
            let path = paths.postcode
            // A wrong country is its own error: the postcode is not judged by a guess (one mistake, one message).
            guard case .text(let postcode)? = values[path], !invalid.contains(paths.country) else { continue }
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

    /// The country of a postal address (a person's or an address composite; not an agreement party's,
    /// which is a readable name per language) is an ISO 3166-1 alpha-2 code from the library's country
    /// list (decision 180): the envelope prints its name, and `recipient.country != NL` reads it.
    mutating func checkCountries(_ values: inout Values) {
        for composite in table.composites where composite.kind != .party {
            let path = composite.name + ".country"
            guard case .text(let raw)? = values[path] else { continue }
            let code = raw.trimmingBlanks
            guard let countries else {
                values[path] = nil
                reportInvalid(path, .fieldCountry, "the library has no country list (\(CountryList.file))")
                continue
            }
            if countries.names[code] != nil {
                values[path] = .text(code)
            } else {
                values[path] = nil
                reportInvalid(path, .fieldCountry, "expected an ISO 3166-1 alpha-2 country code in capitals, such as NL, BE or DE (\(CountryList.file))")
            }
        }
    }

    /// A person's name fields must agree (PersonName, decision 160); when only the parts are given, the
    /// name the envelope and the conditions read (`recipient.name`) is made from them.
    mutating func checkNames(_ values: inout Values) {
        for person in table.composites where person.kind == .person {
            let p = person.name
            func text(_ part: String) -> String? {
                if case .text(let t)? = values["\(p).\(part)"], !t.isBlank { return t.trimmingBlanks }
                return nil
            }
            let name = PersonName(name: text("name"), surname: text("surname"), givenName: text("given-name"), initials: text("initials"))
            let problems = name.problems(prefix: p)
            for problem in problems { reportInvalid("\(p).\(problem.part)", .fieldName, problem.message) }
            // The name could not be made: rules that read it are skipped (one mistake, one message).
            if !problems.isEmpty, name.name == nil { invalid.insert("\(p).name") }
            if problems.isEmpty, name.name == nil, let printed = name.printed { values["\(p).name"] = .text(printed) }
        }
    }

    /// Values the template does not ask for are ignored with a warning (a typo in a field name should
    /// not pass unnoticed, but should not stop a letter either). A value another template of the library
    /// reads is no typo — one case file serves the acknowledgement, the extension and the decision — and
    /// passes without a word (decision 013).
    mutating func reportUnknown(foundFields: Int) {
        if table.accountsForAllKeys(of: data, foundFields: foundFields) { return }
        // Filtered before sorting: nearly every key is known, so there is seldom anything to sort.
        for key in data.values.keys.filter({ !table.accounts(for: $0) && !alsoKnown($0) }).sorted() {
            reportWarning(key, .fieldUnknown, "not a field of any template of the library (a typo?); ignored")
        }
    }
}

extension FieldTable {
    /// Whether a case key or batch column is one of these fields: declared, a builtin, or an item of a
    /// list field (`purposes.2`, `subprocessors.1.name`). The one rule for "this template reads it".
    func accounts(for name: String) -> Bool {
        if declares(name) { return true }
        // `items.2.name` → the list `items` with an item part `name`.
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard let index = parts.firstIndex(where: { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              index > 0 else { return false }
        let list = parts[..<index].joined(separator: ".")
        guard let spec = byName[list] else { return false }
        let rest = parts[(index + 1)...].joined(separator: ".")
        switch spec.type {
        case .textList: return rest.isEmpty
        case .recordList(let subs): return subs.contains { $0.name == rest }
        default: return false
        }
    }
}

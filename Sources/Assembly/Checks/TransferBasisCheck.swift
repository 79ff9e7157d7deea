import PrivdocDiagnostics

/// GDPR arts 44–46 (domain.md §9): processing in a country outside the EEA — at a processing location or
/// by a sub-processor — needs a transfer entry naming that country and its mechanism (adequacy decision,
/// SCCs, BCRs). Without one it is an input error, located at the item's `country-code`.
///
/// Matching: a location needs a transfer with the same `country-code`; a sub-processor needs one with
/// the same `country-code` whose `recipient` is the sub-processor's `name` (spaces and case aside). The
/// check also sets each location's `eea` from its code, so the annex can never contradict the list.
struct TransferBasisCheck {
    let eea: Set<String>
    let data: CaseData

    func run(_ values: inout Values, invalid: Set<String>, bag: inout DiagnosticBag) {
        let transfers = records("transfers", values)
        var covered: [String: [String]] = [:]   // country code → recipients
        for (index, transfer) in transfers.enumerated() {
            let path = "transfers[\(index + 1)].country-code"
            guard let code = code(transfer, at: path, bag: &bag) else { continue }
            if eea.contains(code) {
                bag.warning(.transferBasis, at: data.location(of: path), field: path,
                            "\(code) is in the EEA: processing there is not a transfer and needs no entry")
            }
            covered[code, default: []].append(Self.normalised(text(transfer["recipient"])))
        }

        if !invalid.contains("locations") {
            var locations = records("locations", values)
            for index in locations.indices {
                let path = "locations[\(index + 1)]"
                guard let code = code(locations[index], at: path + ".country-code", bag: &bag) else { continue }
                let inEEA = eea.contains(code)
                if case .boolean(let given)? = locations[index]["eea"], given != inEEA {
                    bag.error(.transferBasis, at: data.location(of: path + ".eea"), field: path + ".eea",
                              "says \(given ? "inside" : "outside") the EEA, but \(code) is \(inEEA ? "inside" : "outside") it (templates/data/eea-countries.yaml); leave eea out")
                }
                locations[index]["eea"] = .boolean(inEEA)
                if !inEEA, covered[code] == nil {
                    bag.error(.transferBasis, at: data.location(of: path + ".country-code"), field: path + ".country-code",
                              "processing in \(code), outside the EEA, needs a transfer basis: add a `transfers` entry with country-code \(code), the recipient and a mechanism (adequacy, scc or bcr) — GDPR arts 44–46")
                }
            }
            if !locations.isEmpty { values["locations"] = .records(locations) }
        }

        guard !invalid.contains("subprocessors") else { return }
        for (index, sub) in records("subprocessors", values).enumerated() {
            let path = "subprocessors[\(index + 1)]"
            guard let code = code(sub, at: path + ".country-code", bag: &bag), !eea.contains(code) else { continue }
            let name = Self.normalised(text(sub["name"]))
            if !(covered[code] ?? []).contains(name) {
                bag.error(.transferBasis, at: data.location(of: path + ".country-code"), field: path + ".country-code",
                          "this sub-processor processes in \(code), outside the EEA: add a `transfers` entry with country-code \(code), its name as recipient and a mechanism (adequacy, scc or bcr) — GDPR arts 44–46")
            }
        }
    }

    private func records(_ name: String, _ values: Values) -> [[String: Value]] {
        if case .records(let r)? = values[name] { return r }
        return []
    }

    /// The item's country code, checked for form (a wrong code would silently count as outside the EEA).
    private func code(_ record: [String: Value], at path: String, bag: inout DiagnosticBag) -> String? {
        guard case .text(let raw)? = record["country-code"] else { return nil }   // required: already reported
        let code = raw.trimmingBlanks   // the one blank (`Blank`): a no-break space around the code is no part of it
        guard CountryCode.isWellFormed(code) else {
            bag.error(.fieldType, at: data.location(of: path), field: path, "expected an ISO 3166-1 alpha-2 country code in capitals, such as NL or US")
            return nil
        }
        return code
    }

    private func text(_ value: Value?) -> String {
        if case .text(let s)? = value { return s }
        return ""
    }

    static func normalised(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}

/// Lists of records with `key:` (decision 150): one item per value of the multi-valued enum the key
/// stands for — a decision with an outcome for each right asked for, none for a right not asked for,
/// none twice — and the fields the items stand for given per item only, never also for the whole case.
/// Every problem is located on the item or field and named by position, never by value.
extension FieldValidator {
    mutating func checkKeyedLists(_ values: Values) {
        for spec in table.specs {
            guard let key = spec.key, case .recordList(let subs) = spec.type,
                  case .records(let items)? = values[spec.name],
                  let target = subs.first(where: { $0.name == key })?.standsFor else { continue }
            checkBothForms(spec.name, subs: subs, key: key, values)
            // The values to match; when they are wrong, that is the problem already reported.
            guard !invalid.contains(target), case .list(let wanted)? = values[target] else { continue }
            var seen: [String: Int] = [:]
            for (offset, item) in items.enumerated() {
                let path = "\(spec.name)[\(offset + 1)].\(key)"
                guard case .text(let code)? = item[key] else { continue }
                if !wanted.contains(code) {
                    reportInvalid(path, .ruleFailed, "not one of the values of \(target); give one item for each of them and no other")
                } else if let first = seen[code] {
                    reportInvalid(path, .ruleFailed, "the same as item \(first); give each value of \(target) one item")
                } else {
                    seen[code] = offset + 1
                }
            }
            for (offset, code) in wanted.enumerated() where seen[code] == nil && !items.contains(where: { $0[key] == nil }) {
                // Not marked invalid: the items there are checked on their own.
                bag.error(.ruleFailed, at: data.location(of: spec.name), field: spec.name,
                          "value \(offset + 1) of \(target) has no item; give one item for each of them (\(spec.name).N.\(key))")
            }
        }
    }

    /// A field an item stands for (`refusal.ground`, as `ground`) given for the whole case as well: two
    /// answers to one question. The key's own field (`request.type`) is the list the items follow.
    private mutating func checkBothForms(_ list: String, subs: [FieldSpec], key: String, _ values: Values) {
        for sub in subs where sub.name != key {
            guard let bound = sub.standsFor, values[bound] != nil else { continue }
            reportInvalid(bound, .ruleFailed, "given for the whole case and also per item in \(list); give it per item only (\(list).N.\(sub.name))")
        }
    }
}

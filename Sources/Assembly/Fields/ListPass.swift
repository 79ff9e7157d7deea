/// One pass over a list of records (`each: LIST`, templates.md §2.7; decision 150): the names an item
/// stands for, read from that item, so the clauses, conditions and rules written for the single form of
/// a case serve every item. A decision on several rights is the single decision once per right.
struct ListPass: Sendable {
    /// The list (`decision.outcomes`).
    let list: String
    /// The item's place in the list, from 1.
    let index: Int
    /// `item.*` and every `as:` name the item gives, with its value.
    let scope: [String: Value]
    /// The item's own path of each `as:` name (`refusal.ground` → `decision.outcomes[2].ground`), for
    /// locating a rule that fails in this pass and for skipping a rule whose value is already wrong.
    let paths: [String: String]
    /// The `as:` names this item does not give: absent in the pass, even when the case gives them for
    /// itself (that is an error of its own, and must not answer for the item).
    let absent: Set<String>

    /// The path a rule's field is reported on in this pass.
    func path(of field: String) -> String { paths[field] ?? field }

    /// The passes over `list` for these values: one per item, or nil when the list has none — then the
    /// case's own fields answer, once (the single form is the one-item case).
    static func passes(over list: String, table: FieldTable, read value: (String) -> Value?) -> [ListPass]? {
        guard case .records(let items)? = value(list), !items.isEmpty,
              case .recordList(let subs)? = table.byName[list]?.type else { return nil }
        return items.enumerated().map { offset, record in
            var scope: [String: Value] = [:]
            var paths: [String: String] = [:]
            var absent = Set<String>()
            for sub in subs {
                let itemPath = "\(list)[\(offset + 1)].\(sub.name)"
                if let target = sub.standsFor { paths[target] = itemPath }
                guard let v = record[sub.name] else {
                    if let target = sub.standsFor { absent.insert(target) }
                    continue
                }
                scope["item.\(sub.name)"] = v
                if let target = sub.standsFor { scope[target] = v }
            }
            return ListPass(list: list, index: offset + 1, scope: scope, paths: paths, absent: absent)
        }
    }
}

extension FieldTable {
    /// The clause a `| label` of `name` reads its words from: `enum.<field>.<value>`, where a list item's
    /// sub-field (`item.right` inside `items-from: decision.outcomes`) is named by its list — or by the
    /// field it stands for (`as: request.type`), whose labels it shares (decision 150). The one place
    /// rendering and lint agree on.
    func labelField(_ name: String, itemList: String?) -> String {
        guard name.hasPrefix("item."), let list = itemList else { return name }
        let sub = String(name.dropFirst(5))
        if case .recordList(let subs)? = byName[list]?.type, let target = subs.first(where: { $0.name == sub })?.standsFor {
            return target
        }
        return list + "." + sub
    }
}

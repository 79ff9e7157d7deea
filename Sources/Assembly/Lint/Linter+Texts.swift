import ClauseSyntax
import PrivdocDiagnostics

/// Checks of clause texts, snippets and conditions against a template's fields.
extension Linter {
    /// The type a name has where it is used; nil when unknown.
    func fieldType(_ name: String, in t: Template, itemList: String?) -> FieldType? {
        if let list = itemList, let listType = t.fields.byName[list]?.type {
            if name == "item", case .textList = listType { return .text }
            if name.hasPrefix("item."), case .recordList(let subs) = listType {
                return subs.first { "item." + $0.name == name }?.type
            }
        }
        if name == "org.statement-languages", let org = library.organisation { return .enumeration(org.statementLanguages) }
        if name.hasPrefix("org.") { return isKnownOrg(name) ? .text : nil }
        return t.type(of: name)
    }

    private func isKnownOrg(_ name: String) -> Bool {
        library.organisation?.knows(name) ?? (name == "org.privacy-url")
    }

    /// Whether a clause can read the name: a field, a computed value, an organisation key or a built-in.
    func isReadable(_ name: String, in t: Template, itemList: String?, clauseID: String?) -> Bool {
        problem(with: name, in: t, itemList: itemList, clauseID: clauseID, isCondition: false) == nil
    }

    /// Why a name cannot be read here, or nil when it can.
    private func problem(with name: String, in t: Template, itemList: String?, clauseID: String?, isCondition: Bool) -> String? {
        switch name {
        case "page", "pages":
            let page = ElementDeclaration.of(.pageLabel).clauses[0]
            return clauseID == page ? nil : "{{\(name)}} can only be used in \(page)"
        case ElementDeclaration.nameSlot.name where clauseID == ElementDeclaration.nameSlot.clause:
            return nil
        case "number":
            let allowed = ["label.ref.article", "label.ref.paragraph", "label.ref.annex", "label.article", "label.annex"]
            return clauseID.map(allowed.contains) == true ? nil : "{{number}} can only be used in label.ref.*, label.article and label.annex"
        default: break
        }
        if name == "item" || name.hasPrefix("item.") {
            guard itemList != nil else { return "item.* can only be used in a table with rows-from or a list with items-from" }
            return fieldType(name, in: t, itemList: itemList) == nil ? "not a field of the items of \(itemList!)" : nil
        }
        if name.hasPrefix("org.") { return isKnownOrg(name) ? nil : "the organisation profile has no such key" }
        if t.type(of: name) != nil { return nil }
        if isCondition, t.fields.composites.contains(where: { $0.name == name }) { return nil }
        return "not a field of template \(t.id) (declare it under fields: or computed:)"
    }

    mutating func checkText(_ text: ClauseText, clauseID: String?, in t: Template, itemList: String?, key: String) {
        for p in text.placeholders {
            let dedupe = "ph|\(t.id)|\(p.location)|\(p.name)"
            if let message = problem(with: p.name, in: t, itemList: itemList, clauseID: clauseID, isCondition: false) {
                once(dedupe, .error(.clauseField, at: p.location, field: p.name, message))
                continue
            }
            guard ["page", "pages", "number"].contains(p.name) == false,
                  let type = fieldType(p.name, in: t, itemList: itemList) else { continue }
            if let message = Self.formatterProblem(p.formatter, type) {
                once(dedupe + "|f", .error(.clauseFormatter, at: p.location, field: p.name, message))
            }
        }
        for conditional in text.conditionals {
            checkCondition(conditional.condition, in: t, itemList: itemList, at: conditional.location,
                           key: "\(t.id)|\(conditional.location)")
        }
        // The label clauses of §1.5 are rendered from inside a `{{ref}}` or a `| label`: one that holds
        // the same construct would render itself again, without end.
        if let clauseID, clauseID.hasPrefix("label.ref.") {
            for r in text.references {
                once("refloop|\(r.location)", .error(.clauseRecursion, at: r.location,
                                                   "a cross-reference label (label.ref.*) cannot hold {{ref …}}: it would refer to itself"))
            }
        }
        if let clauseID, clauseID.hasPrefix("enum.") {
            for p in text.placeholders where p.formatter == .label {
                once("labelloop|\(p.location)", .error(.clauseRecursion, at: p.location, field: p.name,
                                                     "an enum label (enum.*) cannot hold a `| label` placeholder: it could refer to itself"))
            }
        }
        for r in text.references where t.ids[r.id] == nil {
            once("ref|\(t.id)|\(r.location)", .error(.refUnknown, at: r.location,
                                                     "{{ref \(r.id)}}: template \(t.id) has no article, paragraph or annex with this id"))
        }
    }

    /// Whether a formatter fits a type (templates.md §1.2).
    static func formatterProblem(_ formatter: Formatter?, _ type: FieldType) -> String? {
        switch (formatter, type) {
        case (nil, .boolean): return "a yes/no field cannot be printed; use {{#if}}"
        case (nil, .recordList): return "a list of records cannot be printed; use a table with rows-from"
        case (nil, _): return nil
        case (.date?, .date), (.shortdate?, .date), (.iso?, .date): return nil
        case (.number?, .integer), (.plural?, .integer): return nil
        case (.select?, .enumeration), (.select?, .text): return nil
        case (.label?, .enumeration): return nil
        case (.upper?, .text), (.lower?, .text), (.upper?, .enumeration), (.lower?, .enumeration): return nil
        case (.capital?, .text): return nil
        case (let f?, _): return "the formatter \(f.rawValue) does not fit a \(type.name) field"
        }
    }

    mutating func checkCondition(_ condition: Condition, in t: Template, itemList: String?, at location: SourceLocation, key: String) {
        for path in condition.paths {
            if let message = problem(with: path, in: t, itemList: itemList, clauseID: nil, isCondition: true) {
                once("cond|\(key)|\(path)", .error(.conditionField, at: location, field: path, message))
            }
        }
        func walk(_ c: Condition) {
            switch c {
            case .not(let inner): walk(inner)
            case .and(let a, let b), .or(let a, let b): walk(a); walk(b)
            case .equals(let path, let literal, _): checkLiteral(path, [literal])
            case .oneOf(let path, let literals): checkLiteral(path, literals)
            case .compare(let a, _, let b):
                let kinds = [a, b].map { operand -> String? in
                    switch operand {
                    case .date: return "date"
                    case .integer: return "integer"
                    case .path(let p): return fieldType(p, in: t, itemList: itemList).map(\.name)
                    }
                }
                if kinds.contains(where: { $0 != nil && $0 != "date" && $0 != "integer" }) || (kinds[0] != nil && kinds[1] != nil && kinds[0] != kinds[1]) {
                    once("cmp|\(key)", .error(.conditionType, at: location, "<, <=, > and >= compare two dates or two whole numbers"))
                }
            case .constant, .truthy: break
            }
        }
        func checkLiteral(_ path: String, _ literals: [String]) {
            guard case .enumeration(let values)? = fieldType(path, in: t, itemList: itemList) else { return }
            for literal in literals where !values.contains(literal) {
                once("lit|\(key)|\(path)|\(literal)", .error(.conditionValue, at: location, field: path,
                                                            "\(literal) is not one of its values (\(values.joined(separator: ", ")))"))
            }
        }
        walk(condition)
    }
}

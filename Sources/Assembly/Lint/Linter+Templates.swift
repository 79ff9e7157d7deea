import ClauseSyntax
import PrivdocDiagnostics

/// Per-template checks: languages, clauses in every language, elements, ids and unused fields.
extension Linter {
    mutating func lintTemplate(_ t: Template, includeClauseProblems: Bool = false) {
        for code in t.languages where !library.locales.contains(code) && (languages.contains(code) || languages == library.languages) {
            bag.error(.templateLanguage, at: t.languagesLocation, "template \(t.id) declares language \(code), which has no folder under locales/")
        }
        var usage = TemplateUsage(t)
        var used = usage.elementFields.union(t.computed.flatMap(\.from))
        for (guardValue, location) in usage.conditions {
            checkCondition(guardValue.condition, in: t, itemList: nil, at: location, key: "\(location)")
            used.formUnion(guardValue.condition.paths)
        }
        for (snippet, itemList) in usage.snippets {
            checkText(snippet.text, clauseID: nil, in: t, itemList: itemList, key: "\(snippet.location)")
            used.formUnion(snippet.text.fieldPaths)
            // A snippet's `| label` needs its enum clauses in every language, as a clause's does.
            usage.addImplied(implied(by: snippet.text, in: t, itemList: itemList))
            if Self.hasWords(snippet.text) {
                bag.warning(.templateSnippet, at: snippet.location, "a snippet holds words; put words in a clause so they can be translated")
            }
        }
        checkElements(t, usage: usage)
        let languages = t.languages.filter { library.locales.contains($0) && self.languages.contains($0) }
        // Clauses, including those their texts imply (`label.ref.*`, `enum.*`), in every language.
        var index = 0
        var seen = Set<String>()
        while index < usage.clauses.count {
            let use = usage.clauses[index]
            index += 1
            guard seen.insert("\(use.id)|\(use.itemList ?? "")").inserted else { continue }
            let missing = languages.filter { library.clause(use.id, in: $0) == nil }
            if !missing.isEmpty {
                let message = missing.count == languages.count && library.languages.allSatisfy({ library.clause(use.id, in: $0) == nil })
                    ? "unknown clause \(use.id)"
                    : "clause \(use.id) is missing in \(missing.joined(separator: ", "))"
                once("missing|\(t.id)|\(use.id)", .error(.clauseMissing, at: use.location, message))
            }
            for code in languages {
                guard let clause = library.clause(use.id, in: code) else { continue }
                if includeClauseProblems { bag.add(contentsOf: clause.problems) }
                checkText(clause.text, clauseID: use.id, in: t, itemList: use.itemList, key: "\(t.id)")
                for name in clause.forms.keys.sorted() {
                    checkText(clause.forms[name]!, clauseID: use.id, in: t, itemList: use.itemList, key: "\(t.id)")
                }
                checkForms(clause.text, language: code, in: t)
                if code != SourceLanguage.code, let source = library.clause(use.id, in: SourceLanguage.code) {
                    // A translation is judged against its Dutch source (staleness, `omits:`): a source that
                    // does not parse stops the translated letter too.
                    if includeClauseProblems { bag.add(contentsOf: source.problems.filter { $0.severity == .error }) }
                    let readable = { (name: String) in self.isReadable(name, in: t, itemList: use.itemList, clauseID: use.id) }
                    for d in OmissionCheck.problems(clause, source: source, isReadable: readable) { once("omits|\(code)|\(use.id)|\(d.message)", d) }
                }
                if code == SourceLanguage.code { used.formUnion(clause.text.fieldPaths) }
                usage.addImplied(implied(by: clause.text, in: t, itemList: use.itemList))
            }
        }
        reportUnused(t, used: used)
    }

    /// Every `{{ref id | form: NAME}}` of a text asks its label clause, in the same language, for that form
    /// (decision 173): a form the label does not give is an error at the reference.
    private mutating func checkForms(_ text: ClauseText, language: String, in t: Template) {
        for r in text.references {
            guard let form = r.form else { continue }
            for label in Self.referenceLabels(t.idKind(r.id)) {
                let id = "label.ref.\(label)"
                guard let clause = library.clause(id, in: language), clause.forms[form] == nil else { continue }
                once("form|\(r.location)|\(id)", .error(.clauseForm, at: r.location,
                    "{{ref \(r.id) | form: \(form)}}: \(id) has no form \(form) in \(language); add it under forms:"))
            }
        }
    }

    /// The label clauses a reference to a kind of part may print: a paragraph is referred to as the article
    /// when it is its article's only paragraph.
    static func referenceLabels(_ kind: String?) -> [String] {
        switch kind {
        case "paragraph": ["paragraph", "article"]
        case "annex": ["annex"]
        case "article": ["article"]
        default: []
        }
    }

    /// The clauses a text needs besides itself.
    private func implied(by text: ClauseText, in t: Template, itemList: String?) -> [TemplateUsage.ClauseUse] {
        var out: [TemplateUsage.ClauseUse] = []
        for p in text.placeholders where p.formatter == .label {
            let key = t.fields.labelField(p.name, itemList: itemList)
            if case .enumeration(let values)? = fieldType(p.name, in: t, itemList: itemList) {
                for value in values { out.append(.init(id: "enum.\(key).\(value)", location: p.location, itemList: nil)) }
                // A multi-valued enum joins its labels with the language's list words.
                if t.fields.byName[p.name]?.multiple == true || p.name == "org.statement-languages" {
                    for word in ["label.list.comma", "label.list.and"] { out.append(.init(id: word, location: p.location, itemList: nil)) }
                }
            }
        }
        for r in text.references {
            for label in Self.referenceLabels(t.idKind(r.id)) { out.append(.init(id: "label.ref.\(label)", location: r.location, itemList: nil)) }
        }
        return out
    }

    private mutating func checkElements(_ t: Template, usage: TemplateUsage) {
        var ids: [String: SourceLocation] = [:]
        for (id, location, allowed) in usage.ids {
            if !allowed {
                bag.error(.templateId, at: location, "only articles, article paragraphs and annexes can have an id")
            } else if let first = ids[id] {
                bag.error(.templateId, at: location, "the id \(id) is already used at \(first)")
            } else {
                ids[id] = location
            }
        }
        for (e, _) in BodyInventory(t.body).elements {
                if let list = e.each { checkEach(list, in: t, at: e.location) }
                switch e.kind {
                case .addressBlock(let field):
                    if !t.fields.composites.contains(where: { $0.name == field && $0.kind != .party }) {
                        bag.error(.templateElement, at: e.location, field: field, "an address block needs a person or address field")
                    }
                case .signatures(let parties):
                    for party in parties where t.fields.byName["\(party).signatory.name"] == nil {
                        bag.error(.templateElement, at: e.location, field: party,
                                  "signatures need \(party).signatory.name (declare a party field, or its sub-fields)")
                    }
                case .list(let spec):
                    if let from = spec.itemsFrom { checkListField(from, in: t, at: e.location, needsSnippet: spec.itemSnippet == nil) }
                case .table(let spec):
                    if let from = spec.rowsFrom { checkListField(from, in: t, at: e.location, needsSnippet: false) }
                default: break
                }
        }
        for rule in t.rules {
            if let list = rule.each { checkEach(list, in: t, at: rule.location) }
        }
        for rule in t.rules where !t.knows(rule.field) {
            bag.error(.templateRule, at: rule.location, field: rule.field, "the rule names a field the template does not declare")
        }
        for c in t.computed {
            for from in c.from where c.function.isDate ? t.type(of: from) != .date
                                                       : !t.fields.composites.contains(where: { $0.name == from && $0.kind == .person }) {
                bag.error(.templateComputed, at: c.location, field: from,
                          c.function.isDate ? "computed from a field that is not a date" : "addressee is computed from person fields only")
            }
        }
    }

    /// `each:` goes over a list of records whose items stand for fields (`as:`, decision 150).
    private mutating func checkEach(_ name: String, in t: Template, at location: SourceLocation) {
        guard case .recordList(let subs)? = t.fields.byName[name]?.type else {
            bag.error(.templateElement, at: location, field: name, "each: needs a list of records of this template")
            return
        }
        if !subs.contains(where: { $0.standsFor != nil }) {
            bag.warning(.templateElement, at: location, field: name, "each: over a list whose sub-fields stand for no field (as:) reads only item.*")
        }
    }

    private mutating func checkListField(_ name: String, in t: Template, at location: SourceLocation, needsSnippet: Bool) {
        switch t.fields.byName[name]?.type {
        case .textList?: break
        case .recordList?:
            if needsSnippet { bag.error(.templateElement, at: location, field: name, "a list of records needs `item:` to say what each item shows") }
        default: bag.error(.templateElement, at: location, field: name, "not a list field of this template")
        }
    }

    /// Required fields nothing reads are probably a mistake (warning).
    private mutating func reportUnused(_ t: Template, used: Set<String>) {
        let usedComposites = Set(t.fields.composites.map(\.name).filter { name in
            used.contains(name) || used.contains { $0.hasPrefix(name + ".") }
        })
        func isUsed(_ name: String) -> Bool {
            // A name counts as used when it, or a prefix of it, is used (`signatures: [controller]` reads
            // `controller.signatory.name`).
            var prefix = Substring(name)
            while true {
                if used.contains(String(prefix)) { return true }
                guard let dot = prefix.lastIndex(of: ".") else { return false }
                prefix = prefix[..<dot]
            }
        }
        for spec in t.fields.specs where spec.required && !isUsed(spec.name) {
            if let composite = spec.composite, usedComposites.contains(composite.name) { continue }
            once("unused|\(t.id)|\(spec.composite?.name ?? spec.name)",
                 .warning(.templateUnused, at: spec.location, field: spec.composite?.name ?? spec.name,
                          "required, but no clause, condition or element of template \(t.id) uses it"))
        }
    }

    /// Whether literal text in a snippet holds letters (words belong in clauses): in its text, markup,
    /// link texts and conditional fragments — not in link addresses, which are not words.
    static func hasWords(_ text: ClauseText) -> Bool {
        var finder = WordFinder()
        finder.walk(text.nodes)
        return finder.found
    }

    private struct WordFinder: ClauseWalker {
        var found = false
        mutating func visitText(_ text: String) {
            if !found { found = text.unicodeScalars.contains { $0.properties.isAlphabetic } }
        }
        mutating func visitLink(url: [TextNode], content: [TextNode]) { walk(content) }
    }
}

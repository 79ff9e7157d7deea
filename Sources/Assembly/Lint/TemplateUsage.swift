import PrivdocDiagnostics

/// Everything a template uses, gathered once for lint: the clauses (with the names they may read), the
/// conditions, the snippets, and the fields that elements read directly.
struct TemplateUsage {
    /// One use of a clause.
    struct ClauseUse: Hashable {
        var id: String
        var location: SourceLocation
        /// The list field whose entries `item.*` are, inside `rows-from`/`items-from`.
        var itemList: String?
    }

    private(set) var clauses: [ClauseUse] = []
    private(set) var conditions: [(Guard, SourceLocation)] = []
    private(set) var snippets: [(Snippet, itemList: String?)] = []
    /// Fields read by elements rather than clauses (address blocks, reference line, tables, signatures).
    private(set) var elementFields: Set<String> = []
    /// `id:` values, where they stand, and whether an id is allowed there.
    private(set) var ids: [(id: String, location: SourceLocation, allowed: Bool)] = []

    init(_ template: Template) {
        let origin = SourceLocation(file: template.file)
        if let title = template.title { use(title) }
        if let subtitle = template.subtitle { use(subtitle) }
        switch template.layout {
        case .letter:
            use("label.page", origin)
            if template.knows("reference") { use("label.our-reference", origin); elementFields.insert("reference") }
        case .agreement:
            use("label.page", origin)
            if template.knows("status") { use("label.draft", origin); elementFields.insert("status") }
        }
        for rule in template.rules {
            conditions.append((Guard(condition: rule.assertion, source: rule.source), rule.location))
            if let when = rule.when { conditions.append((when, rule.location)) }
        }
        walk(template.body, itemList: nil, inArticle: false)
    }

    private mutating func use(_ ref: ClauseRef, itemList: String? = nil) {
        clauses.append(ClauseUse(id: ref.id, location: ref.location, itemList: itemList))
    }

    private mutating func use(_ id: String, _ location: SourceLocation) {
        clauses.append(ClauseUse(id: id, location: location, itemList: nil))
    }

    private mutating func walk(_ elements: [BodyElement], itemList: String?, inArticle: Bool) {
        for e in elements {
            if let when = e.when { conditions.append((when, e.location)) }
            if let id = e.id {
                ids.append((id, e.location, inArticle && { if case .clause = e.kind { return true } else { return false } }()))
            }
            let at = e.location
            switch e.kind {
            case .clause(let r), .heading(let r): use(r, itemList: itemList)
            case .subject(let r): use(r); use("label.subject", at)
            case .section(let h, let body): use(h); walk(body, itemList: itemList, inArticle: false)
            case .list(let spec):
                walk(spec.items, itemList: itemList, inArticle: false)
                if let from = spec.itemsFrom { elementFields.insert(from) }
                if let snippet = spec.itemSnippet { snippets.append((snippet, spec.itemsFrom)) }
            case .table(let spec):
                if let from = spec.rowsFrom { elementFields.insert(from) }
                for column in spec.columns {
                    if let heading = column.heading { use(heading) }
                    if let cell = column.cell { useCell(cell, itemList: spec.rowsFrom) }
                }
                for row in spec.rows { for cell in row { useCell(cell, itemList: nil) } }
            case .addressBlock(let field): elementFields.insert(field)
            case .referenceLine:
                for label in ["label.your-letter", "label.your-reference", "label.our-reference", "label.date"] { use(label, at) }
                elementFields.formUnion(["request.received", "request.reference", "reference", "date"])
            case .signature:
                use("letter.closing", at); use("letter.signatory-function", at)
                elementFields.insert("signatory.name")
            case .signatures(let parties):
                for label in ["on-behalf-of", "place", "date", "signature", "name", "function"] { use("label.signature.\(label)", at) }
                elementFields.formUnion(parties)
            case .article(let a):
                use(a.title); use("label.article", at)
                if let id = a.id { ids.append((id, at, true)) }
                walk(a.paragraphs, itemList: itemList, inArticle: true)
            case .annex(let a):
                use(a.title); use("label.annex", at)
                if let id = a.id { ids.append((id, at, true)) }
                walk(a.body, itemList: itemList, inArticle: false)
            case .toc(let heading):
                if let heading { use(heading) }
            case .pageBreak: break
            }
        }
    }

    private mutating func useCell(_ cell: TableSpec.Cell, itemList: String?) {
        switch cell {
        case .clause(let r): use(r, itemList: itemList)
        case .snippet(let s): snippets.append((s, itemList))
        }
    }

    /// Adds the clauses a clause text itself needs: `label.ref.*` for `{{ref}}`, `enum.*` for `| label`.
    mutating func addImplied(_ implied: [ClauseUse]) { clauses.append(contentsOf: implied) }
}

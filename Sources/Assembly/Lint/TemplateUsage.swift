import PrivdocDiagnostics

/// Everything a template uses, gathered once for lint: the clauses (with the names they may read), the
/// conditions, the snippets, and the fields that elements read directly.
struct TemplateUsage: BodyWalker {
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
        if let subject = template.subject { use(subject) }
        declared(.pageLabel, origin)
        switch template.layout {
        case .letter:
            // The file name and the manifest read the reference.
            if template.knows("reference") { elementFields.insert("reference") }
            if template.isBesluit { declared(.translationNotice, origin) }
            if template.hasReferenceLine { declared(.runningHeader, origin) }
        case .agreement:
            if template.knows("status") { declared(.draftMark, origin) }
        }
        for rule in template.rules {
            conditions.append((Guard(condition: rule.assertion, source: rule.source), rule.location))
            if let when = rule.when { conditions.append((when, rule.location)) }
        }
        walk(template.body)
    }

    /// The built-in clauses and fields of an element, from its declaration.
    private mutating func declared(_ keyword: ElementKeyword, _ location: SourceLocation) {
        let declaration = ElementDeclaration.of(keyword)
        for clause in declaration.clauses { use(clause, location) }
        elementFields.formUnion(declaration.allFields.filter { !$0.hasPrefix("PARTY.") && $0 != "page" && $0 != "pages" })
    }

    private mutating func use(_ ref: ClauseRef, itemList: String? = nil) {
        clauses.append(ClauseUse(id: ref.id, location: ref.location, itemList: itemList))
    }

    private mutating func use(_ id: String, _ location: SourceLocation) {
        clauses.append(ClauseUse(id: id, location: location, itemList: nil))
    }

    mutating func visit(_ e: BodyElement, parent: BodyElement?) {
            let inArticle = parent?.isArticle ?? false
            if let when = e.when { conditions.append((when, e.location)) }
            if let id = e.id {
                ids.append((id, e.location, inArticle && e.elementKeyword == .clause))
            }
            let at = e.location
            declared(e.elementKeyword, at)
            switch e.kind {
            case .clause(let r), .heading(let r): use(r)
            case .subject(let r): use(r)
            case .section(let h, _):
                use(h)
                if let list = e.each { elementFields.insert(list) }
            case .list(let spec):
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
            case .signatures(let parties): elementFields.formUnion(parties)
            case .article(let a):
                use(a.title)
                if let id = a.id { ids.append((id, at, true)) }
            case .annex(let a):
                use(a.title)
                if let id = a.id { ids.append((id, at, true)) }
            case .toc(let heading):
                if let heading { use(heading) }
            case .referenceLine, .signature, .pageBreak: break
            }
            descend(into: e)
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

import PrivdocDiagnostics

/// A document kind: its fields and how its body is built from clauses (templates.md §2). Parsed once.
///
/// A class: every document's render context holds its template, and sharing one reference is far
/// cheaper than copying (and releasing) a dozen arrays and dictionaries per document.
final class Template: Sendable {
    /// Letter (letterhead, envelope window) or agreement (title, articles, signatures side by side).
    enum Layout: String, Hashable, Sendable { case letter, agreement }

    let id: String
    /// How the CLI reaches it (`command:`, `kind:`, `description:`); nil when those keys are wrong.
    let documentKind: DocumentKind?
    let version: Int
    let layout: Layout
    /// The clause used as the document title (metadata; the title line of an agreement).
    let title: ClauseRef?
    /// The clause under the title of an agreement.
    let subtitle: ClauseRef?
    /// The document subject (metadata `dc:subject`, the PDF's `/Subject`) of a document without a printed
    /// subject line — an agreement. A letter's subject is its `subject` element. Issue 14: every PDF has
    /// a title, a subject and a language; the clause holds no case data (no names in file metadata).
    let subject: ClauseRef?
    /// The languages the template must exist in.
    let languages: [String]
    /// `besluit: true` — the letter is a decision under the Awb (1:3), so its language follows Awb 2:6: in
    /// another language than Dutch it is the Dutch besluit with its translation, or a translation that
    /// says so (`DocumentPreparation.languageParts`). Data of the template, not a list of kinds in Swift.
    let isBesluit: Bool
    let fields: FieldTable
    let computed: [ComputedField]
    let rules: [TemplateRule]
    let body: [BodyElement]
    /// The template's file, relative to the library root.
    let file: String
    /// Where `languages:` is written (for lint).
    let languagesLocation: SourceLocation
    /// Problems found while reading the template; a template with errors cannot be used.
    let problems: [Diagnostic]
    /// The built-in checks it asks for (`checks:`), run after the rules, and where they are asked for.
    let checks: [BuiltInCheck]
    let checksLocation: SourceLocation?
    /// The kinds of element anywhere in the body (kept or not), found once: every letter asks for some
    /// of them, and walking the body each time was 1–2% of a batch letter (decision 131).
    let bodyKeywords: Set<ElementKeyword>
    /// Whether the body has a `reference-line`: such a letter repeats our reference and the date in the
    /// header of its following pages (`ElementKeyword.runningHeader`).
    var hasReferenceLine: Bool { bodyKeywords.contains(.referenceLine) }

    init(id: String, documentKind: DocumentKind?, version: Int, layout: Layout, title: ClauseRef?, subtitle: ClauseRef?, languages: [String],
         fields: FieldTable, computed: [ComputedField], rules: [TemplateRule], body: [BodyElement], file: String,
         languagesLocation: SourceLocation, problems: [Diagnostic], checks: [BuiltInCheck] = [],
         checksLocation: SourceLocation? = nil, isBesluit: Bool = false, subject: ClauseRef? = nil) {
        self.isBesluit = isBesluit
        self.subject = subject
        self.checks = checks
        self.checksLocation = checksLocation
        self.id = id
        self.documentKind = documentKind
        self.version = version
        self.layout = layout
        self.title = title
        self.subtitle = subtitle
        self.languages = languages
        self.fields = fields
        self.computed = computed
        self.rules = rules
        self.body = body
        self.file = file
        self.languagesLocation = languagesLocation
        self.problems = problems
        self.bodyKeywords = Set(BodyInventory(body).elements.map(\.element.elementKeyword))
    }

    /// The ids of articles, paragraphs and annexes, with where they are declared.
    var ids: [String: SourceLocation] {
        var out: [String: SourceLocation] = [:]
        for (e, _) in BodyInventory(body).elements {
            if let id = e.id { out[id] = e.location }
            switch e.kind {
            case .article(let a): if let id = a.id { out[id] = e.location }
            case .annex(let a): if let id = a.id { out[id] = e.location }
            default: break
            }
        }
        return out
    }


    /// What an id names: `article`, `paragraph` or `annex`.
    func idKind(_ id: String) -> String? {
        for (e, inArticle) in BodyInventory(body).elements {
            if e.id == id { return inArticle ? "paragraph" : nil }
            switch e.kind {
            case .article(let a) where a.id == id: return "article"
            case .annex(let a) where a.id == id: return "annex"
            default: break
            }
        }
        return nil
    }

    /// The names a value can be read under in this template, besides `org.*`: fields, computed values
    /// and the builtins.
    func knows(_ path: String) -> Bool {
        fields.declares(path) || computed.contains { $0.outputs[path] != nil }
    }

    /// The type of a field or computed value. `LIST.SUB`, a sub-field of a list of records, has the
    /// sub-field's type: in a condition it reads that sub-field of every item (templates.md §2.3).
    func type(of path: String) -> FieldType? {
        if let spec = fields.byName[path] { return spec.type }
        for c in computed { if let type = c.outputs[path] { return type } }
        if let builtin = FieldTable.builtins[path] { return builtin }
        guard let dot = path.lastIndex(of: "."), case .recordList(let subs)? = fields.byName[String(path[..<dot])]?.type else { return nil }
        let sub = path[path.index(after: dot)...]
        return subs.first { $0.name == sub }?.type
    }
}

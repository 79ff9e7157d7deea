import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar
import ODF

/// The state of rendering one document: the template, the language, the values, what has been used
/// (provenance) and what went wrong. Created per document; the library it reads is shared and immutable.
struct RenderContext {
    let library: Library
    /// The style sheet and the letter geometry.
    let house: HouseStyle
    let template: Template
    let locale: LocaleBundle
    let values: Values
    let strict: Bool
    /// Final numbers of articles, paragraphs and annexes (set after selection, before rendering).
    var numbering = Numbering()
    /// Clauses used (their versions are the provenance).
    var used: ClauseUsage
    var bag = DiagnosticBag()
    /// Local names: `item`/`item.*` in table rows and list items, `number` in label clauses.
    var scope: [String: Value] = [:]
    /// The list field whose items `item.*` are (for `| label` and formats of sub-fields).
    var itemList: String?
    /// In a pass of `each:`, the names the item stands for but does not give: absent here (`ListPass`).
    var absent: Set<String> = []
    /// Guards against a label clause that (indirectly) uses itself.
    var depth = 0
    /// The envelope-window frame, when an address block was kept.
    var addressFrame: Frame?
    /// The rendered subject (metadata `dc:subject`).
    var subjectText = ""
    /// Table-of-contents lines (`Artikel 1 — Definities`), computed before rendering.
    var tocEntries: [TOCEntry] = []
    /// The clause text being rendered (`TextRendering`).
    var output = TextOutput()
    /// What this language's document is within its file (Awb 2:6; `DocumentPreparation.languageParts`).
    var languageRole = LanguageRole.whole

    init(library: Library, house: HouseStyle, template: Template, locale: LocaleBundle, values: Values, strict: Bool) {
        self.library = library
        self.house = house
        self.template = template
        self.locale = locale
        self.values = values
        self.strict = strict
        self.used = ClauseUsage(count: locale.sortedClauses.count)
    }

    /// Whether values that read left-to-right must be isolated (Arabic, UAX #9).
    var isRightToLeft: Bool { locale.direction == .rightToLeft }

    /// A value by path: local names first, then `org.*`, then the case.
    func value(_ path: String) -> Value? {
        if !scope.isEmpty, let local = scope[path] { return local }
        if !absent.isEmpty, absent.contains(path) { return nil }
        if path.hasPrefix("org.") { return organisationValue(path) }
        return values[path] ?? itemValues(path)
    }

    /// `LIST.SUB` of a list of records: the sub-field of every item that has it, as a list, so that
    /// `identification.missing.kind == grounds` asks whether any item has that kind (templates.md §2.3).
    /// Only reached when the path is not a value of its own.
    private func itemValues(_ path: String) -> Value? {
        guard let dot = path.lastIndex(of: "."), case .records(let items)? = values[String(path[..<dot])] else { return nil }
        let sub = String(path[path.index(after: dot)...])
        let found = items.compactMap { $0[sub] }.filter(\.isTruthy).map(\.canonical)
        return found.isEmpty ? nil : .list(found)
    }

    /// `value(p.name)`, with the name's kind already known from parsing.
    func value(of p: Placeholder) -> Value? {
        if !scope.isEmpty, let local = scope[p.name] { return local }
        if !absent.isEmpty, absent.contains(p.name) { return nil }
        switch p.role {
        case .organisation, .privacyURL: return organisationValue(p.name)
        case .value, .pageNumber, .pageCount: return values[p.name]
        }
    }

    /// An `org.*` value; `org.privacy-url` and per-language values are the ones for the document's language.
    private func organisationValue(_ path: String) -> Value? {
        guard let org = library.organisation else { return nil }
        if path == "org.privacy-url" { return org.privacyStatement(for: locale.code).map { Value.text($0.url) } }
        return org.value(path, language: locale.code)
    }

    /// Whether a condition's path holds.
    func isTruthy(_ path: String) -> Bool {
        if !scope.isEmpty, let local = scope[path] { return local.isTruthy }
        if !absent.isEmpty, absent.contains(path) { return false }
        if path.hasPrefix("org.") { return value(path)?.isTruthy ?? false }
        return values.isTruthy(path) || itemValues(path) != nil
    }

    /// Evaluates a condition against this document.
    func holds(_ condition: Condition) -> Bool {
        condition.evaluate({ value($0) }, truthy: { isTruthy($0) })
    }

    /// The slot of the clause `id` in the document's language, checked for use: it must exist (no
    /// fallback, DESIGN.md invariant 3), parse, and — with `strict` — be reviewed and not stale. A slot
    /// rather than the clause itself, so the caller reads the text in place.
    mutating func clauseSlot(_ id: String, at location: SourceLocation?) -> LocaleBundle.Slot? {
        guard let slot = locale.slots[id] else {
            bag.error(.clauseMissing, at: location, "clause \(id) does not exist in language \(locale.code) (there is no fallback to another language)")
            return nil
        }
        guard slot.isUsable else {
            bag.error(.clauseInvalid, at: location, "clause \(id) in \(locale.code) has errors (run privdoc lint)")
            return nil
        }
        if strict {
            let clause = locale.sortedClauses[slot.index]
            if clause.status == .draft {
                bag.error(.clauseDraft, at: location, "clause \(id) in \(locale.code) is a draft (--strict)")
            }
            if let source = library.clause(id, in: SourceLanguage.code), clause.isStale(against: source) {
                let why = source.override != nil && clause.override == nil
                    ? "the organisation replaced the Dutch text and this translation is still the shipped one"
                    : "it translates nl version \(clause.sourceVersion ?? 0), but nl is at version \(source.version)"
                bag.error(.clauseStale, at: location, "clause \(id) in \(locale.code) is stale: \(why) (--strict)")
            }
        }
        used.insert(slot.index)
        return slot
    }
}

/// What a document in one language is within its file (Awb 2:6).
enum LanguageRole: Sendable {
    /// A document in its one language (every letter that is not a besluit, and a Dutch besluit).
    case whole
    /// The Dutch besluit of a two-language document: the decision.
    case besluit
    /// Its translation, after it in the same file on pages of its own, headed with the notice.
    case translation
    /// A translated besluit sent alone (`besluit-language: translation-only`): the notice at its top.
    case translationOnly
}

/// The keyword of every element a template body can hold (templates.md §2.2), and the layout parts that
/// print built-in clauses. One closed set: the loader, the renderer, lint, explain and the docs' tables
/// name elements through it.
enum ElementKeyword: String, CaseIterable, Hashable, Sendable {
    case clause, subject, heading, section, list, table
    case addressBlock = "address-block"
    case referenceLine = "reference-line"
    case signature, signatures, article, annex
    case pageBreak = "page-break"
    case toc
    /// The footer of every page (not written in `body:`).
    case pageLabel = "page-label"
    /// The draft marking in the header of an agreement with `status: draft` (not written in `body:`).
    case draftMark = "draft-mark"
    /// The sentence heading the translation of a besluit (Awb 2:6), or the top of a translation-only one
    /// (not written in `body:`; a template with `besluit: true` has it).
    case translationNotice = "translation-notice"
    /// The header of page 2 and following of a letter whose template has a `reference-line`: our
    /// reference and the date where page 1's reference line is out of sight (not written in `body:`).
    case runningHeader = "running-header"

    /// The layout parts, which print built-in clauses but are not written in `body:`.
    static let layoutParts: Set<ElementKeyword> = [.pageLabel, .draftMark, .translationNotice, .runningHeader]
    /// The keywords a template's `body:` may use.
    static let bodyKeywords: [ElementKeyword] = allCases.filter { !layoutParts.contains($0) }
}

/// What one element needs, declared once (issue 10): the fixed clauses it prints and the fields it reads
/// itself. The renderer prints exactly these clauses, lint checks that they exist in every language of a
/// template that uses the element, `explain` names them, and docs/templates.md §1.5 lists them (a test
/// compares the table with these declarations).
struct ElementDeclaration: Hashable, Sendable {
    /// A built-in clause and the field printed after it (`label.your-reference` → `request.reference`).
    /// In `signatures`, `PARTY` stands for each party named.
    struct Labelled: Hashable, Sendable {
        let clause: String
        let field: String?
    }

    let keyword: ElementKeyword
    /// The built-in clauses, in the order they are printed.
    let labels: [Labelled]
    /// Fields the element reads besides those of its labels.
    let fields: [String]
    /// What the clauses hold, with an example (docs §1.5).
    let holds: String

    /// The clause ids.
    var clauses: [String] { labels.map(\.clause) }
    /// Every field the element reads (for `PARTY`, with the party substituted by the caller).
    var allFields: [String] { labels.compactMap(\.field) + fields }

    /// The declaration of an element; elements that print no built-in clause have an empty one.
    static func of(_ keyword: ElementKeyword) -> ElementDeclaration {
        all.first { $0.keyword == keyword } ?? ElementDeclaration(keyword: keyword, labels: [], fields: [], holds: "")
    }

    /// The label with a slot for a value: `label.signature.on-behalf-of` may hold `{{name}}`, the party's
    /// name, where the language puts it ("Namens {{name}}", "{{name}} adına"; decision 172). Without the slot
    /// the name follows the label.
    static let nameSlot = (clause: "label.signature.on-behalf-of", name: "name")

    /// Every element that prints built-in clauses, in the order of docs §1.5.
    static let all: [ElementDeclaration] = [
        ElementDeclaration(keyword: .pageLabel, labels: [.init(clause: "label.page", field: nil)], fields: ["page", "pages"],
                           holds: "`{{page}}` and `{{pages}}`, e.g. `Pagina {{page}} van {{pages}}`"),
        ElementDeclaration(keyword: .subject, labels: [.init(clause: "label.subject", field: nil)], fields: [],
                           holds: "`Onderwerp:` (printed before the subject)"),
        ElementDeclaration(keyword: .referenceLine, labels: [
            .init(clause: "label.your-letter", field: "request.received"), .init(clause: "label.your-reference", field: "request.reference"),
            .init(clause: "label.our-reference", field: "reference"), .init(clause: "label.date", field: "date"),
        ], fields: [], holds: "the column labels, above `request.received`, `request.reference`, `reference` and `date`"),
        // The same labels as the reference line's, so page 2 reads like page 1 (docs/decisions/140).
        ElementDeclaration(keyword: .runningHeader, labels: [
            .init(clause: "label.our-reference", field: "reference"), .init(clause: "label.date", field: "date"),
        ], fields: [], holds: "`Gemeente Dorpwijk · Ons kenmerk: SD-2026-00417 · Datum: 4 december 2026`, from the values set in the body"),
        ElementDeclaration(keyword: .signature, labels: [
            .init(clause: "letter.closing", field: nil), .init(clause: "letter.signatory-function", field: nil),
        ], fields: ["signatory.name"], holds: "`Met vriendelijke groet,` and the signer's function; the name is `signatory.name` of the case, else of the profile"),
        ElementDeclaration(keyword: .signatures, labels: [
            .init(clause: "label.signature.on-behalf-of", field: "PARTY.name"), .init(clause: "label.signature.place", field: "PARTY.signature.place"),
            .init(clause: "label.signature.date", field: "PARTY.signature.date"), .init(clause: "label.signature.signature", field: "PARTY.signature.line"),
            .init(clause: "label.signature.name", field: "PARTY.signatory.name"), .init(clause: "label.signature.function", field: "PARTY.signatory.function"),
        ], fields: [], holds: "`Namens {{name}}` (`{{name}}`: the party's name, where the language puts it; without it the name follows), `Plaats`, `Datum`, `Handtekening`, `Naam`, `Functie`"),
        ElementDeclaration(keyword: .article, labels: [.init(clause: "label.article", field: nil)], fields: [],
                           holds: "`Artikel {{number}}` (without `{{number}}` the number is put after the word); also in the `toc`"),
        ElementDeclaration(keyword: .annex, labels: [.init(clause: "label.annex", field: nil)], fields: [],
                           holds: "`Bijlage {{number}}`; also in the `toc`"),
        ElementDeclaration(keyword: .toc, labels: [.init(clause: "label.article", field: nil), .init(clause: "label.annex", field: nil)], fields: [],
                           holds: "one line per kept article and annex: `Artikel 1 — Definities`"),
        ElementDeclaration(keyword: .draftMark, labels: [.init(clause: "label.draft", field: nil)], fields: ["status"],
                           holds: "`CONCEPT` — printed in every page header of an agreement with `status: draft`"),
        ElementDeclaration(keyword: .translationNotice, labels: [
            .init(clause: "letter.translation-notice", field: nil), .init(clause: "letter.translation-only-notice", field: nil),
        ], fields: [], holds: "the sentence heading a besluit's translation (this is a translation, the Dutch text is the decision), and the one at the top of a translation-only besluit (Awb 2:6)"),
    ]

    /// The row of docs/templates.md §1.5 for this element.
    var docsRow: String {
        let used: String
        switch keyword {
        case .pageLabel: used = "the footer of every page"
        case .draftMark: used = "agreements with `status: draft`"
        case .translationNotice: used = "templates with `besluit: true`, in a language other than Dutch"
        case .runningHeader: used = "the header of page 2 and following of a letter with a `reference-line`"
        default: used = "`\(keyword.rawValue)`"
        }
        return "| \(clauses.map { "`\($0)`" }.joined(separator: ", ")) | \(used) | \(holds) |"
    }
}

import ClauseSyntax
import PrivdocDiagnostics
import ODF

/// One element of a template's body (templates.md §2.2), with its optional condition.
struct BodyElement: Hashable, Sendable {
    /// What the element produces.
    var kind: Kind
    /// `when:`; the element is left out when it does not hold.
    var when: Guard?
    /// An id for cross-references (article paragraphs).
    var id: String?
    /// Where the element is written in the template.
    var location: SourceLocation
    /// `each: LIST` (sections): the section once per item of a list of records, under its heading, with
    /// the names the items stand for read from the item; without items, its body once for the case and
    /// no heading (templates.md §2.7, decision 150).
    var each: String? = nil

    indirect enum Kind: Hashable, Sendable {
        case clause(ClauseRef)
        case subject(ClauseRef)
        case heading(ClauseRef)
        case section(heading: ClauseRef, body: [BodyElement])
        case list(ListSpec)
        case table(TableSpec)
        case addressBlock(field: String)
        case referenceLine
        case signature
        case signatures([String])
        case article(ArticleSpec)
        case annex(AnnexSpec)
        case pageBreak
        case toc(heading: ClauseRef?)
    }

    /// The element's keyword.
    var elementKeyword: ElementKeyword {
        switch kind {
        case .clause: return .clause
        case .subject: return .subject
        case .heading: return .heading
        case .section: return .section
        case .list: return .list
        case .table: return .table
        case .addressBlock: return .addressBlock
        case .referenceLine: return .referenceLine
        case .signature: return .signature
        case .signatures: return .signatures
        case .article: return .article
        case .annex: return .annex
        case .pageBreak: return .pageBreak
        case .toc: return .toc
        }
    }

    /// The keyword as written in templates (for `explain` and messages).
    var keyword: String { elementKeyword.rawValue }
}

/// A condition as parsed and as written.
struct Guard: Hashable, Sendable {
    var condition: Condition
    var source: String
}

/// A clause id used by a template, with where it is written.
struct ClauseRef: Hashable, Sendable {
    var id: String
    var location: SourceLocation
}

/// `list:` — fixed items with conditions, or one item per entry of a list field.
struct ListSpec: Hashable, Sendable {
    var kind: ODF.List.Kind
    var items: [BodyElement]
    /// `items-from: FIELD`.
    var itemsFrom: String?
    /// `item: "{{item.name}}"` — the snippet for each entry (default `{{item}}`).
    var itemSnippet: Snippet?
}

/// `table:`.
struct TableSpec: Hashable, Sendable {
    var columns: [Column]
    /// Fixed rows of cells.
    var rows: [[Cell]]
    /// `rows-from: FIELD` — one row per record; each column's `cell` is rendered with `item.*`.
    var rowsFrom: String?

    struct Column: Hashable, Sendable {
        var heading: ClauseRef?
        var width: Double
        var cell: Cell?
    }

    enum Cell: Hashable, Sendable {
        case clause(ClauseRef)
        case snippet(Snippet)
    }

    /// Whether the table has a heading row.
    var hasHeadings: Bool { columns.contains { $0.heading != nil } }
}

/// A short text in a template with placeholders only (table cells, list items).
struct Snippet: Hashable, Sendable {
    var text: ClauseText
    var source: String
    var location: SourceLocation
}

/// `article:` — numbered after conditions; its paragraphs are numbered when there is more than one.
struct ArticleSpec: Hashable, Sendable {
    var id: String?
    var title: ClauseRef
    /// Clause paragraphs (numbered) and lists/tables (belonging to the paragraph before them).
    var paragraphs: [BodyElement]
}

/// `annex:` — numbered after conditions, on a new page.
struct AnnexSpec: Hashable, Sendable {
    var id: String?
    var title: ClauseRef
    var body: [BodyElement]
}

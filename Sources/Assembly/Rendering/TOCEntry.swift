import ODF

/// A line of the contents list: `Artikel 1 — Definities`, and the bookmark on that heading whose page
/// LibreOffice prints after a dotted tab (a `text:bookmark-ref` in page format, decision 073).
struct TOCEntry: Sendable {
    var text: [Inline]
    var bookmark: String

    /// `toc-article-3`, `toc-annex-1`: numbers are unique per kind, so the names are unique.
    static func bookmark(kind: String, number: String) -> String { "toc-\(kind)-\(number)" }
}

import ClauseSyntax
import ODF

/// Renders a clause text that reads nothing from a document — no values, conditions or
/// cross-references, like most headings and labels (page numbers are office-suite fields) — once,
/// when its language loads. Every document then reuses the blocks instead of walking the same text.
struct StaticText: TextRendering {
    let isRightToLeft: Bool
    var output = TextOutput()

    /// The blocks of `text` in body style, or nil when the text depends on the document.
    static func blocks(of text: ClauseText, direction: TextDirection) -> [Block]? {
        guard text.isStatic else { return nil }
        var renderer = StaticText(isRightToLeft: direction == .rightToLeft)
        return renderer.blocks(of: text.nodes)
    }

    /// `blocks` as `RenderContext.blocks(of:style:)` would give them in `style`: the builder puts the
    /// style on plain paragraphs only (list items keep their own).
    static func restyled(_ blocks: [Block], _ style: ParagraphRole) -> [Block] {
        guard style != .body else { return blocks }
        return blocks.map { block in
            guard case .paragraph(var paragraph) = block else { return block }
            paragraph.style = style
            return .paragraph(paragraph)
        }
    }

    /// `{{page}}` and `{{pages}}`, the only placeholders a static text has: the same fields
    /// `RenderContext` gives.
    mutating func content(of p: Placeholder) -> PlaceholderContent {
        switch p.role {
        case .pageNumber: return .inlines([.field(.pageNumber)])
        case .pageCount: return .inlines([.field(.pageCount)])
        case .privacyURL, .organisation, .value: preconditionFailure("a static text has no values")
        }
    }

    // A static text has none of these; `isStatic` guarantees they are never reached.
    func holds(_ condition: Condition) -> Bool { preconditionFailure("a static text has no conditions") }
    mutating func reference(_ r: CrossReference) -> [Inline] { preconditionFailure("a static text has no references") }
}

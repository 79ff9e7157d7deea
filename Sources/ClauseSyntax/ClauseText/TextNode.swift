/// A node of a parsed clause text. The tree is built once when the library loads; rendering walks it and
/// substitutes values as text nodes only, so a value can never become markup (DESIGN.md invariant 1).
///
/// Structure (paragraphs, list items) is kept as a stream of line markers rather than nested blocks, so a
/// conditional fragment may cover part of a line, several lines or several paragraphs alike; the renderer
/// groups the surviving stream into paragraphs and lists after conditions are applied (templates.md §1.3).
///
/// A tree made by `ClauseText.parse` nests at most `SyntaxLimits.maxNesting` levels deep, so every
/// recursive walk over it (`ClauseWalker`) is bounded (templates.md §1.6).
///
/// Only the cases with large or recursive payloads are boxed (`indirect`): line markers and plain text,
/// most of the nodes a walk visits, are then copied without a heap object to retain and release.
public enum TextNode: Hashable, Sendable {
    /// Literal words of the clause (never a value).
    case text(String)
    /// The start of a source line and what kind of line it is.
    case line(LineKind)
    /// A line break inside a paragraph that wraps in the source: a space.
    case softBreak
    /// A forced line break (a line ending in `\`).
    case hardBreak
    /// A blank line: the end of a paragraph or list.
    case paragraphBreak
    /// `*…*`.
    indirect case emphasis([TextNode])
    /// `**…**`.
    indirect case strong([TextNode])
    /// `[text](url)`; the url may hold placeholders.
    indirect case link(url: [TextNode], content: [TextNode])
    /// `{{field}}` or `{{field | formatter}}`.
    indirect case placeholder(Placeholder)
    /// `{{ref id}}`.
    indirect case reference(CrossReference)
    /// `{{#if cond}}…{{else}}…{{/if}}`.
    indirect case conditional(Conditional)
}

/// What a source line starts with (after the clause's own indentation).
public enum LineKind: Hashable, Sendable {
    /// Ordinary text: starts a paragraph or continues the current one.
    case plain
    /// Indented by two or more spaces: continues the current paragraph or list item.
    case continuation
    /// `- `: a bulleted list item.
    case bullet
    /// `1. `: a numbered list item.
    case numbered
}

/// A node of a parsed clause text. The tree is built once when the library loads; rendering walks it and
/// substitutes values as text nodes only, so a value can never become markup (DESIGN.md invariant 1).
///
/// Structure (paragraphs, list items) is kept as a stream of line markers rather than nested blocks, so a
/// conditional fragment may cover part of a line, several lines or several paragraphs alike; the renderer
/// groups the surviving stream into paragraphs and lists after conditions are applied (templates.md §1.3).
indirect enum TextNode: Hashable, Sendable {
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
    case emphasis([TextNode])
    /// `**…**`.
    case strong([TextNode])
    /// `[text](url)`; the url may hold placeholders.
    case link(url: [TextNode], content: [TextNode])
    /// `{{field}}` or `{{field | formatter}}`.
    case placeholder(Placeholder)
    /// `{{ref id}}`.
    case reference(CrossReference)
    /// `{{#if cond}}…{{else}}…{{/if}}`.
    case conditional(Conditional)
}

/// What a source line starts with (after the clause's own indentation).
enum LineKind: Hashable, Sendable {
    /// Ordinary text: starts a paragraph or continues the current one.
    case plain
    /// Indented by two or more spaces: continues the current paragraph or list item.
    case continuation
    /// `- `: a bulleted list item.
    case bullet
    /// `1. `: a numbered list item.
    case numbered
}

/// `{{name | formatter}}`.
struct Placeholder: Hashable, Sendable {
    /// The dotted field name.
    var name: String
    /// The formatter, if any.
    var formatter: Formatter?
    /// Where it is written.
    var location: SourceLocation
}

/// The formatters a placeholder may name (templates.md §1.2). A closed set: an unknown name is a parse error.
enum Formatter: String, Hashable, Sendable, CaseIterable {
    case date, shortdate, label, upper, lower, number, iso
}

/// `{{ref id}}`.
struct CrossReference: Hashable, Sendable {
    /// The id of an article, article paragraph or annex.
    var id: String
    /// Where it is written.
    var location: SourceLocation
}

/// `{{#if cond}} then {{else}} otherwise {{/if}}`.
struct Conditional: Hashable, Sendable {
    /// The parsed condition.
    var condition: Condition
    /// The condition as written (for `explain`).
    var source: String
    /// Kept when the condition holds.
    var then: [TextNode]
    /// Kept when it does not.
    var otherwise: [TextNode]
    /// Where the `{{#if` is written.
    var location: SourceLocation
}

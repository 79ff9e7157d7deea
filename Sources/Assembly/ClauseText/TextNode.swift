import PrivdocDiagnostics

/// A node of a parsed clause text. The tree is built once when the library loads; rendering walks it and
/// substitutes values as text nodes only, so a value can never become markup (DESIGN.md invariant 1).
///
/// Structure (paragraphs, list items) is kept as a stream of line markers rather than nested blocks, so a
/// conditional fragment may cover part of a line, several lines or several paragraphs alike; the renderer
/// groups the surviving stream into paragraphs and lists after conditions are applied (templates.md §1.3).
///
/// Only the cases with large or recursive payloads are boxed (`indirect`): line markers and plain text,
/// most of the nodes a walk visits, are then copied without a heap object to retain and release.
enum TextNode: Hashable, Sendable {
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
    let name: String
    /// The formatter, if any.
    let formatter: Formatter?
    /// Where it is written.
    let location: SourceLocation
    /// What kind of name it is, worked out once from `name` so rendering does no string tests.
    let role: PlaceholderRole
    /// The format `name` implies when its template does not declare one (`TextFormat.inferred`).
    let inferredFormat: TextFormat

    init(name: String, formatter: Formatter?, location: SourceLocation) {
        self.name = name
        self.formatter = formatter
        self.location = location
        role = PlaceholderRole(name)
        inferredFormat = TextFormat.inferred(from: name)
    }
}

/// How a placeholder's name is resolved.
enum PlaceholderRole: Hashable, Sendable {
    /// `{{page}}`, `{{pages}}`: office-suite fields, not values.
    case pageNumber, pageCount
    /// `{{org.privacy-url}}`: the organisation's privacy statement in the document's language.
    case privacyURL
    /// Another `org.*` name: the organisation profile (unless a local name shadows it).
    case organisation
    /// Any other name: a case value, `item.*` or a local name.
    case value

    init(_ name: String) {
        switch name {
        case "page": self = .pageNumber
        case "pages": self = .pageCount
        case "org.privacy-url": self = .privacyURL
        default: self = name.hasPrefix("org.") ? .organisation : .value
        }
    }

    /// Whether the placeholder reads nothing from a document (an office-suite field).
    var isPageField: Bool { self == .pageNumber || self == .pageCount }
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

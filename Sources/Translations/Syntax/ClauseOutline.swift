import ClauseSyntax
import PrivdocDiagnostics

/// What a translation must keep of its Dutch clause, read from the tree that the engine's own parser
/// builds (ClauseSyntax): the fields it prints, its cross-references, its conditional fragments and the
/// markup it uses.
///
/// The translator's hints (`TranslatorHints.keep`) and the import's check (`mismatches(against:)`) both
/// come from it, so neither can see a placeholder the engine does not, nor miss one it does: an escaped
/// `\{{` is text, a `{{` inside a link address is a placeholder, a condition is compared by its meaning
/// (`(a)  and b` is `a and b`), not by its spelling.
struct ClauseOutline: Equatable, Sendable {
    /// One thing of a text that a translation must keep.
    enum Key: Hashable, Sendable {
        /// A field placeholder, normalised: `{{request.received | date}}`.
        case field(String)
        /// `{{ref id}}`.
        case reference(String)
        /// A `{{#if}}` fragment with this condition.
        case conditional(Condition)
        /// The `{{else}}` part of a fragment with this condition.
        case otherwise(Condition)
    }

    /// The markup a text uses (templates.md §1.1), in the order the hints list it.
    enum Markup: Int, CaseIterable, Comparable, Sendable {
        case strong, emphasis, link, hardBreak, bullets, numbered

        static func < (a: Markup, b: Markup) -> Bool { a.rawValue < b.rawValue }

        /// What the translator is told to keep.
        var hint: String {
            switch self {
            case .strong: return "**bold**"
            case .emphasis: return "*italic*"
            case .link: return "[link text](address): keep the address"
            case .hardBreak: return "\\ at the end of a line (line break)"
            case .bullets: return "\"- \" list items"
            case .numbered: return "\"1. \" numbered items"
            }
        }
    }

    /// Keys in order of first appearance.
    private(set) var keys: [Key] = []
    /// How often each key occurs.
    private(set) var counts: [Key: Int] = [:]
    /// How each key is written, the first time it occurs (`{{#if representative.name}}`).
    private(set) var written: [Key: String] = [:]
    /// The tags as a translator sees them, in order of first appearance, each once: placeholders,
    /// references and the `{{#if …}}`, `{{else}}`, `{{/if}}` tags.
    private(set) var tags: [String] = []
    /// The markup used.
    private(set) var markup: Set<Markup> = []
    /// `tags` as a set, to keep the walk linear.
    private var seenTags: Set<String> = []

    private init() {}

    /// The outline of a parsed text.
    init(_ text: ClauseText) {
        var walker = Walker()
        walker.walk(text.nodes)
        self = walker.outline
    }

    /// Parses `text` with the engine's parser: the outline, or nil and the problems, located in the
    /// text itself (line 1, column 1 is its first character).
    static func read(_ text: String) -> (ClauseOutline?, [Diagnostic]) {
        let (parsed, problems) = ClauseText.parse(text, origin: .inline("text"))
        return problems.isEmpty ? (ClauseOutline(parsed), []) : (nil, problems)
    }

    /// What a translation (`self`) lacks or adds compared with its Dutch source; empty when they match.
    /// Fields and references must appear (at least once) in both; conditional fragments, and their
    /// `{{else}}` parts, the same number of times, since they shape the sentence.
    func mismatches(against source: ClauseOutline) -> [String] {
        var out: [String] = []
        for key in source.keys where counts[key] == nil {
            switch key {
            case .field, .reference: out.append("\(source.written[key]!) is missing")
            case .conditional: out.append("\(source.written[key]!) … {{/if}} is missing")
            case .otherwise(let condition):
                if counts[.conditional(condition)] != nil { out.append("\(source.written[key]!) is missing") }
            }
        }
        for key in keys where source.counts[key] == nil {
            switch key {
            case .field, .reference, .conditional: out.append("\(written[key]!) is not in the Dutch text")
            case .otherwise(let condition):
                if source.counts[.conditional(condition)] != nil { out.append("\(written[key]!) is not in the Dutch text") }
            }
        }
        for key in source.keys {
            switch key {
            case .conditional, .otherwise:
                if let n = counts[key], let m = source.counts[key], n != m {
                    out.append("\(source.written[key]!) appears \(n) times, in the Dutch text \(m)")
                }
            case .field, .reference: break
            }
        }
        return out
    }

    /// Collects the outline in one walk of the tree.
    private struct Walker: ClauseWalker {
        var outline = ClauseOutline()

        mutating func visitPlaceholder(_ placeholder: Placeholder) {
            // A plural's or select's words are the translation's own: keep the field and the formatter.
            outline.add(.field(placeholder.kept), written: placeholder.kept)
        }

        mutating func visitReference(_ reference: CrossReference) {
            let tag = "{{ref \(reference.id)}}"
            outline.add(.reference(reference.id), written: tag)
        }

        mutating func visitConditional(_ conditional: Conditional) {
            // Spacing is not meaning: `{{#if  a.b}}` is shown as `{{#if a.b}}`.
            let condition = conditional.source.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            let opening = "{{#if \(condition)}}"
            outline.add(.conditional(conditional.condition), written: opening)
            walk(conditional.then)
            if !conditional.otherwise.isEmpty {
                outline.add(.otherwise(conditional.condition), written: "{{else}} of \(opening)", tag: "{{else}}")
                walk(conditional.otherwise)
            }
            outline.addTag("{{/if}}")
        }

        mutating func visitStrong(_ content: [TextNode]) { outline.markup.insert(.strong); walk(content) }
        mutating func visitEmphasis(_ content: [TextNode]) { outline.markup.insert(.emphasis); walk(content) }
        mutating func visitLink(url: [TextNode], content: [TextNode]) {
            outline.markup.insert(.link)
            walk(url)
            walk(content)
        }
        mutating func visitHardBreak() { outline.markup.insert(.hardBreak) }
        mutating func visitLine(_ kind: LineKind) {
            switch kind {
            case .bullet: outline.markup.insert(.bullets)
            case .numbered: outline.markup.insert(.numbered)
            case .plain, .continuation: break
            }
        }
    }

    private mutating func add(_ key: Key, written text: String, tag: String? = nil) {
        if counts[key] == nil {
            keys.append(key)
            written[key] = text
        }
        counts[key, default: 0] += 1
        addTag(tag ?? text)
    }

    private mutating func addTag(_ tag: String) {
        if seenTags.insert(tag).inserted { tags.append(tag) }
    }
}

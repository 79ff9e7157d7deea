import ClauseSyntax
import ODF

/// Renders a parsed clause text (`TextNode`s) into blocks and inline content. What the text needs from
/// its surroundings — conditions, values, cross-references, the text direction — comes from the
/// conforming type: `RenderContext` for a document, `StaticText` for a text that needs none of them
/// (rendered once when the library loads).
///
/// A renderer is a `ClauseWalker` (TextRendering+Walk.swift): it walks the tree itself, keeping what the
/// walk builds in `output`, so no renderer is copied or moved per clause. Generic rather than an
/// existential, so each conformance gets its own specialised walk.
protocol TextRendering: ClauseWalker {
    /// Whether values that read left-to-right must be isolated (Arabic, UAX #9).
    var isRightToLeft: Bool { get }
    /// Whether a `{{#if}}` condition holds.
    func holds(_ condition: Condition) -> Bool
    /// What `{{name | formatter}}` shows (it may render a clause of its own: an enum label).
    mutating func content(of p: Placeholder) -> PlaceholderContent
    /// The content of `{{ref id}}`.
    mutating func reference(_ r: CrossReference) -> [Inline]
    /// What the walk in progress builds; only `blocks(of:)` and the walk touch it.
    var output: TextOutput { get set }
}

extension TextRendering {
    /// The blocks of a parsed text. A walk already in progress (a reference or an enum label renders
    /// its label clause from inside another clause) is set aside and resumed afterwards.
    mutating func blocks(of nodes: [TextNode], style: ParagraphRole = .body) -> [Block] {
        guard !output.isWalking else {
            var outer = TextOutput()
            swap(&outer, &output)
            let blocks = blocks(of: nodes, style: style)
            swap(&outer, &output)
            return blocks
        }
        output.isWalking = true
        output.builder.paragraphStyle = style
        walk(nodes)
        output.isWalking = false
        return output.builder.finish()
    }
}

/// A placeholder's content before it becomes inlines.
enum PlaceholderContent {
    /// Nothing: the value is absent, or a problem was recorded.
    case nothing
    /// A text, which reads left-to-right in every language when `leftToRight`.
    case text(String, leftToRight: Bool)
    /// Ready-made content: fields, list lines, enum labels.
    case inlines([Inline])

    /// A text as an inline, isolated left-to-right inside right-to-left text where it reads that way
    /// (UAX #9); nil for an empty text.
    static func inline(_ text: String, leftToRight: Bool, isRightToLeft: Bool) -> Inline? {
        guard !text.isEmpty else { return nil }
        return leftToRight && isRightToLeft ? .isolate(.leftToRight, [.text(text)]) : .text(text)
    }
}

/// What one walk of a clause text builds: the blocks, and the runs of the markup (`*…*`, `**…**`, link
/// text and address) open around the current node, the innermost last — none at block level.
struct TextOutput {
    var builder = BlockBuilder()
    var open: [InlineRun] = []
    /// Whether a walk is in progress.
    var isWalking = false
}

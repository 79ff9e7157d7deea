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
    /// The document's (or the translated part's) direction.
    var direction: TextDirection { isRightToLeft ? .rightToLeft : .leftToRight }

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
    /// A text in the document's language (a long date, a plural or select phrase): never isolated.
    case phrase(String)
    /// A value as it is given, with its format: shown by the one rule of `TextDisplay.inline`.
    case value(String, TextFormat)
    /// Ready-made content: fields, list lines, enum labels.
    case inlines([Inline])

    /// The content's inline, by the one rule of `TextDisplay` for a value; nil when there is nothing to show.
    static func inlines(_ text: String, _ format: TextFormat?, direction: TextDirection) -> [Inline] {
        guard let format else { return text.isEmpty ? [] : [.text(text)] }
        return TextDisplay.inlines(text, format: format, in: direction)
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

import ClauseSyntax
import ODF

/// Walks a parsed clause text (`TextNode`s) into blocks and inline content. What the text needs from
/// its surroundings — conditions, values, cross-references, the text direction — comes from the
/// conforming type: `RenderContext` for a document, `StaticText` for a text that needs none of them
/// (rendered once when the library loads). Generic rather than an existential, so each conformance gets
/// its own specialised walk.
protocol TextRendering {
    /// Whether values that read left-to-right must be isolated (Arabic, UAX #9).
    var isRightToLeft: Bool { get }
    /// Whether a `{{#if}}` condition holds.
    func holds(_ condition: Condition) -> Bool
    /// Appends the content of `{{name | formatter}}`.
    mutating func placeholder(_ p: Placeholder, into run: inout InlineRun)
    /// The content of `{{ref id}}`.
    mutating func reference(_ r: CrossReference) -> [Inline]
}

extension TextRendering {
    /// The blocks of a parsed text.
    mutating func blocks(of nodes: [TextNode], style: ParagraphStyle = .body) -> [Block] {
        var builder = BlockBuilder()
        builder.paragraphStyle = style
        walk(nodes, into: &builder)
        return builder.finish()
    }

    /// Renders nested inline content (inside `*…*`, links).
    mutating func inlineContent(_ nodes: [TextNode]) -> [Inline] {
        var run = InlineRun()
        for node in nodes { inline(node, into: &run) }
        return run.finish()
    }

    private mutating func walk(_ nodes: [TextNode], into builder: inout BlockBuilder) {
        for node in nodes {
            switch node {
            case .line(let kind): builder.line(kind)
            case .paragraphBreak: builder.paragraphBreak()
            case .hardBreak: builder.hardBreak()
            case .softBreak: builder.softBreak()
            case .conditional(let c): walk(holds(c.condition) ? c.then : c.otherwise, into: &builder)
            case .text(let s): builder.withRun { $0.template(s) }
            default:
                // Straight into the paragraph's run: markup and values do not depend on the run's
                // whitespace state, so no intermediate run (and no copy of its inlines) is needed.
                builder.withRun { inline(node, into: &$0) }
            }
        }
    }

    private mutating func inline(_ node: TextNode, into run: inout InlineRun) {
        switch node {
        case .text(let s): run.template(s)
        case .line, .softBreak, .paragraphBreak: run.space()
        case .hardBreak: run.append(.lineBreak)
        case .emphasis(let inner):
            let content = inlineContent(inner)
            if !content.allSatisfy(InlineRun.isBlank) { run.append(.emphasis(content)) }
        case .strong(let inner):
            let content = inlineContent(inner)
            if !content.allSatisfy(InlineRun.isBlank) { run.append(.strong(content)) }
        case .link(let url, let content):
            let address = RenderContext.plain(inlineContent(url))
            let text = inlineContent(content)
            guard !address.isEmpty else { return run.append(contentsOf: text) }
            let link = Inline.link(url: address, text.isEmpty ? [.text(address)] : text)
            run.append(isRightToLeft && text.isEmpty ? .isolate(.leftToRight, [link]) : link)
        case .placeholder(let p): placeholder(p, into: &run)
        case .reference(let r): run.append(contentsOf: reference(r))
        case .conditional(let c):
            for inner in holds(c.condition) ? c.then : c.otherwise { inline(inner, into: &run) }
        }
    }
}

/// A walk over a parsed clause text, after swift-markdown's `MarkupWalker`: one `visit…` method per kind
/// of node, each with a default that descends into the node's children (or does nothing for a leaf), so
/// a walker overrides only the nodes it cares about and the recursion over the tree is written once,
/// here.
///
/// ```swift
/// struct LinkCounter: ClauseWalker {
///     var links = 0
///     mutating func visitLink(url: [TextNode], content: [TextNode]) { links += 1; walk(content) }
/// }
/// var counter = LinkCounter()
/// counter.walk(text.nodes)
/// ```
///
/// An override that still wants the children calls `walk` on them itself (as `MarkupWalker` overrides
/// call `descendInto`); one that does not, prunes the walk there — a renderer, for example, walks only
/// the branch of a conditional whose condition holds.
///
/// The walk recurses once per level of nesting. Trees made by `ClauseText.parse` nest at most
/// `SyntaxLimits.maxNesting` levels, so every walk is bounded however hostile the input was.
///
/// The defaults are `@inlinable` so that a walker in another module gets a walk specialised for it,
/// with no dynamic dispatch per node (rendering walks every clause of every letter).
public protocol ClauseWalker {
    /// Literal words of the clause.
    mutating func visitText(_ text: String)
    /// The start of a source line.
    mutating func visitLine(_ kind: LineKind)
    /// A line break inside a paragraph that wraps in the source.
    mutating func visitSoftBreak()
    /// A forced line break (`\` at the end of a line).
    mutating func visitHardBreak()
    /// A blank line.
    mutating func visitParagraphBreak()
    /// `*…*`; by default walks the content.
    mutating func visitEmphasis(_ content: [TextNode])
    /// `**…**`; by default walks the content.
    mutating func visitStrong(_ content: [TextNode])
    /// `[content](url)`; by default walks the address, then the content.
    mutating func visitLink(url: [TextNode], content: [TextNode])
    /// `{{name | formatter}}`.
    mutating func visitPlaceholder(_ placeholder: Placeholder)
    /// `{{ref id}}`.
    mutating func visitReference(_ reference: CrossReference)
    /// `{{#if …}}…{{else}}…{{/if}}`; by default walks both branches, `then` first.
    mutating func visitConditional(_ conditional: Conditional)
}

extension ClauseWalker {
    /// Visits each node in order.
    @inlinable
    public mutating func walk(_ nodes: [TextNode]) {
        for node in nodes { visit(node) }
    }

    /// Calls the `visit…` method for the node's kind.
    @inlinable @inline(__always)
    public mutating func visit(_ node: TextNode) {
        switch node {
        case .text(let text): visitText(text)
        case .line(let kind): visitLine(kind)
        case .softBreak: visitSoftBreak()
        case .hardBreak: visitHardBreak()
        case .paragraphBreak: visitParagraphBreak()
        case .emphasis(let content): visitEmphasis(content)
        case .strong(let content): visitStrong(content)
        case .link(let url, let content): visitLink(url: url, content: content)
        case .placeholder(let placeholder): visitPlaceholder(placeholder)
        case .reference(let reference): visitReference(reference)
        case .conditional(let conditional): visitConditional(conditional)
        }
    }

    @inlinable public mutating func visitText(_ text: String) {}
    @inlinable public mutating func visitLine(_ kind: LineKind) {}
    @inlinable public mutating func visitSoftBreak() {}
    @inlinable public mutating func visitHardBreak() {}
    @inlinable public mutating func visitParagraphBreak() {}
    @inlinable public mutating func visitEmphasis(_ content: [TextNode]) { walk(content) }
    @inlinable public mutating func visitStrong(_ content: [TextNode]) { walk(content) }
    @inlinable public mutating func visitLink(url: [TextNode], content: [TextNode]) { walk(url); walk(content) }
    @inlinable public mutating func visitPlaceholder(_ placeholder: Placeholder) {}
    @inlinable public mutating func visitReference(_ reference: CrossReference) {}
    @inlinable public mutating func visitConditional(_ conditional: Conditional) {
        walk(conditional.then)
        walk(conditional.otherwise)
    }
}

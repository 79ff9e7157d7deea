import ClauseSyntax
import ODF

/// The walk of a renderer over a clause text: line markers and breaks drive the `BlockBuilder`; text,
/// markup, values and references go into the current paragraph's run, or, inside markup, into the run of
/// the innermost open markup. A conditional is walked only in the branch its condition selects, so a
/// dropped fragment leaves nothing behind (templates.md §1.3).
///
/// The walk recurses once per level of markup and conditionals: at most `SyntaxLimits.maxNesting`.
extension TextRendering {
    mutating func visitLine(_ kind: LineKind) {
        if output.open.isEmpty { output.builder.line(kind) } else { output.open[output.open.count - 1].space() }
    }

    mutating func visitParagraphBreak() {
        if output.open.isEmpty { output.builder.paragraphBreak() } else { output.open[output.open.count - 1].space() }
    }

    mutating func visitSoftBreak() {
        if output.open.isEmpty { output.builder.softBreak() } else { output.open[output.open.count - 1].space() }
    }

    mutating func visitHardBreak() {
        if output.open.isEmpty { output.builder.hardBreak() } else { output.open[output.open.count - 1].append(.lineBreak) }
    }

    mutating func visitText(_ text: String) {
        if output.open.isEmpty {
            output.builder.beginContent()
            output.builder.run.template(text)
            output.builder.endContent()
        } else {
            output.open[output.open.count - 1].template(text)
        }
    }

    mutating func visitConditional(_ conditional: Conditional) {
        walk(holds(conditional.condition) ? conditional.then : conditional.otherwise)
    }

    mutating func visitEmphasis(_ content: [TextNode]) {
        let inner = inlineContent(content)
        appendInline(inner.allSatisfy(InlineRun.isBlank) ? nil : .emphasis(inner))
    }

    mutating func visitStrong(_ content: [TextNode]) {
        let inner = inlineContent(content)
        appendInline(inner.allSatisfy(InlineRun.isBlank) ? nil : .strong(inner))
    }

    mutating func visitLink(url: [TextNode], content: [TextNode]) {
        let address = RenderContext.plain(inlineContent(url))
        let text = inlineContent(content)
        guard !address.isEmpty else { return appendInlines(text) }
        let link = Inline.link(url: address, text.isEmpty ? [.text(address)] : text)
        // A bare address reads as a URL: isolated by the one rule, as a value of that format would be.
        let isolate = text.isEmpty ? TextDisplay.isolation(of: address, format: .url, in: direction) : nil
        appendInline(isolate.map { .isolate($0, [link]) } ?? link)
    }

    mutating func visitPlaceholder(_ placeholder: Placeholder) {
        switch content(of: placeholder) {
        case .nothing: appendInline(nil)
        case .phrase(let text): appendInlines(PlaceholderContent.inlines(text, nil, direction: direction))
        case .value(let text, let format): appendInlines(PlaceholderContent.inlines(text, format, direction: direction))
        case .inlines(let inlines): appendInlines(inlines)
        }
    }

    mutating func visitReference(_ reference: CrossReference) {
        appendInlines(self.reference(reference))
    }

    /// The inline content of `nodes`, in a run of its own.
    private mutating func inlineContent(_ nodes: [TextNode]) -> [Inline] {
        output.open.append(InlineRun())
        walk(nodes)
        var run = output.open.removeLast()
        return run.finish()
    }

    /// Appends to the current run; at block level the paragraph begins even when there is nothing to add
    /// (markup that rendered blank still counts as content of its line).
    private mutating func appendInline(_ inline: Inline?) {
        if output.open.isEmpty {
            output.builder.beginContent()
            if let inline { output.builder.run.append(inline) }
            output.builder.endContent()
        } else if let inline {
            output.open[output.open.count - 1].append(inline)
        }
    }

    private mutating func appendInlines(_ inlines: [Inline]) {
        if output.open.isEmpty {
            output.builder.beginContent()
            output.builder.run.append(contentsOf: inlines)
            output.builder.endContent()
        } else {
            output.open[output.open.count - 1].append(contentsOf: inlines)
        }
    }
}

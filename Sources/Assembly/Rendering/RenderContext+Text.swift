import ODF

/// Rendering clause texts: the tree of `TextNode`s with values substituted as text only.
extension RenderContext {
    /// The blocks of a clause (paragraphs and lists).
    mutating func blocks(_ id: String, at location: SourceLocation?, style: ParagraphStyle = .body) -> [Block] {
        guard let clause = clause(id, at: location) else { return [] }
        return blocks(of: clause.text.nodes, style: style)
    }

    /// The blocks of a parsed text.
    mutating func blocks(of nodes: [TextNode], style: ParagraphStyle = .body) -> [Block] {
        var builder = BlockBuilder()
        builder.paragraphStyle = style
        walk(nodes, into: &builder)
        return builder.finish()
    }

    /// A clause as inline content (labels, headings, the subject): its paragraphs joined by line breaks.
    mutating func inlines(_ id: String, at location: SourceLocation?) -> [Inline] {
        Self.flatten(blocks(id, at: location))
    }

    /// Paragraph contents joined by line breaks (list items too).
    static func flatten(_ blocks: [Block]) -> [Inline] {
        var out: [Inline] = []
        func add(_ inlines: [Inline]) {
            if !out.isEmpty { out.append(.lineBreak) }
            out.append(contentsOf: inlines)
        }
        for block in blocks {
            switch block {
            case .paragraph(let p): add(p.content)
            case .heading(let h): add(h.content)
            case .list(let l): for item in l.items { add(flatten(item.blocks)) }
            case .table, .pageBreak: break
            }
        }
        return out
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
                var run = InlineRun()
                inline(node, into: &run)
                let content = run.inlines
                builder.withRun { $0.append(contentsOf: content) }
            }
        }
    }

    /// Renders nested inline content (inside `*…*`, links).
    mutating func inlineContent(_ nodes: [TextNode]) -> [Inline] {
        var run = InlineRun()
        for node in nodes { inline(node, into: &run) }
        return run.finish()
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
            let address = plainText(url)
            let text = inlineContent(content)
            guard !address.isEmpty else { return run.append(contentsOf: text) }
            let link = Inline.link(url: address, text.isEmpty ? [.text(address)] : text)
            run.append(isRightToLeft && text.isEmpty ? .isolate(.leftToRight, [link]) : link)
        case .placeholder(let p): run.append(contentsOf: placeholder(p))
        case .reference(let r): run.append(contentsOf: reference(r))
        case .conditional(let c):
            for inner in holds(c.condition) ? c.then : c.otherwise { inline(inner, into: &run) }
        }
    }

    /// The plain text of nodes (a link address): placeholders give their raw text.
    private mutating func plainText(_ nodes: [TextNode]) -> String {
        Self.plain(inlineContent(nodes))
    }

    /// The visible text of inlines (metadata, explain).
    static func plain(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let s): out += s
            case .emphasis(let i), .strong(let i), .underline(let i), .link(_, let i), .isolate(_, let i): out += plain(i)
            case .lineBreak, .tab: out += " "
            case .field, .frame: break
            }
        }
        return out
    }
}

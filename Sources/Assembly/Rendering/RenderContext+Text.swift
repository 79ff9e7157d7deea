import ClauseSyntax
import PrivdocDiagnostics
import ODF

/// Rendering clause texts: the tree of `TextNode`s with values substituted as text only (the walk
/// itself is `TextRendering`).
extension RenderContext: TextRendering {
    /// The blocks of a clause (paragraphs and lists).
    mutating func blocks(_ id: String, at location: SourceLocation?, style: ParagraphRole = .body) -> [Block] {
        guard let slot = clauseSlot(id, at: location) else { return [] }
        if let prerendered = slot.staticBlocks { return StaticText.restyled(prerendered, style) }
        return blocks(of: locale.sortedClauses[slot.index].text.nodes, style: style)
    }

    /// A clause as inline content (labels, headings, the subject): its paragraphs joined by line breaks.
    mutating func inlines(_ id: String, at location: SourceLocation?) -> [Inline] {
        Self.flatten(blocks(id, at: location))
    }

    /// Paragraph contents joined by line breaks (list items too).
    static func flatten(_ blocks: [Block]) -> [Inline] {
        // The usual label or heading is one paragraph: its content as it is.
        if blocks.count == 1, case .paragraph(let p) = blocks[0] { return p.content }
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

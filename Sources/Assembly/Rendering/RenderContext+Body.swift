import ClauseSyntax
import PrivdocDiagnostics
import ODF

/// Pass 3: the kept elements become blocks (templates.md §2.2).
extension RenderContext {
    /// Renders kept elements; `depth` is the heading level below the enclosing section/article/annex.
    mutating func render(_ elements: [SelectedElement], depth: Int = 0) -> [Block] {
        var out: [Block] = []
        // By index: the elements are read in place rather than copied out one by one.
        for index in elements.indices where elements[index].kept {
            switch elements[index].element.kind {
            case .signatures: Self.keepWithSignatures(&out)
            // A letter's closing and signature never stand alone on a page (issue 19): the last paragraph
            // before them keeps with the closing formula.
            case .signature: Self.keepWithSignatures(&out, paragraphs: 1)
            default: break
            }
            out.append(contentsOf: render(elements[index], depth: depth))
        }
        return out
    }

    /// The signature block never stands alone on a page (domain.md §9): the paragraphs right before it
    /// (the closing formula and the last article's last paragraph) keep with it.
    private static func keepWithSignatures(_ out: inout [Block], paragraphs: Int = 2) {
        var kept = 0
        for index in out.indices.reversed() where kept < paragraphs {
            guard case .paragraph(var paragraph) = out[index] else { return }
            paragraph.keepWithNext = true
            out[index] = .paragraph(paragraph)
            kept += 1
        }
    }

    /// The bookmark of an article's or annex's heading, when the document has a contents list.
    private func tocBookmark(_ kind: String, _ selected: SelectedElement) -> String? {
        tocEntries.isEmpty ? nil : TOCEntry.bookmark(kind: kind, number: selected.number ?? "")
    }

    private mutating func render(_ selected: SelectedElement, depth: Int) -> [Block] {
        let location = selected.element.location
        switch selected.element.kind {
        case .clause(let ref):
            return blocks(ref.id, at: ref.location)
        case .subject(let ref):
            let text = inlines(ref.id, at: ref.location)
            subjectText = Self.plain(text)
            let label = inlines("label.subject", at: ref.location)
            return [.paragraph(Paragraph(label + (label.isEmpty ? [] : [.text(" ")]) + text, style: .subject, keepWithNext: true))]
        case .heading(let ref):
            let text = inlines(ref.id, at: ref.location)
            return text.isEmpty ? [] : [.heading(Heading(level: min(depth + 1, 10), text))]
        case .section(let heading, _) where selected.element.each != nil:
            // The passes of `each:` (decision 150): the case's own once at this level, or each item under
            // the heading with its names in scope.
            switch selected.pass {
            case nil, .single?: return render(selected.children, depth: depth)
            case .item(let pass)?:
                let saved = (scope, itemList, absent)
                enter(pass)
                defer { (scope, itemList, absent) = saved }
                let body = render(selected.children, depth: depth + 1)
                guard !body.isEmpty else { return [] }
                let text = inlines(heading.id, at: heading.location)
                return (text.isEmpty ? [] : [.heading(Heading(level: min(depth + 1, 10), text))]) + body
            }
        case .section(let heading, _):
            let body = render(selected.children, depth: depth + 1)
            guard !body.isEmpty else { return [] }   // no orphan heading (DESIGN.md invariant 4)
            let text = inlines(heading.id, at: heading.location)
            return (text.isEmpty ? [] : [.heading(Heading(level: min(depth + 1, 10), text))]) + body
        case .list(let spec):
            return list(spec, children: selected.children, at: location)
        case .table(let spec):
            return table(spec, at: location)
        case .addressBlock(let field):
            addressBlock(field, at: location)
            return []
        case .referenceLine:
            return [referenceLine(at: location)]
        case .signature:
            return signature(at: location)
        case .signatures(let parties):
            return [signatures(parties, at: location)]
        case .article(let spec):
            return article(spec, selected, depth: depth)
        case .annex(let spec):
            let heading = numberedHeading("label.annex", number: selected.number ?? "", title: spec.title)
            return [.pageBreak(PageBreak()), .heading(Heading(level: min(depth + 1, 10), heading, bookmark: tocBookmark("annex", selected)))]
                + render(selected.children, depth: depth + 1)
        case .pageBreak:
            return [.pageBreak(PageBreak())]
        case .toc(let heading):
            var out: [Block] = []
            if let heading { out.append(.heading(Heading(level: min(depth + 1, 10), inlines(heading.id, at: heading.location)))) }
            // Each line ends in the page of its heading, which LibreOffice fills in (a bookmark reference).
            for entry in tocEntries {
                out.append(.paragraph(Paragraph(entry.text + [.tab, .field(.pageReference(entry.bookmark))], style: .contents)))
            }
            return out
        }
    }

    /// `Artikel 7 — Beveiliging`: the label clause (with `{{number}}`, or followed by the number), a
    /// dash, and the title clause.
    mutating func numberedHeading(_ labelID: String, number: String, title: ClauseRef) -> [Inline] {
        let saved = scope
        scope["number"] = .text(number)
        var label = inlines(labelID, at: title.location)
        scope = saved
        let usesNumber = locale.clauses[labelID]?.text.placeholders.contains { $0.name == "number" } ?? false
        if !usesNumber { label += [.text(" " + number)] }
        var run = InlineRun()
        run.append(contentsOf: label + [.text(" \u{2014} ")] + inlines(title.id, at: title.location))
        return run.inlines
    }

    private mutating func article(_ spec: ArticleSpec, _ selected: SelectedElement, depth: Int) -> [Block] {
        var out: [Block] = [.heading(Heading(level: min(depth + 1, 10),
                                             numberedHeading("label.article", number: selected.number ?? "", title: spec.title),
                                             bookmark: tocBookmark("article", selected)))]
        for child in selected.children where child.kept {
            guard case .clause(let ref) = child.element.kind else {
                out.append(contentsOf: render(child, depth: depth + 1))
                continue
            }
            var blocks = blocks(ref.id, at: ref.location)
            if blocks.isEmpty {
                bag.error(.articleEmptyParagraph, at: child.element.location,
                          "paragraph \(ref.id) renders empty for this case but was numbered; put its condition on the paragraph (when:)")
                continue
            }
            if let number = child.number {
                if case .paragraph(var first) = blocks[0] {
                    first.content = [.text(number), .tab] + first.content
                    blocks[0] = .paragraph(first)
                } else {
                    blocks.insert(.paragraph(Paragraph([.text(number)])), at: 0)
                }
            }
            out.append(contentsOf: blocks)
        }
        return out
    }

    private mutating func list(_ spec: ListSpec, children: [SelectedElement], at location: SourceLocation) -> [Block] {
        var items: [ListItem] = []
        if let from = spec.itemsFrom {
            let entries: [[String: Value]]
            switch value(from) {
            case .list(let lines)?: entries = lines.map { ["item": .text($0)] }
            case .records(let records)?: entries = records.map { Dictionary(uniqueKeysWithValues: $0.map { ("item.\($0.key)", $0.value) }) }
            default: entries = []
            }
            for entry in entries {
                let blocks: [Block] = withItem(entry, list: from) { ctx in
                    if let snippet = spec.itemSnippet { return ctx.blocks(of: snippet.text.nodes, style: .listItem) }
                    let content = ctx.placeholder(Placeholder(name: "item", formatter: nil, location: location))
                    return content.isEmpty ? [] : [.paragraph(Paragraph(content, style: .listItem))]
                }
                if !blocks.isEmpty { items.append(ListItem(blocks)) }
            }
        } else {
            for child in children where child.kept {
                guard case .clause(let ref) = child.element.kind else { continue }
                let blocks = blocks(ref.id, at: ref.location, style: .listItem)
                if !blocks.isEmpty { items.append(ListItem(blocks)) }
            }
        }
        guard !items.isEmpty else { return [] }
        // A lettered list takes its letters from the language (locale.yaml `lettered-list`, decision 170),
        // counted after conditions, so a dropped item never leaves a gap.
        if spec.kind == .lettered {
            let letters = locale.listLetters
            let labelled = items.enumerated().map { ListItem($1.blocks, label: letters.label($0)) }
            return [.list(ODF.List(kind: .labelled, items: labelled))]
        }
        return [.list(ODF.List(kind: spec.kind, items: items))]
    }

    /// Puts one item's names in scope (a pass of `each:`): `item.*` and the fields the item stands for.
    mutating func enter(_ pass: ListPass) {
        scope.merge(pass.scope) { $1 }
        itemList = pass.list
        absent = pass.absent
    }

    /// Runs `body` with `item.*` (or `item`) bound to one list entry.
    mutating func withItem<T>(_ entry: [String: Value], list: String, _ body: (inout RenderContext) -> T) -> T {
        let savedScope = scope, savedList = itemList
        scope.merge(entry) { $1 }
        itemList = list
        defer { scope = savedScope; itemList = savedList }
        return body(&self)
    }
}

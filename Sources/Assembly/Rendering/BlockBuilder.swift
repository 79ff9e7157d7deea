import ClauseSyntax
import ODF

/// Groups a rendered clause stream (line markers, paragraph breaks, inline content) into paragraphs and
/// lists, after conditions have been applied — so a dropped fragment can never leave an empty paragraph
/// or split a list (templates.md §1.1, §1.3).
struct BlockBuilder {
    private(set) var blocks: [Block] = []
    /// The content of the current paragraph or item. Written only between `beginContent()` and
    /// `endContent()` (a stored property rather than a closure, so a walker can hand it to the renderer
    /// it also holds without overlapping access).
    var run = InlineRun()
    private var inParagraph = false
    private var listKind: ODF.List.Kind?
    private var items: [ListItem] = []
    private var lastWasHardBreak = false
    /// The style of plain paragraphs.
    var paragraphStyle: ParagraphRole = .body

    /// A source line of the given kind begins.
    mutating func line(_ kind: LineKind) {
        switch kind {
        case .bullet, .numbered:
            let wanted: ODF.List.Kind = kind == .bullet ? .bulleted : .numbered
            endItemOrParagraph()
            if listKind != wanted { endList() }
            listKind = wanted
            inParagraph = true
        case .continuation:
            if inParagraph, !lastWasHardBreak { run.space() }
            inParagraph = true
        case .plain:
            if listKind != nil {
                endItemOrParagraph()
                endList()
            }
            if inParagraph, !lastWasHardBreak { run.space() }
            inParagraph = true
        }
        lastWasHardBreak = false
    }

    /// A blank line: ends the paragraph and any list.
    mutating func paragraphBreak() {
        endItemOrParagraph()
        endList()
    }

    /// Inline content for the current paragraph or item follows (in `run`): a paragraph has begun.
    mutating func beginContent() {
        if !inParagraph { inParagraph = true }
    }

    /// The inline content is written: a line that follows is no longer right after a forced break.
    mutating func endContent() {
        lastWasHardBreak = false
    }

    /// A forced line break.
    mutating func hardBreak() {
        run.append(.lineBreak)
        lastWasHardBreak = true
    }

    /// A soft break inside inline markup is handled by the run; at block level it is a space.
    mutating func softBreak() { run.space() }

    /// Ends everything and returns the blocks; the builder is then empty, ready for another text.
    mutating func finish() -> [Block] {
        paragraphBreak()
        defer { blocks = []; lastWasHardBreak = false }
        return blocks
    }

    private mutating func endItemOrParagraph() {
        defer { run = InlineRun(); inParagraph = false }
        guard !run.isEmpty else { return }
        let content = trimBreaks(run.finish())
        if listKind != nil {
            items.append(ListItem(paragraph: content))
        } else {
            blocks.append(.paragraph(Paragraph(content, style: paragraphStyle)))
        }
    }

    private mutating func endList() {
        if let kind = listKind, !items.isEmpty { blocks.append(.list(ODF.List(kind: kind, items: items))) }
        listKind = nil
        items = []
    }

    /// A paragraph does not start or end with a forced break left by a dropped line.
    private func trimBreaks(_ inlines: [Inline]) -> [Inline] {
        // Pattern matching rather than `==`: comparing whole `Inline` values is needlessly slow here.
        var out = inlines
        while case .lineBreak? = out.last { out.removeLast() }
        while case .lineBreak? = out.first { out.removeFirst() }
        return out
    }
}

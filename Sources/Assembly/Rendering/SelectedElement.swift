/// A body element after conditions (pass 1) and numbering (pass 2): whether it is kept, why, and the
/// number it finally gets. Rendering (pass 3) and `explain` both walk this tree.
struct SelectedElement: Sendable {
    let element: BodyElement
    /// Whether the element is in the document.
    var kept: Bool
    /// The value of its `when:`, when it has one and was evaluated.
    var conditionValue: Bool?
    /// Why it was left out, when it was.
    var reason: String?
    /// Section body, article paragraphs, annex body or list items.
    var children: [SelectedElement]
    /// `7` for an article, `7.2` for a numbered paragraph, `2` for an annex.
    var number: String?
    /// For a section with `each:`, one of its passes (its children): the pass over one item, or the one
    /// pass for the case itself when the list has no items. Nil for the section holding the passes.
    var pass: Pass? = nil

    enum Pass: Sendable {
        /// The case's own values, without the section's heading (the single form).
        case single
        /// One item of the list, under the heading.
        case item(ListPass)
    }

    /// Selects `elements` for a document (pass 1): evaluates every `when:`; the children of a dropped
    /// element are listed as dropped without being evaluated.
    static func select(_ elements: [BodyElement], in context: RenderContext, parentKept: Bool = true) -> [SelectedElement] {
        elements.map { element in
            var selected = SelectedElement(element: element, kept: parentKept, conditionValue: nil,
                                           reason: parentKept ? nil : "its parent is left out", children: [], number: nil)
            if parentKept, let when = element.when {
                let value = context.holds(when.condition)
                selected.conditionValue = value
                if !value { selected.kept = false; selected.reason = "condition is false" }
            }
            let inner: [BodyElement]
            switch element.kind {
            case .section(_, let body): inner = body
            case .article(let a): inner = a.paragraphs
            case .annex(let a): inner = a.body
            case .list(let l): inner = l.items
            default: inner = []
            }
            if selected.kept, let list = element.each {
                selected.children = passes(element, list: list, inner: inner, in: context)
            } else {
                selected.children = select(inner, in: context, parentKept: selected.kept)
            }
            if selected.kept, let reason = emptiness(of: element, children: selected.children, in: context) {
                selected.kept = false
                selected.reason = reason
            }
            return selected
        }
    }

    /// The passes of a section with `each:` (decision 150): one per item, each selected with the item's
    /// names in scope, or one for the case when the list has no items.
    private static func passes(_ element: BodyElement, list: String, inner: [BodyElement], in context: RenderContext) -> [SelectedElement] {
        guard let passes = ListPass.passes(over: list, table: context.template.fields, read: context.value) else {
            return [SelectedElement(element: element, kept: true, conditionValue: nil, reason: nil,
                                    children: select(inner, in: context), number: nil, pass: .single)]
        }
        return passes.map { pass in
            var scoped = context
            scoped.enter(pass)
            let children = select(inner, in: scoped)
            let kept = children.contains(where: \.kept)
            return SelectedElement(element: element, kept: kept, conditionValue: nil, reason: kept ? nil : "nothing of its body is kept",
                                   children: children, number: nil, pass: .item(pass))
        }
    }

    /// Why a kept element has nothing to show (no orphan headings, DESIGN.md invariant 4), or nil.
    private static func emptiness(of element: BodyElement, children: [SelectedElement], in context: RenderContext) -> String? {
        func hasEntries(_ field: String) -> Bool {
            switch context.value(field) {
            case .list(let l)?: return !l.isEmpty
            case .records(let r)?: return !r.isEmpty
            default: return false
            }
        }
        switch element.kind {
        case .article:
            return children.contains { $0.kept && $0.isClause } ? nil : "none of its paragraphs is kept"
        case .section:
            return children.contains(where: \.kept) ? nil : "nothing of its body is kept"
        case .list(let spec):
            if let from = spec.itemsFrom { return hasEntries(from) ? nil : "\(from) has no items" }
            return children.contains(where: \.kept) ? nil : "none of its items is kept"
        case .table(let spec):
            if let from = spec.rowsFrom { return hasEntries(from) ? nil : "\(from) has no items" }
            return nil
        default:
            return nil
        }
    }

    var isClause: Bool {
        if case .clause = element.kind { return true }
        return false
    }
}

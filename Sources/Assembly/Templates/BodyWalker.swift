/// A visitor over a template body, after swift-markdown's `MarkupWalker`: `walk` calls `visit` for each
/// element in document order, with the element that holds it; the default `visit` descends into the
/// element's children. A walker overrides `visit` for what it looks for and calls `descend(into:)` to go
/// on. One traversal of the tree, instead of a hand-written recursion per question.
protocol BodyWalker {
    mutating func visit(_ element: BodyElement, parent: BodyElement?)
}

extension BodyWalker {
    mutating func visit(_ element: BodyElement, parent: BodyElement?) { descend(into: element) }

    /// Visits every element of `elements`.
    mutating func walk(_ elements: [BodyElement], parent: BodyElement? = nil) {
        for element in elements { visit(element, parent: parent) }
    }

    /// Visits the children of `element`.
    mutating func descend(into element: BodyElement) { walk(element.children, parent: element) }
}

extension BodyElement {
    /// The elements directly inside this one: a section's body, a list's fixed items, an article's
    /// paragraphs, an annex's body.
    var children: [BodyElement] {
        switch kind {
        case .section(_, let body): return body
        case .list(let spec): return spec.items
        case .article(let a): return a.paragraphs
        case .annex(let a): return a.body
        case .clause, .subject, .heading, .table, .addressBlock, .referenceLine, .signature, .signatures, .pageBreak, .toc:
            return []
        }
    }

    /// Whether this is an article (its clause children are numbered paragraphs that may carry an id).
    var isArticle: Bool {
        if case .article = kind { return true }
        return false
    }
}

/// Every element of a body, flattened, with whether it stands in an article (for ids and `idKind`).
struct BodyInventory: BodyWalker {
    private(set) var elements: [(element: BodyElement, inArticle: Bool)] = []

    init(_ body: [BodyElement]) { walk(body) }

    mutating func visit(_ element: BodyElement, parent: BodyElement?) {
        elements.append((element, parent?.isArticle ?? false))
        descend(into: element)
    }
}

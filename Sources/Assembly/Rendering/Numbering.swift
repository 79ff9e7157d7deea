/// Numbers of articles, their paragraphs and annexes, computed after conditions (pass 2), so numbering
/// never has a gap and a cross-reference always names the final number (DESIGN.md invariant 4).
struct Numbering: Sendable {
    /// What an id finally is.
    struct Target: Hashable, Sendable {
        /// `7`, `7.2`, `2`.
        var number: String
        /// The label clause holding `{{number}}`: `label.ref.article`, `label.ref.paragraph` or `label.ref.annex`.
        var labelClause: String
    }

    /// Kept ids and their numbers.
    private(set) var targets: [String: Target] = [:]

    init() {}

    /// Assigns numbers to the kept articles, paragraphs and annexes, in document order. Paragraphs are
    /// numbered only when their article keeps more than one; a reference to the only paragraph of an
    /// article names the article.
    static func assign(_ tree: inout [SelectedElement]) -> Numbering {
        var numbering = Numbering()
        var article = 0
        var annex = 0
        func walk(_ elements: inout [SelectedElement]) {
            for i in elements.indices where elements[i].kept {
                switch elements[i].element.kind {
                case .article(let spec):
                    article += 1
                    let number = String(article)
                    elements[i].number = number
                    if let id = spec.id { numbering.targets[id] = Target(number: number, labelClause: "label.ref.article") }
                    let paragraphs = elements[i].children.indices.filter { elements[i].children[$0].kept && elements[i].children[$0].isClause }
                    for (n, index) in paragraphs.enumerated() {
                        let own = paragraphs.count > 1 ? "\(number).\(n + 1)" : nil
                        elements[i].children[index].number = own
                        if let id = elements[i].children[index].element.id {
                            numbering.targets[id] = own.map { Target(number: $0, labelClause: "label.ref.paragraph") }
                                ?? Target(number: number, labelClause: "label.ref.article")
                        }
                    }
                case .annex(let spec):
                    annex += 1
                    elements[i].number = String(annex)
                    if let id = spec.id { numbering.targets[id] = Target(number: String(annex), labelClause: "label.ref.annex") }
                    walk(&elements[i].children)
                case .section:
                    walk(&elements[i].children)
                default:
                    break
                }
            }
        }
        walk(&tree)
        return numbering
    }
}

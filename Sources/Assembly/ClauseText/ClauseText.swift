import PrivdocDiagnostics

/// A clause text parsed once into a tree, with what it uses precomputed for lint and `explain`.
struct ClauseText: Hashable, Sendable {
    /// The tree.
    var nodes: [TextNode]
    /// Placeholders, in order of appearance (including those inside conditionals and links).
    var placeholders: [Placeholder]
    /// Field paths named by `{{#if}}` conditions.
    var conditionPaths: [String]
    /// `{{ref}}` targets.
    var references: [CrossReference]
    /// Whether the text reads nothing from a document (no conditionals, references or placeholders
    /// other than `{{page}}`/`{{pages}}`), so it renders the same in every document of its language.
    var isStatic: Bool

    init(nodes: [TextNode]) {
        self.nodes = nodes
        var placeholders: [Placeholder] = []
        var paths: [String] = []
        var references: [CrossReference] = []
        var conditionals = 0
        func walk(_ nodes: [TextNode]) {
            for node in nodes {
                switch node {
                case .text, .line, .softBreak, .hardBreak, .paragraphBreak: break
                case .emphasis(let inner), .strong(let inner): walk(inner)
                case .link(let url, let content): walk(url); walk(content)
                case .placeholder(let p): placeholders.append(p)
                case .reference(let r): references.append(r)
                case .conditional(let c):
                    conditionals += 1
                    paths.append(contentsOf: c.condition.paths)
                    walk(c.then)
                    walk(c.otherwise)
                }
            }
        }
        walk(nodes)
        self.placeholders = placeholders
        self.conditionPaths = paths
        self.references = references
        self.isStatic = placeholders.allSatisfy(\.role.isPageField) && references.isEmpty && conditionals == 0
    }

    /// Every field path the text reads (placeholders and conditions), deduplicated, in order.
    var fieldPaths: [String] {
        var seen = Set<String>()
        return (placeholders.map(\.name) + conditionPaths).filter { seen.insert($0).inserted }
    }

    /// Parses `text` found at `origin`; problems are returned, located in the file.
    static func parse(_ text: String, origin: TextOrigin) -> (ClauseText, [Diagnostic]) {
        var parser = ClauseTextParser(text: text, origin: origin)
        let nodes = parser.parse()
        return (ClauseText(nodes: nodes), parser.diagnostics)
    }
}

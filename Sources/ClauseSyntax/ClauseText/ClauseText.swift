import PrivdocDiagnostics

/// A clause text parsed once into a tree, with what it uses precomputed for lint, `explain`, rendering
/// and the translators' round trip.
public struct ClauseText: Hashable, Sendable {
    /// The tree.
    public var nodes: [TextNode]
    /// Placeholders, in order of appearance (including those inside conditionals and links).
    public var placeholders: [Placeholder]
    /// Field paths named by `{{#if}}` conditions, in order of appearance.
    public var conditionPaths: [String]
    /// `{{ref}}` targets, in order of appearance.
    public var references: [CrossReference]
    /// Every `{{#if}}` fragment, nested ones too, in order of appearance (an outer one before those inside
    /// it), for lint and `explain`.
    public var conditionals: [Conditional]
    /// Whether the text reads nothing from a document (no conditionals, references or placeholders
    /// other than `{{page}}`/`{{pages}}`), so it renders the same in every document of its language.
    public var isStatic: Bool

    /// A text made of `nodes`, with its inventory taken by one walk.
    public init(nodes: [TextNode]) {
        self.nodes = nodes
        var inventory = Inventory()
        inventory.walk(nodes)
        placeholders = inventory.placeholders
        conditionPaths = inventory.paths
        references = inventory.references
        conditionals = inventory.conditionals
        isStatic = placeholders.allSatisfy(\.role.isPageField) && references.isEmpty && conditionals.isEmpty
    }

    /// Every field path the text reads (placeholders and conditions), deduplicated, in order.
    public var fieldPaths: [String] {
        var seen = Set<String>()
        return (placeholders.map(\.name) + conditionPaths).filter { seen.insert($0).inserted }
    }

    /// Parses `text` found at `origin`; problems are returned, located in the file. A text longer than
    /// `SyntaxLimits.maxTextBytes` is not read at all (one `clause.limit` error, an empty tree).
    public static func parse(_ text: String, origin: TextOrigin) -> (ClauseText, [Diagnostic]) {
        let bytes = text.utf8.count
        guard bytes <= SyntaxLimits.maxTextBytes else {
            let kib = (bytes + 1023) / 1024
            return (ClauseText(nodes: []), [.error(.clauseLimit, at: origin.location(of: .start),
                                                   "the text is \(kib) KiB long; a clause text may be at most \(SyntaxLimits.maxTextBytes / 1024) KiB (templates.md §1.6)")])
        }
        if let (scalar, position) = TextCharacters.firstForbidden(in: text) {
            return (ClauseText(nodes: []), [.error(.clauseCharacter, at: origin.location(of: position),
                                                   TextCharacters.message(scalar, in: "a clause text"))])
        }
        var parser = ClauseTextParser(text: text, origin: origin)
        let nodes = parser.parse()
        return (ClauseText(nodes: nodes), parser.diagnostics)
    }

    /// Collects what a text uses, everywhere in the tree (both branches of every conditional, link
    /// addresses and texts).
    private struct Inventory: ClauseWalker {
        var placeholders: [Placeholder] = []
        var paths: [String] = []
        var references: [CrossReference] = []
        var conditionals: [Conditional] = []

        mutating func visitPlaceholder(_ placeholder: Placeholder) { placeholders.append(placeholder) }
        mutating func visitReference(_ reference: CrossReference) { references.append(reference) }
        mutating func visitConditional(_ conditional: Conditional) {
            conditionals.append(conditional)
            paths.append(contentsOf: conditional.condition.paths)
            walk(conditional.then)
            walk(conditional.otherwise)
        }
    }
}

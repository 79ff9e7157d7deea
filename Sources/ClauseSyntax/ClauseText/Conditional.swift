import PrivdocDiagnostics

/// `{{#if cond}} then {{else}} otherwise {{/if}}` (templates.md §1.3).
public struct Conditional: Hashable, Sendable {
    /// The parsed condition.
    public var condition: Condition
    /// The condition as written (for `explain` and translators).
    public var source: String
    /// Kept when the condition holds.
    public var then: [TextNode]
    /// Kept when it does not.
    public var otherwise: [TextNode]
    /// Where the `{{#if` is written.
    public var location: SourceLocation

    /// Creates a conditional fragment.
    public init(condition: Condition, source: String, then: [TextNode], otherwise: [TextNode], location: SourceLocation) {
        self.condition = condition
        self.source = source
        self.then = then
        self.otherwise = otherwise
        self.location = location
    }
}

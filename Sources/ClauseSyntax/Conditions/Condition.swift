import LegalCalendar

/// A parsed condition of a `when:`, a `{{#if}}` or a template rule (templates.md §2.3). Parsed once when the
/// library loads; evaluated per document (by the engine, against its values).
///
/// A tree made by `ConditionParser` holds at most `SyntaxLimits.maxConditionLength` characters' worth of
/// terms and nests parentheses and `not` at most `SyntaxLimits.maxConditionNesting` levels, so recursion
/// over it is bounded.
public indirect enum Condition: Hashable, Sendable {
    /// A literal truth value (used after a parse error so the tree stays whole).
    case constant(Bool)
    /// The field has a value (non-blank text, true, a non-empty list, any date or number).
    case truthy(String)
    /// Negation.
    case not(Condition)
    /// Both hold.
    case and(Condition, Condition)
    /// Either holds.
    case or(Condition, Condition)
    /// `path == value` (negated: `!=`).
    case equals(String, String, negated: Bool)
    /// `path in [a, b]`.
    case oneOf(String, [String])
    /// `a < b` and friends, for dates and whole numbers.
    case compare(Operand, Comparison, Operand)

    /// One side of an ordering comparison.
    public enum Operand: Hashable, Sendable {
        /// A field's value.
        case path(String)
        /// A date written out (`2026-01-01`).
        case date(CivilDate)
        /// A whole number written out (`72`).
        case integer(Int)
    }

    /// An ordering operator.
    public enum Comparison: String, Hashable, Sendable {
        /// `<`.
        case less = "<"
        /// `<=`.
        case lessOrEqual = "<="
        /// `>`.
        case greater = ">"
        /// `>=`.
        case greaterOrEqual = ">="
    }

    /// Every field path the condition reads, left to right.
    public var paths: [String] {
        switch self {
        case .constant: return []
        case .truthy(let p), .equals(let p, _, _), .oneOf(let p, _): return [p]
        case .not(let c): return c.paths
        case .and(let a, let b), .or(let a, let b): return a.paths + b.paths
        case .compare(let a, _, let b):
            return [a, b].compactMap { if case .path(let p) = $0 { return p } else { return nil } }
        }
    }
}

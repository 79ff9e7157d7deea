import LegalCalendar

/// A parsed condition of a `when:`, a `{{#if}}` or a template rule (templates.md §2.3). Parsed once when the
/// library loads; evaluated per document.
indirect enum Condition: Hashable, Sendable {
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
    enum Operand: Hashable, Sendable {
        case path(String)
        case date(CivilDate)
        case integer(Int)
    }

    /// An ordering operator.
    enum Comparison: String, Hashable, Sendable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// Every field path the condition reads.
    var paths: [String] {
        switch self {
        case .constant: return []
        case .truthy(let p), .equals(let p, _, _), .oneOf(let p, _): return [p]
        case .not(let c): return c.paths
        case .and(let a, let b), .or(let a, let b): return a.paths + b.paths
        case .compare(let a, _, let b):
            return [a, b].compactMap { if case .path(let p) = $0 { return p } else { return nil } }
        }
    }

    /// Evaluates the condition. A comparison with a missing or untyped side is false, so a rule such as
    /// `date <= deadline.due` must be guarded (`not x or …`) when a side is optional.
    func evaluate(_ lookup: (String) -> Value?, truthy: (String) -> Bool) -> Bool {
        switch self {
        case .constant(let b): return b
        case .truthy(let p): return truthy(p)
        case .not(let c): return !c.evaluate(lookup, truthy: truthy)
        case .and(let a, let b): return a.evaluate(lookup, truthy: truthy) && b.evaluate(lookup, truthy: truthy)
        case .or(let a, let b): return a.evaluate(lookup, truthy: truthy) || b.evaluate(lookup, truthy: truthy)
        case .equals(let p, let literal, let negated):
            let equal = lookup(p)?.canonical == literal
            return negated ? !equal : equal
        case .oneOf(let p, let literals):
            guard let value = lookup(p)?.canonical else { return false }
            return literals.contains(value)
        case .compare(let a, let op, let b):
            func resolve(_ o: Operand) -> Value? {
                switch o {
                case .path(let p): return lookup(p)
                case .date(let d): return .date(d)
                case .integer(let i): return .integer(i)
                }
            }
            switch (resolve(a), resolve(b)) {
            case let (.date(x)?, .date(y)?): return op.holds(x, y)
            case let (.integer(x)?, .integer(y)?): return op.holds(x, y)
            default: return false
            }
        }
    }
}

extension Condition.Comparison {
    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

import ClauseSyntax

/// Evaluating a parsed condition (templates.md §2.3) against a document's values: the syntax lives in
/// ClauseSyntax, the meaning of a value here.
extension Condition {
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
            let equal: Bool
            // A multi-valued enum (`request.type: [access, erasure]`) "equals" each value it includes.
            if case .list(let codes)? = lookup(p) { equal = codes.contains(literal) } else { equal = lookup(p)?.canonical == literal }
            return negated ? !equal : equal
        case .oneOf(let p, let literals):
            guard let value = lookup(p) else { return false }
            if case .list(let codes) = value { return codes.contains(where: literals.contains) }
            return literals.contains(value.canonical)
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
    /// Whether `a op b`.
    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

import PrivdocDiagnostics
import LegalCalendar

/// Parses the condition language of templates.md §2.3:
///
/// ```
/// condition  := or
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | "(" condition ")" | comparison
/// comparison := PATH | PATH ("==" | "!=") VALUE | PATH "in" "[" VALUE ("," VALUE)* "]"
///             | OPERAND ("<" | "<=" | ">" | ">=") OPERAND       OPERAND := PATH | DATE | INTEGER
/// ```
/// The right side of `==`, `!=` and `in` is always a value (bare word or quoted), never a field.
///
/// Recursive descent, one level per `not` or parenthesis; `and`/`or` chains are loops. A condition longer
/// than `SyntaxLimits.maxConditionLength`, or nested deeper than `SyntaxLimits.maxConditionNesting`, is one
/// located `condition.limit` error (templates.md §1.6).
public struct ConditionParser {
    private let tokens: [ConditionToken]
    private var index = 0
    private let origin: TextOrigin
    private var problem: Diagnostic?
    /// Open `not`s and parentheses around the current token.
    private var nesting = 0

    private init(tokens: [ConditionToken], origin: TextOrigin) {
        self.tokens = tokens
        self.origin = origin
    }

    /// Parses `text`; on error returns nil and one located diagnostic.
    public static func parse(_ text: String, origin: TextOrigin) -> (Condition?, [Diagnostic]) {
        let length = text.unicodeScalars.count
        guard length <= SyntaxLimits.maxConditionLength else {
            return (nil, [.error(.conditionLimit, at: origin.location(of: .start),
                                 "the condition is \(length) characters long; a condition may be at most \(SyntaxLimits.maxConditionLength) (templates.md §1.6)")])
        }
        let (tokens, errorColumn) = ConditionToken.tokenize(text)
        if let errorColumn {
            let location = origin.location(of: TextPosition(line: 0, column: errorColumn))
            return (nil, [.error(.conditionSyntax, at: location, "unexpected character in condition")])
        }
        var parser = ConditionParser(tokens: tokens, origin: origin)
        if tokens.count == 1 {
            parser.fail("the condition is empty")
            return (nil, [parser.problem!])
        }
        let condition = parser.parseOr()
        if parser.problem == nil, parser.current.kind != .end { parser.fail("expected `and`, `or` or the end of the condition") }
        if let problem = parser.problem { return (nil, [problem]) }
        return (condition, [])
    }

    private var current: ConditionToken { tokens[index] }

    private mutating func fail(_ message: String, code: DiagnosticCode = .conditionSyntax) {
        guard problem == nil else { return }
        let location = origin.location(of: TextPosition(line: 0, column: current.column))
        problem = .error(code, at: location, message)
    }

    private mutating func keyword(_ word: String) -> Bool {
        guard current.kind == .word(word) else { return false }
        index += 1
        return true
    }

    private mutating func symbol(_ s: String) -> Bool {
        guard current.kind == .symbol(s) else { return false }
        index += 1
        return true
    }

    private mutating func parseOr() -> Condition {
        var left = parseAnd()
        while problem == nil, keyword("or") { left = .or(left, parseAnd()) }
        return left
    }

    private mutating func parseAnd() -> Condition {
        var left = parseUnary()
        while problem == nil, keyword("and") { left = .and(left, parseUnary()) }
        return left
    }

    private mutating func parseUnary() -> Condition {
        guard current.kind == .word("not") || current.kind == .symbol("(") else { return parseComparison() }
        guard problem == nil else { return .constant(false) }
        guard nesting < SyntaxLimits.maxConditionNesting else {
            fail("`not` and parentheses are nested more than \(SyntaxLimits.maxConditionNesting) levels deep here; a condition may nest at most \(SyntaxLimits.maxConditionNesting) (templates.md §1.6)",
                 code: .conditionLimit)
            return .constant(false)
        }
        nesting += 1
        defer { nesting -= 1 }
        if keyword("not") { return .not(parseUnary()) }
        _ = symbol("(")
        let inner = parseOr()
        if !symbol(")") { fail("expected `)`") }
        return inner
    }

    private static let keywords: Set<String> = ["and", "or", "not", "in"]

    private mutating func parseComparison() -> Condition {
        guard case .word(let word) = current.kind, !Self.keywords.contains(word) else {
            fail("expected a field name"); return .constant(false)
        }
        index += 1
        if symbol("==") { return .equals(word, parseValue(), negated: false) }
        if symbol("!=") { return .equals(word, parseValue(), negated: true) }
        if keyword("in") {
            guard symbol("[") else { fail("expected `[` after `in`"); return .constant(false) }
            var values = [parseValue()]
            while symbol(",") { values.append(parseValue()) }
            if !symbol("]") { fail("expected `,` or `]`") }
            return .oneOf(word, values)
        }
        if case .symbol(let s) = current.kind, let op = Condition.Comparison(rawValue: s) {
            index += 1
            let left = operand(word)
            guard case .word(let right) = current.kind, !Self.keywords.contains(right) else {
                fail("expected a field, a date or a whole number"); return .constant(false)
            }
            index += 1
            return .compare(left, op, operand(right))
        }
        if CivilDate(iso: word) != nil || Int(word) != nil { fail("expected a field name"); return .constant(false) }
        return .truthy(word)
    }

    private func operand(_ word: String) -> Condition.Operand {
        if let i = Int(word) { return .integer(i) }
        if let d = CivilDate(iso: word) { return .date(d) }
        return .path(word)
    }

    private mutating func parseValue() -> String {
        switch current.kind {
        case .word(let w) where !Self.keywords.contains(w), .quoted(let w):
            index += 1
            return w
        default:
            fail("expected a value")
            return ""
        }
    }
}

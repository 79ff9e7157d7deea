/// A token of the condition language.
struct ConditionToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A field path, a bare value, a number or a date; also the keywords `and`, `or`, `not`, `in`.
        case word(String)
        /// A quoted value.
        case quoted(String)
        /// `==`, `!=`, `<`, `<=`, `>`, `>=`, `(`, `)`, `[`, `]`, `,`.
        case symbol(String)
        /// The end of the condition.
        case end
    }
    var kind: Kind
    /// Column (0-based, in Unicode scalars) where the token starts.
    var column: Int

    /// Splits a condition into tokens; an unexpected character is reported with its column.
    static func tokenize(_ text: String) -> (tokens: [ConditionToken], errorColumn: Int?) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [ConditionToken] = []
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_"
        }
        while i < scalars.count {
            let s = scalars[i]
            if s == " " || s == "\t" || s == "\n" { i += 1; continue }
            let start = i
            if isWordScalar(s) {
                while i < scalars.count, isWordScalar(scalars[i]) { i += 1 }
                tokens.append(ConditionToken(kind: .word(String(String.UnicodeScalarView(scalars[start..<i]))), column: start))
            } else if s == "\"" || s == "'" {
                i += 1
                while i < scalars.count, scalars[i] != s { i += 1 }
                guard i < scalars.count else { return (tokens, start) }
                tokens.append(ConditionToken(kind: .quoted(String(String.UnicodeScalarView(scalars[(start + 1)..<i]))), column: start))
                i += 1
            } else if "=!<>".unicodeScalars.contains(s) {
                let two = i + 1 < scalars.count && scalars[i + 1] == "="
                let symbol = String(s) + (two ? "=" : "")
                guard symbol != "=", symbol != "!" else { return (tokens, start) }
                tokens.append(ConditionToken(kind: .symbol(symbol), column: start))
                i += two ? 2 : 1
            } else if "()[],".unicodeScalars.contains(s) {
                tokens.append(ConditionToken(kind: .symbol(String(s)), column: start))
                i += 1
            } else {
                return (tokens, start)
            }
        }
        tokens.append(ConditionToken(kind: .end, column: scalars.count))
        return (tokens, nil)
    }
}

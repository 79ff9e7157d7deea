/// The number put into a `plural:` form (decision 171).
enum PluralForm {
    /// U+00A0 NO-BREAK SPACE: number and noun stay on one line ("21 днів", "5 أيام"), as typesetting
    /// asks of a number and what it counts (Unicode UAX #14: NBSP is class GL, no break on either side).
    static let noBreakSpace = "\u{00A0}"

    /// `#` becomes the number; a space right after `#` becomes a no-break space. One rule for every
    /// language, in the engine, so no translator has to type an invisible character. Only the space after
    /// the number: a word before it ("within # days") may break as any word does.
    static func fill(_ form: String, number: String) -> String {
        var out = ""
        var rest = Substring(form)
        while let hash = rest.firstIndex(of: "#") {
            out += rest[..<hash]
            out += number
            rest = rest[rest.index(after: hash)...]
            if rest.first == " " {
                out += noBreakSpace
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }
}

import ClauseSyntax
import PrivdocDiagnostics

/// A `plural:` placeholder must give every category its language's CLDR rules use — Polish needs one, few,
/// many and other; Arabic zero, one, two, few, many and other — or some number would print the wrong
/// noun form (decision 110). One rule, for lint and for rendering.
enum PluralCheck {
    /// Why `p` does not fit `rules`, or nil.
    static func missing(_ p: Placeholder, _ rules: PluralRules) -> String? {
        let given = Set(p.choices.map(\.key))
        let needed = rules.categories.filter { !given.contains($0.rawValue) }
        let extra = p.choices.map(\.key).filter { key in !rules.categories.contains { $0.rawValue == key } }
        if !needed.isEmpty {
            return "plural: this language needs \(rules.categories.map(\.rawValue).joined(separator: ", ")); missing \(needed.map(\.rawValue).joined(separator: ", "))"
        }
        if !extra.isEmpty {
            return "plural: \(extra.joined(separator: ", ")) is not a category of this language (it uses \(rules.categories.map(\.rawValue).joined(separator: ", ")))"
        }
        return nil
    }
}

extension Linter {
    /// Every `plural:` placeholder of every language against that language's rules.
    mutating func lintPlurals() {
        for code in library.languages {
            guard let locale = library.locales[code] else { continue }
            for id in locale.clauses.keys.sorted() {
                let clause = locale.clauses[id]!
                for p in clause.text.placeholders where p.formatter == .plural {
                    guard let rules = locale.formatting.plurals else {
                        bag.error(.clausePlural, at: p.location, field: p.name, "the library has no plural rules for \(code) (\(PluralData.file))")
                        continue
                    }
                    if let why = PluralCheck.missing(p, rules) { bag.error(.clausePlural, at: p.location, field: p.name, "clause \(id) in \(code): \(why)") }
                }
            }
        }
    }
}

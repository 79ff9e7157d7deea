/// The placeholders of a clause text (templates.md §1.2–1.4): fields, conditional fragments and
/// cross-references. A translation must keep exactly those of the Dutch text.
struct Placeholders: Equatable, Sendable {
    /// Distinct placeholders in order of first appearance, normalised: `{{request.received | date}}`.
    private(set) var tokens: [String] = []
    /// How often each placeholder occurs.
    private(set) var counts: [String: Int] = [:]
    /// A `{{` without its `}}`.
    private(set) var unterminated = false

    /// Scans a text; `\{` and the other escapes of §1.1 are not placeholders.
    init(_ text: String) {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "{", i + 1 < s.count, s[i + 1] == "{" {
                var j = i + 2
                while j + 1 < s.count, !(s[j] == "}" && s[j + 1] == "}") { j += 1 }
                guard j + 1 < s.count else { unterminated = true; return }
                var inner = String.UnicodeScalarView()
                inner.append(contentsOf: s[(i + 2)..<j])
                add(Self.normalise(String(inner)))
                i = j + 2
                continue
            }
            i += 1
        }
    }

    private mutating func add(_ token: String) {
        if counts[token] == nil { tokens.append(token) }
        counts[token, default: 0] += 1
    }

    /// `{{ a.b|date }}` → `{{a.b | date}}`: spacing is not meaning.
    static func normalise(_ inner: String) -> String {
        let parts = inner.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        }
        return "{{" + parts.joined(separator: " | ") + "}}"
    }

    /// Whether a placeholder is part of a conditional fragment (its count matters, not only its presence).
    private static func isStructural(_ token: String) -> Bool {
        token.hasPrefix("{{#") || token.hasPrefix("{{/") || token == "{{else}}"
    }

    /// What a translation (`self`) lacks or adds compared with its Dutch source; empty when they match.
    /// Fields and references must appear (at least once) in both; conditional fragments the same number
    /// of times, since they shape the sentence.
    func mismatches(against source: Placeholders) -> [String] {
        var out: [String] = []
        if unterminated { out.append("a {{ is not closed with }}") }
        for t in source.tokens where counts[t] == nil { out.append("\(t) is missing") }
        for t in tokens where source.counts[t] == nil { out.append("\(t) is not in the Dutch text") }
        for t in source.tokens where Self.isStructural(t) {
            if let n = counts[t], let m = source.counts[t], n != m { out.append("\(t) appears \(n) times, in the Dutch text \(m)") }
        }
        return out
    }
}

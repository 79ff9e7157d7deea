/// A small, fast, seeded random number generator (SplitMix64), so property and fuzz tests draw the same
/// cases on every run and a failure can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random clause texts built from the pieces of the clause grammar (templates.md §1) — words in several
/// scripts, markup, placeholders, conditionals, references, escapes, list and paragraph structure — and
/// from the characters that are special to YAML and XML. Many are valid clause texts, many are not.
public enum ClauseTextSamples {
    /// Words and the characters that trouble YAML (`: `, ` #`, quotes), XML (`<`, `&`) and the bidi
    /// algorithm; no control characters (a clause file cannot hold them).
    static let words = ["Wij", "hebben", "uw", "verzoek", "ontvangen", "Państwa", "wniosek", "Ми", "отримали",
                        "تلقينا", "طلبكم", "İtiraz", "Größe", "😀", "a", "1.", "2026-11-29", "yes", "no", "null",
                        "~", ":", ": ", " #", "#", "'", "\"", "<b>", "&amp;", "&", ">", "|", "%", "@", "`", "!",
                        "?", "-", "--", "---", "...", "{", "}", "}}", "(", ")", "[", "]", "\\", "\u{200F}",
                        "\u{2028}", "\u{0085}", "\u{FEFF}", "\u{00A0}", "\t", "  "]
    static let fields = ["request.received", "recipient.name", "org.privacy-url", "reference", "item.name", "page"]
    static let formatters = ["", " | date", "|label", " | upper "]
    static let badFormatters = [" | nope", "|"]
    static let conditions = ["a", "not b", "x == y", "t in [a, 'b c']", "(a or b) and not c", "d <= 2026-01-01", "n > 72"]
    static let badConditions = ["a ==", "((a)", "a = b", ""]

    /// One random text of up to about `pieces` pieces. With `hostile`, also pieces that are errors or
    /// push the limits (unclosed markup, unknown tags, long runs of `*`, `[` and `{{#if}}`); without,
    /// most texts are valid.
    public static func text(using rng: inout SeededGenerator, pieces: Int = 24, hostile: Bool = true) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 1...pieces, using: &rng) {
            out += hostile && Int.random(in: 0..<4, using: &rng) == 0 ? hostilePiece(using: &rng) : piece(using: &rng)
        }
        return out
    }

    private static func piece(using rng: inout SeededGenerator) -> String {
        func pick(_ options: [String]) -> String { options.randomElement(using: &rng)! }
        switch Int.random(in: 0..<16, using: &rng) {
        case 0...5: return pick(words) + (Bool.random(using: &rng) ? " " : "")
        case 6: return "{{" + pick(fields) + pick(formatters) + "}}"
        case 7: return "{{ref " + pick(["art.one", "annex.two"]) + "}}"
        case 8: return "{{#if " + pick(conditions) + "}}" + pick(words) + (Bool.random(using: &rng) ? "{{else}}" + pick(words) : "") + "{{/if}}"
        case 9: return pick(["\n{{#if x == y}}\n", "\n{{#if a}}\n"]) + pick(words) + pick(["\n{{/if}}\n", "\n{{else}}\nb\n{{/if}}\n"])
        case 10: return "*" + pick(words) + "*"
        case 11: return "**" + pick(words) + "**"
        case 12: return "[" + pick(words) + "](" + pick(["https://example.nl/", "{{org.privacy-url}}", "mailto:{{x}}", "a\\)b"]) + ")"
        case 13: return pick(["\\*", "\\[", "\\]", "\\{{", "\\\\", "\\-", "1\\.", "{", "}", "}}"])
        case 14: return pick(["\n", "\n\n", "\n- ", "\n1. ", "\n12. ", "\n  ", "\\\n", " \\\n", "\n\n\n"])
        default: return pick([" ", "  ", "\t", "- ", "1. "])
        }
    }

    private static func hostilePiece(using rng: inout SeededGenerator) -> String {
        func pick(_ options: [String]) -> String { options.randomElement(using: &rng)! }
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return "{{" + pick(fields) + pick(badFormatters) + "}}"
        case 1: return "{{#if " + pick(badConditions) + "}}" + pick(words) + "{{/if}}"
        case 2: return pick(["*", "**", "***", "[", "]", "](", "{{", "{{{", "{{#if a}}", "{{else}}", "{{/if}}", "{{ref }}"])
        case 3: return "{{" + pick(["#each x", "> partial", "een veld", "", " "]) + "}}"
        case 4: return String(repeating: pick(["*", "[", "{{#if a}}", "[*", "{{#if (((a)))}}*"]), count: Int.random(in: 1...60, using: &rng))
        default: return "{{#if " + String(repeating: pick(["(", "not "]), count: Int.random(in: 1...60, using: &rng)) + "a}}"
        }
    }
}

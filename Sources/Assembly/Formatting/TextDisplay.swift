/// How a case value reads inside a document: its direction in right-to-left text (UAX #9) and the
/// characters that keep it whole on a line. One place for both, used by placeholders and signatures.
enum TextDisplay {
    /// Whether a text reads left-to-right and so is isolated inside right-to-left text: its format says
    /// so (a reference, an e-mail address), or its first strong letter is not Arabic or Hebrew — the
    /// Latin name of a party, a service or a place inside an Arabic sentence (domain.md §4, issue 12).
    static func readsLeftToRight(_ text: String, format: TextFormat) -> Bool {
        format.isLeftToRight || firstLetterIsLeftToRight(text)
    }

    /// UAX #9 "first strong" rule, by script: the first letter decides; digits and punctuation are weak.
    static func firstLetterIsLeftToRight(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return false
            default: return true
            }
        }
        return false
    }

    /// The text as printed: a reference (`INK-2026-031`) gets non-breaking hyphens (U+2011), so a line
    /// never breaks inside it.
    static func printed(_ text: String, format: TextFormat) -> String {
        guard format == .reference, text.utf8.contains(UInt8(ascii: "-")) else { return text }
        return text.replacingOccurrences(of: "-", with: "\u{2011}")
    }
}

/// The characters XML 1.0 can carry (XML 1.0 §2.2 `Char`): tab, line feed, carriage return and
/// everything from U+0020 except the surrogates, U+FFFE and U+FFFF.
enum XMLCharacters {
    /// Whether every character of `text` is allowed in an XML 1.0 document.
    static func areAllowed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            switch s.value {
            case 0x9, 0xA, 0xD: return true
            case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }
    }
}

import PrivdocDiagnostics
import Yams

/// How a language letters a list (`lettered-list:` in `locale.yaml`, decision 170): its letters in order and
/// the text around each label, so Arabic writes (أ) (ب) (ج) in abjad order, Ukrainian а) б) в), Polish a).
///
/// The labels are written as text, not left to the office suite: ODF's `style:num-format` portably knows
/// only `a`/`A` (ODF 1.3 §19.500), and LibreOffice 7.4 renders neither abjad nor Ukrainian letters from it.
struct ListLetters: Hashable, Sendable {
    /// The letters in order (a letter may be more than one character: Arabic `هـ`).
    let letters: [String]
    /// Text before the letter (`(` in Arabic and English).
    let prefix: String
    /// Text after the letter (`)` or `.`).
    let suffix: String

    /// A language that declares nothing letters as the house style always did: `a.` `b.` `c.`.
    static let latin = ListLetters(letters: "abcdefghijklmnopqrstuvwxyz".map(String.init), prefix: "", suffix: ".")

    /// The label of the item at `index` (0-based). Past the last letter the labels go on as letters do
    /// in a spreadsheet's columns (z, aa, ab …; CSS Counter Styles' `alphabetic` system), so a long list
    /// never repeats a label.
    func label(_ index: Int) -> String {
        var n = index + 1, digits: [String] = []
        while n > 0 {
            n -= 1
            digits.append(letters[n % letters.count])
            n /= letters.count
        }
        return prefix + digits.reversed().joined() + suffix
    }

    /// The longest prefix or suffix: a label is a short mark, not text.
    static let maxAffix = 3

    /// Reads `lettered-list: {letters: [...], prefix: "(", suffix: ")"}`; nil with located errors when malformed.
    static func parse(_ node: Node, _ yaml: inout YAMLReader) -> ListLetters? {
        let errorsBefore = yaml.bag.items.count
        guard let map = yaml.mapping(node, "lettered-list") else { return nil }
        yaml.checkKeys(map, allowed: ["letters", "prefix", "suffix"], in: "lettered-list")
        var valid = true
        func fail(_ at: Node, _ message: String) {
            yaml.bag.error(.localeStructure, at: yaml.location(at), "lettered-list: " + message)
            valid = false
        }
        var letters: [String] = []
        if let lettersNode = map["letters"] {
            if let items = yaml.sequence(lettersNode, "lettered-list: letters") {
                if items.count < 2 { fail(lettersNode, "letters needs at least two letters") }
                for item in items {
                    guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                        fail(item, "every letter must be a non-empty text"); continue
                    }
                    let letter = scalar.string
                    // Letters only (the Arabic tatweel of `هـ` is one too, Unicode category Lm).
                    if !letter.allSatisfy(\.isLetter) {
                        fail(item, "a letter may hold letters only")
                    } else if letters.contains(letter) {
                        fail(item, "a letter is given twice")
                    }
                    letters.append(letter)
                }
            } else { valid = false }
        } else {
            fail(node, "letters is required")
        }
        func affix(_ key: String) -> String {
            guard let affixNode = map[key] else { return "" }
            guard case .scalar(let scalar) = affixNode else { fail(affixNode, "\(key) must be a text"); return "" }
            let text = scalar.string
            if text.count > maxAffix || text.contains(where: { $0.isLetter || $0.isWhitespace || $0.isNewline })
                || text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                fail(affixNode, "\(key) must be at most \(maxAffix) punctuation marks, without letters or spaces")
            }
            return text
        }
        let prefix = affix("prefix"), suffix = affix("suffix")
        // Any error (an unknown key too) keeps the default letters: a half-read entry is never used.
        valid = valid && yaml.bag.items.count == errorsBefore
        return valid ? ListLetters(letters: letters, prefix: prefix, suffix: suffix) : nil
    }
}

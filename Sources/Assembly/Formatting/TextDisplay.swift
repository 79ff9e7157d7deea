import ODF

/// How an inserted text reads inside a document: whether it is isolated from the document's direction
/// (UAX #9 §2.4 isolates), and the characters that keep it whole on a line. The one rule for every value
/// a document shows — placeholders, list lines, table cells, the address block, the reference line,
/// signatures, the letterhead and the page header and footer (decision 165).
enum TextDisplay {
    /// A text as inlines, isolated where its direction differs from the document's; empty for an empty text.
    ///
    /// In a right-to-left document every text whose first strong letter is not right-to-left is wrapped in
    /// LRI … PDI: a Latin name, street or reference, and also a text with no letter at all (a phone number,
    /// a house number in brackets), whose digits and brackets the bidi algorithm would otherwise order by
    /// the Arabic around them. In a left-to-right document an Arabic or Hebrew value is wrapped in RLI … PDI.
    /// A value in the document's own script keeps its words of the other script apart the same way
    /// (`المجلس التنفيذي لـ Sociale Dienst B.V.`): each such run is isolated, up to the end of its last word.
    /// The isolate holds the value only: brackets and punctuation of the clause stay outside it, in the
    /// sentence's direction, so "(INK-2026-031)" mirrors as a whole; a value's own brackets stay inside.
    static func inlines(_ text: String, format: TextFormat = .plain, in direction: TextDirection) -> [Inline] {
        guard !text.isEmpty else { return [] }
        let shown = printed(text, format: format)
        if let isolate = isolation(of: text, format: format, in: direction) { return [.isolate(isolate, [.text(shown)])] }
        return runs(shown, in: direction)
    }

    /// A text in the document's direction with its runs of the other direction isolated.
    private static func runs(_ text: String, in direction: TextDirection) -> [Inline] {
        let other: TextDirection = direction == .rightToLeft ? .leftToRight : .rightToLeft
        // The fast path: most values hold no letter of the other direction at all.
        guard text.unicodeScalars.contains(where: { strongDirection($0) == other }) else { return [.text(text)] }
        var out: [Inline] = []
        var plain = String.UnicodeScalarView(), run = String.UnicodeScalarView()
        var runEnd = 0       // scalars of `run` up to the end of its last word holding a letter of `other`
        var inWord = false   // the run's current word holds such a letter, or a number after one
        var open = 0         // brackets opened inside the run and not yet closed
        func closeRun() {
            guard !run.isEmpty else { return }
            if !plain.isEmpty { out.append(.text(String(plain))); plain = String.UnicodeScalarView() }
            let kept = String.UnicodeScalarView(run.prefix(runEnd))
            out.append(.isolate(other, [.text(String(kept))]))
            plain.append(contentsOf: run.dropFirst(runEnd))
            run = String.UnicodeScalarView(); runEnd = 0; inWord = false; open = 0
        }
        for scalar in text.unicodeScalars {
            let strong = strongDirection(scalar)
            if strong == direction || (!run.isEmpty && isOwnScript(scalar, direction)) { closeRun(); plain.append(scalar); continue }
            if strong == other {
                run.append(scalar); inWord = true; runEnd = run.count
            } else if run.isEmpty {
                plain.append(scalar)
            } else {
                run.append(scalar)
                if scalar.properties.isWhitespace {
                    inWord = false
                } else if Self.isDecimal(scalar) {
                    // A number belongs to the words before it: "Bbz 2004", "TLS 1.2", "ISO 27001" — left
                    // outside, the bidi algorithm would show it before them ("2004 Bbz").
                    inWord = true; runEnd = run.count
                } else if Self.opening.contains(scalar) {
                    open += 1
                    if inWord { runEnd = run.count }
                } else if Self.closing.contains(scalar) {
                    // A bracket the run did not open is the sentence's: "(Participatiewet)" keeps ")" outside,
                    // with its partner, so the pair mirrors together.
                    if open > 0 { open -= 1; if inWord { runEnd = run.count } } else { inWord = false }
                } else if inWord, !Self.isDecimal(run.dropLast().last) {
                    // A word's own punctuation stays with it ("B.V."), but a full stop or comma after a
                    // number ends the phrase ("ISO 27001.") unless a digit follows ("1.2", "1.245,00").
                    runEnd = run.count
                }
            }
        }
        closeRun()
        if !plain.isEmpty { out.append(.text(String(plain))) }
        return out
    }

    private static func isDecimal(_ scalar: Unicode.Scalar?) -> Bool { scalar?.properties.numericType == .decimal }

    /// Brackets (UAX #9 BD16 pairs, the ASCII ones values and clauses use).
    private static let opening: Set<Unicode.Scalar> = ["(", "[", "{"]
    private static let closing: Set<Unicode.Scalar> = [")", "]", "}"]

    /// Whether a scalar belongs to the script of `direction` (an Arabic comma ends a Latin run).
    private static func isOwnScript(_ scalar: Unicode.Scalar, _ direction: TextDirection) -> Bool {
        direction == .rightToLeft && isRightToLeftScript(scalar)
    }

    /// The direction `text` is isolated in inside a document of `direction`, or nil when it reads in the
    /// document's own direction.
    static func isolation(of text: String, format: TextFormat, in direction: TextDirection) -> TextDirection? {
        let own: TextDirection? = format.isLeftToRight ? .leftToRight : firstStrong(text)
        switch direction {
        case .rightToLeft: return own == .rightToLeft ? nil : .leftToRight
        case .leftToRight: return own == .rightToLeft ? .rightToLeft : nil
        }
    }

    /// UAX #9 "first strong" rule (P2), by script: the first letter decides; digits and punctuation are
    /// weak or neutral. Nil when the text has no letter.
    static func firstStrong(_ text: String) -> TextDirection? {
        for scalar in text.unicodeScalars { if let d = strongDirection(scalar) { return d } }
        return nil
    }

    /// A letter's direction, by script; nil for digits, punctuation, spaces and marks.
    static func strongDirection(_ scalar: Unicode.Scalar) -> TextDirection? {
        // ASCII first: its only Alphabetic scalars are A–Z and a–z, and most values are Latin, while the
        // property look-up is a table search per scalar (a fifth of a batch letter's rendering).
        if scalar.isASCII {
            let v = scalar.value | 0x20   // folds A–Z onto a–z
            return v >= 0x61 && v <= 0x7A ? .leftToRight : nil
        }
        guard scalar.properties.isAlphabetic else { return nil }
        return isRightToLeftScript(scalar) ? .rightToLeft : .leftToRight
    }

    /// Hebrew, Arabic, Syriac, Thaana, NKo and the other right-to-left blocks (UAX #9 table 4, class R/AL).
    private static func isRightToLeftScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }

    /// The text as printed: a reference (`INK-2026-031`) gets non-breaking hyphens (U+2011, line-break
    /// class GL in UAX #14), so a line never breaks inside it — LibreOffice honours them (decision 165).
    static func printed(_ text: String, format: TextFormat) -> String {
        guard format == .reference else { return text }
        return UTF8Bytes.replacing(UInt8(ascii: "-"), with: "\u{2011}", in: text)
    }

    /// A date or other short phrase kept on one line: its spaces become no-break spaces (U+00A0), so
    /// `4 december 2026` never breaks after the day in a narrow header.
    static func unbroken(_ text: String) -> String {
        UTF8Bytes.replacing(UInt8(ascii: " "), with: "\u{00A0}", in: text)
    }
}

/// Unicode bidirectional formatting characters that open a directional run (UAX #9 §2.1–2.2): the
/// embeddings and overrides U+202A LRE, U+202B RLE, U+202D LRO, U+202E RLO (closed by U+202C PDF) and
/// the isolates U+2066 LRI, U+2067 RLI, U+2068 FSI (closed by U+2069 PDI).
///
/// An opener that a value does not close reaches past the value into the text that follows it on the
/// same line: an unclosed U+202E in a name prints the phone number and the reference after it backwards
/// (issue 15). Decision 023: such a value is refused with the field's name and the character's code —
/// closed runs, which Arabic and Hebrew names may rightly use, pass.
enum BidiControls {
    /// The first opener in `text` that is not closed before the end of the value, or nil.
    static func firstUnclosed(in text: String) -> Unicode.Scalar? {
        // Every case value passes here: every bidi control is encoded with the lead byte 0xE2.
        guard UTF8Bytes.anyByte(of: text, satisfies: { $0 == 0xE2 }) else { return nil }
        var open: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068:
                open.append(scalar)
            case 0x202C:
                // PDF closes the innermost embedding or override; inside an isolate it cannot reach
                // outside it, and a stray PDF does nothing (UAX #9 X7).
                if let last = open.last, !isIsolate(last) { open.removeLast() }
            case 0x2069:
                // PDI closes the innermost isolate and every embedding opened inside it (X6a).
                if let index = open.lastIndex(where: isIsolate) { open.removeSubrange(index...) }
            default:
                continue
            }
        }
        return open.first
    }

    private static func isIsolate(_ scalar: Unicode.Scalar) -> Bool { (0x2066...0x2068).contains(scalar.value) }
}

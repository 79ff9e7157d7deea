import XMLSupport
/// The one place that turns text into ODF character content (ODF 1.3 part 3, §6.1.2–6.1.4).
///
/// An office suite collapses white space in a paragraph: a run of spaces reads as one and a space at
/// the start of a paragraph vanishes, while tab and newline characters read as spaces. So:
/// * a space at the start of a paragraph, or after another space, a tab or a line break, becomes
///   `<text:s/>` (a run of n such spaces one `<text:s text:c="n"/>`); any other space stays a space;
/// * a tab becomes `<text:tab/>`;
/// * `\n`, `\r\n` and `\r` become `<text:line-break/>`.
///
/// The state lives per paragraph, not per string, so the rule holds across span, link and isolate
/// boundaries. Characters XML cannot carry are rejected here (decision 002) — the writer never strips.
struct WhitespaceEncoder {
    /// At the start of the paragraph, or just after a space, tab or line break.
    private var afterWhitespace = true
    /// Just after a CR, so that a following LF (even in the next text run) belongs to the same break.
    private var afterCR = false
    /// Where the paragraph is, for errors.
    let location: TextLocation

    /// A fresh encoder for one paragraph.
    init(location: TextLocation) {
        self.location = location
    }

    /// Writes `string` as character content of the current paragraph.
    mutating func write(_ string: String, to xml: XMLWriter) throws(ODFError) {
        var string = string
        let failure: UInt32? = string.withUTF8 { write(utf8: $0, to: xml) }
        if let scalar = failure {
            throw .illegalCharacter(scalar: scalar, context: location.description)
        }
    }

    /// Writes an explicit tab.
    mutating func tab(to xml: XMLWriter) {
        xml.empty("text:tab")
        afterWhitespace = true
        afterCR = false
    }

    /// Writes an explicit line break.
    mutating func lineBreak(to xml: XMLWriter) {
        xml.empty("text:line-break")
        afterWhitespace = true
        afterCR = false
    }

    /// Notes that something visible (a field) was written by someone else.
    mutating func visibleContent() {
        afterWhitespace = false
        afterCR = false
    }

    /// The byte loop; returns the first illegal scalar instead of throwing (it runs inside `withUTF8`).
    private mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>, to xml: XMLWriter) -> UInt32? {
        let n = bytes.count
        var runStart = 0
        var i = 0
        @inline(__always) func flush(_ end: Int) {
            if end > runStart { xml.text(UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x20:
                afterCR = false
                if !afterWhitespace {
                    afterWhitespace = true
                    i += 1
                    continue
                }
                flush(i)
                var count = 0
                while i < n && bytes[i] == 0x20 {
                    count += 1
                    i += 1
                }
                xml.start("text:s")
                if count > 1 { xml.attribute("text:c", count) }
                xml.end()
                runStart = i
            case 0x09:
                flush(i)
                tab(to: xml)
                i += 1
                runStart = i
            case 0x0A:
                flush(i)
                if afterCR {
                    afterCR = false
                } else {
                    lineBreak(to: xml)
                }
                i += 1
                runStart = i
            case 0x0D:
                flush(i)
                lineBreak(to: xml)
                afterCR = true
                i += 1
                runStart = i
            case 0x00..<0x20, 0xEF where XMLCharacters.illegalScalar(at: i, in: bytes) != nil:
                // XML 1.0 §2.2, the one rule (XMLCharacters); tab, LF and CR are handled above.
                return XMLCharacters.illegalScalar(at: i, in: bytes)
            default:
                afterWhitespace = false
                afterCR = false
                i += 1
            }
        }
        flush(n)
        return nil
    }
}

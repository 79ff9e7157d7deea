import ODF

/// Builds the inline content of one paragraph (or one nested `*…*`), merging adjacent text and keeping
/// the whitespace rule of templates.md §1.3: a fragment that a condition drops leaves no double space,
/// and a paragraph never starts or ends with the clause's own spaces.
///
/// Only the clause's own words are touched by that rule; a value is appended exactly as given.
struct InlineRun {
    /// Everything before the text still being merged.
    private var closed: [Inline] = []
    /// The trailing text, kept apart so adjacent fragments are appended in place rather than
    /// concatenated into a fresh string for every fragment. Empty when the content ends in non-text.
    private var pending = ""
    /// Whether the output so far ends in a space or a line break (or is empty).
    private var atBoundary = true
    /// Spaces at the very end that came from the clause text (trimmed at the end of the paragraph).
    private var trailingTemplateSpaces = 0

    /// The content so far, untrimmed (adjacent text merged into one `.text`).
    var inlines: [Inline] {
        pending.isEmpty ? closed : closed + [.text(pending)]
    }

    /// Whether anything at all (even a blank) has been added.
    var hasContent: Bool { !closed.isEmpty || !pending.isEmpty }

    /// Appends the clause's own words.
    mutating func template(_ text: String) {
        // UTF-8 bytes, not Characters: only ASCII spaces are looked at, and grapheme breaking is slow.
        let bytes = text.utf8
        var start = bytes.startIndex
        if atBoundary { while start != bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) } }
        guard start != bytes.endIndex else { return }
        var trailing = 0
        var index = bytes.endIndex
        while index > start {
            index = bytes.index(before: index)
            guard bytes[index] == 0x20 else { break }
            trailing += 1
        }
        let all = trailing == bytes.distance(from: start, to: bytes.endIndex)
        if start == bytes.startIndex { pending.append(text) } else { pending.append(contentsOf: text[start...]) }
        trailingTemplateSpaces = all ? trailingTemplateSpaces + trailing : trailing
        atBoundary = trailing > 0
    }

    /// Appends a value, literally.
    mutating func value(_ text: String) {
        guard !text.isEmpty else { return }
        pending.append(text)
        trailingTemplateSpaces = 0
        atBoundary = text.utf8.last == 0x20
    }

    /// A wrapped source line: one space, unless there is one already.
    mutating func space() { template(" ") }

    /// Appends markup, a field, an isolate or a line break.
    mutating func append(_ inline: Inline) {
        if case .text(let s) = inline { return value(s) }
        if case .isolate(let direction, let inner) = inline, joinIsolate(direction, inner) { return }
        closePending()
        closed.append(inline)
        trailingTemplateSpaces = 0
        if case .lineBreak = inline { atBoundary = true } else { atBoundary = false }
    }

    /// Two values of the same direction with only spaces between them ("{{postcode}} {{city}}",
    /// "{{given}} {{surname}}") read as one phrase: in an Arabic sentence two Latin isolates side by side
    /// would be ordered right to left ("Voorbeeldstad 1230 CA"), so they become one isolate holding the
    /// spaces (decision 165). Returns false when `inline` does not join the one before it.
    private mutating func joinIsolate(_ direction: TextDirection, _ inner: [Inline]) -> Bool {
        guard case .isolate(let before, let previous)? = closed.last, before == direction,
              UTF8Bytes.allBytes(of: pending, satisfy: { $0 == 0x20 }) else { return false }
        let spaces: [Inline] = pending.isEmpty ? [] : [.text(pending)]
        closed[closed.count - 1] = .isolate(direction, previous + spaces + inner)
        pending = ""
        trailingTemplateSpaces = 0
        atBoundary = false
        return true
    }

    /// Appends several inlines.
    mutating func append(contentsOf more: [Inline]) {
        for inline in more { append(inline) }
    }

    /// Whether nothing visible has been added.
    var isEmpty: Bool { UTF8Bytes.allBytes(of: pending) { $0 == 0x20 } && closed.allSatisfy(Self.isBlank) }

    /// The content without the clause's trailing spaces.
    mutating func finish() -> [Inline] {
        if trailingTemplateSpaces > 0, !pending.isEmpty {
            // The trimmed spaces are ASCII, one byte each, and all lie in the pending text: any
            // non-text inline would have reset the count.
            pending = String(Substring(pending.utf8.dropLast(trailingTemplateSpaces)))
            trailingTemplateSpaces = 0
        }
        closePending()
        return closed
    }

    private mutating func closePending() {
        guard !pending.isEmpty else { return }
        closed.append(.text(pending))
        pending = ""
    }

    /// Whether an inline shows nothing: blank text, or markup holding only blank text.
    static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let s): return UTF8Bytes.allBytes(of: s) { $0 == 0x20 }
        case .emphasis(let inner), .strong(let inner), .underline(let inner), .isolate(_, let inner):
            return inner.allSatisfy(isBlank)
        case .link(_, let inner): return inner.allSatisfy(isBlank)
        case .lineBreak, .tab: return true
        case .field, .frame: return false
        }
    }
}

import ODF

/// Builds the inline content of one paragraph (or one nested `*…*`), merging adjacent text and keeping
/// the whitespace rule of templates.md §1.3: a fragment that a condition drops leaves no double space,
/// and a paragraph never starts or ends with the clause's own spaces.
///
/// Only the clause's own words are touched by that rule; a value is appended exactly as given.
struct InlineRun {
    private(set) var inlines: [Inline] = []
    /// Whether the output so far ends in a space or a line break (or is empty).
    private var atBoundary = true
    /// Spaces at the very end that came from the clause text (trimmed at the end of the paragraph).
    private var trailingTemplateSpaces = 0

    /// Appends the clause's own words.
    mutating func template(_ text: String) {
        // Unicode scalars, not Characters: only ASCII spaces are looked at, and grapheme breaking is slow.
        var scalars = Substring(text).unicodeScalars
        if atBoundary { while scalars.first == " " { scalars.removeFirst() } }
        guard !scalars.isEmpty else { return }
        var trailing = 0
        var index = scalars.endIndex
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            guard scalars[index] == " " else { break }
            trailing += 1
        }
        let all = trailing > 0 && scalars.first == " " && scalars.allSatisfy { $0 == " " }
        appendText(String(scalars))
        trailingTemplateSpaces = all ? trailingTemplateSpaces + trailing : trailing
        atBoundary = trailing > 0
    }

    /// Appends a value, literally.
    mutating func value(_ text: String) {
        guard !text.isEmpty else { return }
        appendText(text)
        trailingTemplateSpaces = 0
        atBoundary = text.utf8.last == 0x20
    }

    /// A wrapped source line: one space, unless there is one already.
    mutating func space() { template(" ") }

    /// Appends markup, a field, an isolate or a line break.
    mutating func append(_ inline: Inline) {
        if case .text(let s) = inline { return value(s) }
        inlines.append(inline)
        trailingTemplateSpaces = 0
        atBoundary = inline == .lineBreak
    }

    /// Appends several inlines.
    mutating func append(contentsOf more: [Inline]) {
        for inline in more { append(inline) }
    }

    /// Whether nothing visible has been added.
    var isEmpty: Bool { inlines.allSatisfy(Self.isBlank) }

    /// The content without the clause's trailing spaces.
    mutating func finish() -> [Inline] {
        if trailingTemplateSpaces > 0, case .text(let s)? = inlines.last {
            let kept = String(s.unicodeScalars.dropLast(trailingTemplateSpaces))
            if kept.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(kept) }
            trailingTemplateSpaces = 0
        }
        return inlines
    }

    private mutating func appendText(_ text: String) {
        if case .text(let previous)? = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else {
            inlines.append(.text(text))
        }
    }

    /// Whether an inline shows nothing: blank text, or markup holding only blank text.
    static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let s): return s.utf8.allSatisfy { $0 == 0x20 }
        case .emphasis(let inner), .strong(let inner), .underline(let inner), .isolate(_, let inner):
            return inner.allSatisfy(isBlank)
        case .link(_, let inner): return inner.allSatisfy(isBlank)
        case .lineBreak, .tab: return true
        case .field, .frame: return false
        }
    }
}

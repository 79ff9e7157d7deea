/// A value-type cursor over the Unicode scalars of a text, after John Sundell's Ink `Reader`: the parser
/// asks it what comes next and moves it forward; it keeps the line and column for located errors.
///
/// Scalars rather than `Character`s: libyaml counts columns in scalars, and the markup characters are
/// all ASCII, so no grapheme cluster can hide one. Every question it answers looks ahead no further
/// than it must, so parsing stays linear in the length of the text (a line of ten thousand `{{` or
/// backslashes included).
struct TextReader {
    private let scalars: [Unicode.Scalar]
    private(set) var index: Int = 0
    private(set) var position = TextPosition.start
    /// Set when `read(until:)` found no terminator between a position and the end of its line: until
    /// the cursor passes that end, the answer stays no, without looking again.
    private var unterminated: (terminator: String, lineEnd: Int)?

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Whether the whole text has been read.
    var didReachEnd: Bool { index >= scalars.count }
    /// The scalar under the cursor; only valid when not at the end.
    var current: Unicode.Scalar { scalars[index] }
    /// The scalar `offset` places ahead, or nil past the end.
    func peek(_ offset: Int = 1) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Whether the text at the cursor starts with `literal` (ASCII).
    func isAt(_ literal: String) -> Bool {
        var i = index
        for s in literal.unicodeScalars {
            guard i < scalars.count, scalars[i] == s else { return false }
            i += 1
        }
        return true
    }

    /// Moves past `literal` when the text starts with it.
    mutating func read(_ literal: String) -> Bool {
        guard isAt(literal) else { return false }
        advance(by: literal.unicodeScalars.count)
        return true
    }

    /// Moves forward, keeping line and column.
    mutating func advance(by count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                position.line += 1
                position.column = 0
            } else {
                position.column += 1
            }
            index += 1
        }
    }

    /// Reads up to (not including) the next `terminator` on the same line and moves past it; nil (cursor
    /// unmoved) when the line ends first.
    mutating func read(until terminator: String) -> String? {
        if let known = unterminated, known.terminator == terminator, index < known.lineEnd { return nil }
        var probe = self
        var text = String.UnicodeScalarView()
        while !probe.didReachEnd, probe.current != "\n" {
            if probe.isAt(terminator) {
                probe.advance(by: terminator.unicodeScalars.count)
                self = probe
                return String(text)
            }
            text.append(probe.current)
            probe.advance()
        }
        unterminated = (terminator, probe.index)
        return nil
    }

    /// The rest of the current line, without moving.
    var restOfLine: ArraySlice<Unicode.Scalar> {
        var end = index
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return scalars[index..<end]
    }

    /// How many scalars lie between `offset` places ahead and the end of the line when all of them are
    /// spaces, tabs or carriage returns; nil as soon as another one is found.
    func blankRunToEndOfLine(from offset: Int) -> Int? {
        var i = index + offset
        while i < scalars.count, scalars[i] != "\n" {
            guard scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\r" else { return nil }
            i += 1
        }
        return i - index - offset
    }

    /// Skips spaces and tabs; returns how many were skipped.
    @discardableResult
    mutating func skipSpaces() -> Int {
        var count = 0
        while !didReachEnd, current == " " || current == "\t" {
            advance()
            count += 1
        }
        return count
    }
}

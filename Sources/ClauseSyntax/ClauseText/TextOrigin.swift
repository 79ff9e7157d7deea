import PrivdocDiagnostics

/// Maps positions inside a YAML scalar back to its file, so an error in a clause text points at the
/// exact line and column an editor shows (`locales/nl/letters.yaml:12:17`).
///
/// libyaml marks a scalar at its first character; for a literal or folded block (`|`, `>`) that is the
/// indicator, and the content starts on the next line, indented by the block's indentation.
public struct TextOrigin: Hashable, Sendable {
    /// Location of the scalar's first content character (line 0, column 0 of the text).
    public var base: SourceLocation
    /// For block scalars: the indentation of the content lines (their column is `indent + column + 1`).
    public var blockIndent: Int?

    /// Creates an origin.
    public init(base: SourceLocation, blockIndent: Int? = nil) {
        self.base = base
        self.blockIndent = blockIndent
    }

    /// The file location of a position in the text.
    public func location(of position: TextPosition) -> SourceLocation {
        var location = base
        if let blockIndent {
            location.line = (base.line ?? 1) + position.line
            location.column = blockIndent + position.column + 1
        } else if position.line == 0 {
            location.column = (base.column ?? 1) + position.column
        } else {
            location.line = (base.line ?? 1) + position.line
            location.column = nil   // a folded plain scalar: the column after a fold is not recoverable
        }
        return location
    }

    /// An origin for text that is not in a file (snippets built in code, tests, an XLIFF target): line 1,
    /// column 1 is the text's first character, and every line starts at column 1.
    public static func inline(_ name: String) -> TextOrigin {
        TextOrigin(base: SourceLocation(file: name, line: 1, column: 1), blockIndent: 0)
    }
}

/// A position inside a clause text or condition: 0-based line and 0-based column in Unicode scalars.
public struct TextPosition: Hashable, Sendable {
    /// 0-based line.
    public var line: Int
    /// 0-based column, in Unicode scalars.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a text.
    public static let start = TextPosition(line: 0, column: 0)
}

/// The text encodings privdoc reads case input in (`--encoding`, decision 024).
///
/// Without `--encoding`, input must be UTF-8 — with or without the byte order mark Excel's "CSV UTF-8"
/// writes — or UTF-16 with a byte order mark (Excel's "Unicode text"); anything else is refused before the
/// first row, naming the first line that is not UTF-8.
public enum InputEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 (a leading byte order mark is skipped).
    case utf8 = "utf-8"
    /// Windows-1252, what Excel on Windows writes for "CSV (comma delimited)" in Western Europe.
    case cp1252
    /// ISO 8859-1.
    case latin1
    /// UTF-16, byte order from the byte order mark, little-endian without one (as Windows writes it).
    case utf16 = "utf-16"

    /// Reads an `--encoding` value: `utf-8`, `utf8`, `cp1252`, `windows-1252`, `latin1`, `iso-8859-1`,
    /// `utf-16`, `utf16` (any case).
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "cp1252", "windows-1252", "win1252": self = .cp1252
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "utf-16", "utf16", "utf-16le": self = .utf16
        default: return nil
        }
    }
}

/// Why input could not be decoded: the 1-based line of the first bad byte and what to do about it.
public struct DecodeProblem: Error, Sendable, Hashable {
    /// The line (counted in the decoded text) where decoding failed.
    public var line: Int
    /// What is wrong, without quoting the text.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

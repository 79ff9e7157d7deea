/// Why the ODF writer refused a document, or the reader a package.
///
/// Messages never quote document text: a context names *where* (a paragraph number, a metadata field),
/// because the text of a letter is personal data and error messages end up in logs.
public enum ODFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A character XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF).
    /// `context` says where, e.g. `paragraph 12 of the body` or `metadata title`. See decision 002.
    case illegalCharacter(scalar: UInt32, context: String)
    /// The model breaks a rule of the writer: an unknown image, a row wider than its table, a heading
    /// level outside 1…10, a document whose shared aspects differ from its template's, an unreadable
    /// package handed to `PackageReader`, …
    case invalidModel(String)
    /// libxml2 refused a call while writing a part (out of memory, or a malformed element name copied
    /// from a reference document): an internal failure, never a half-written part.
    case writerFailure(String)

    /// One line for a log or a terminal.
    public var description: String {
        switch self {
        case .illegalCharacter(let scalar, let context):
            return "\(context): character \(Self.codePoint(scalar)) is not allowed in XML 1.0 (remove it from the input)"
        case .invalidModel(let message), .writerFailure(let message):
            return message
        }
    }

    /// `U+0007`.
    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

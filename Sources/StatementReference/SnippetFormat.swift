import ODF

/// The forms `privdoc reference` writes the privacy-statement reference in.
public enum SnippetFormat: String, CaseIterable, Sendable {
    /// Plain text, the URL written out (for a case-management system's text field).
    case txt
    /// An HTML fragment for an e-mail footer: escaped, with a link, `lang` and `dir` set.
    case html
    /// Markdown, for wikis and systems that take it.
    case md
    /// A small OpenDocument text a user copies into a template (or keeps as an AutoText source).
    case odt

    /// The file extension.
    public var fileExtension: String { rawValue }
}

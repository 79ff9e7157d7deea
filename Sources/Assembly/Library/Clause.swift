import ClauseSyntax
import PrivdocDiagnostics

/// One clause in one language (templates.md §1): versioned text, parsed once.
struct Clause: Sendable {
    /// Translation status.
    enum Status: String, Hashable, Sendable { case draft, reviewed }

    var id: String
    var language: String
    /// Raised whenever the meaning changes (in `nl`) or the translation changes.
    var version: Int
    var status: Status
    /// For a translation: the version of the Dutch clause it translates.
    var sourceVersion: Int?
    /// The parsed text.
    var text: ClauseText
    /// Where the clause id is written.
    var location: SourceLocation
    /// Parse errors in the text or its keys; a clause with errors cannot be used.
    var problems: [Diagnostic]

    /// Whether the clause can be rendered.
    var isUsable: Bool { !problems.contains { $0.severity == .error } }
}

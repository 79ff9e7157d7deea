import ClauseSyntax
import PrivdocDiagnostics

/// One clause in one language (templates.md §1): versioned text, parsed once, when first read
/// (decision 133).
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
    /// The text, parsed on first use.
    var body: ClauseBody
    /// Where the clause id is written.
    var location: SourceLocation
    /// Problems in the clause's keys (version, status, omits, forms, a duplicate id), found at load.
    var keyProblems: [Diagnostic]
    /// For a translation: fields the Dutch clause prints that this one leaves out on purpose, each with the
    /// reason (`omits:`, decision 160) — "Szanowny Panie," names no one, by Polish etiquette.
    var omits: [String: String] = [:]
    /// Where `omits:` is written.
    var omitsLocation: SourceLocation? = nil
    /// A cross-reference label's forms per grammatical case (`forms:`, decision 173), by name.
    var forms: [String: ClauseText] = [:]
    /// Set when the organisation layer replaced the shipped clause (decision 091).
    var override: Override? = nil

    /// What an organisation's override replaced: the shipped version it was written against
    /// (`overrides: N`) and the shipped clause's version now.
    struct Override: Sendable, Equatable {
        var writtenAgainst: Int
        var shippedVersion: Int
        /// The override is older than the shipped clause: compare them and update `overrides:`.
        var isStale: Bool { shippedVersion > writtenAgainst }
    }

    /// Whether this translation no longer matches `source`, the Dutch clause in use: it translates an older
    /// version, or the organisation replaced the Dutch text and this translation is still the shipped one
    /// (it translates a text the organisation no longer sends). The one rule, used by lint and rendering.
    func isStale(against source: Clause) -> Bool {
        if source.override != nil && override == nil { return true }
        guard let translated = sourceVersion else { return false }
        return translated < source.version
    }

    /// The parsed text.
    var text: ClauseText { body.parsed.text }

    /// Problems in the keys and in the text (parsing it); a clause with errors cannot be used.
    var problems: [Diagnostic] { keyProblems + body.parsed.problems }

    /// Whether the clause can be rendered.
    var isUsable: Bool { !problems.contains { $0.severity == .error } }
}

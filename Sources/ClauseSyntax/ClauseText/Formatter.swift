/// The formatters a placeholder may name (templates.md §1.2). A closed set: an unknown name is a parse error.
public enum Formatter: String, Hashable, Sendable, CaseIterable {
    /// A date in the language's long form (`29 november 2026`).
    case date
    /// A date in the language's short form (`29-11-2026`).
    case shortdate
    /// A choice field's words: the clause `enum.<field>.<value>`.
    case label
    /// Upper case, by the language's rules.
    case upper
    /// Lower case, by the language's rules.
    case lower
    /// A whole number grouped by the locale (`1.000`).
    case number
    /// A date as ISO 8601 (`2026-11-29`).
    case iso
}

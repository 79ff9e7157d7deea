/// The words privdoc puts in an XLIFF file for the translator: what to keep, and each unit's versions.
enum TranslatorHints {
    /// The general instructions, written once in the file's `<header>`.
    static let general = """
    Translate the Dutch text of each unit. Keep these exactly as they are: placeholders in double braces \
    such as {{request.received | date}} or {{org.name}}; the tags of conditional parts {{#if …}} … {{else}} … \
    {{/if}} (translate the words between them); cross-references such as {{ref art.subprocessors}}; and the \
    markup: *italic*, **bold**, [link text](address) (translate the link text, keep the address), a \
    backslash \\ at the end of a line (line break), lines starting with "- " or "1. " (list items) and blank \
    lines (new paragraph). Where a reader needs the Dutch legal term to act, add it in brackets, e.g. \
    "objection (bezwaar)". Set a unit to "final" only when the translation has been reviewed; otherwise \
    "translated". Do not edit the Dutch source text: privdoc rejects units whose source no longer matches \
    the current Dutch text.
    """

    /// What a unit must keep — its tags, then the markup it uses — as the engine's parser reads the Dutch
    /// text; nil when it has neither.
    static func keep(_ outline: ClauseOutline) -> String? {
        let items = outline.tags + outline.markup.sorted().map(\.hint)
        return items.isEmpty ? nil : "Keep exactly: " + items.joined(separator: ", ")
    }

    /// The unit's versions in words.
    static func versions(source: CatalogClause, translation: CatalogClause?, language: String) -> [String] {
        var notes = ["Dutch (nl) version \(source.version)."]
        guard let t = translation else {
            notes.append("No translation (\(language)) yet.")
            return notes
        }
        let from = t.sourceVersion.map(String.init) ?? "?"
        var line = "Translation (\(language)): version \(t.version), translated from Dutch version \(from), status \(t.status.rawValue)."
        if (t.sourceVersion ?? 0) < source.version {
            line += " Stale: the Dutch text changed after version \(from); check the translation against the Dutch text."
        }
        notes.append(line)
        return notes
    }
}

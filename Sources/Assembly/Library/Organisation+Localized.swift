import ClauseSyntax
import Yams

/// Per-language profile values (issue 19: the deciding body, the signatory's function, the laws named in
/// access letters) and the languages of the privacy statement, as clauses read them.
extension Organisation {
    /// A mapping is per language when it has an `nl` key (the authoritative language, which lint requires
    /// in every per-language value) and every key is
    /// a two-letter language code: `{nl: …, en: …}`.
    static func isPerLanguage(_ m: Node.Mapping) -> Bool {
        let keys = m.map { $0.key.string ?? "" }
        return keys.contains(SourceLanguage.code) && keys.allSatisfy { $0.count == 2 && $0.allSatisfy { ("a"..."z").contains($0) } }
    }

    /// The value of `path` for language `code`: the privacy-statement URL of that language, the list of
    /// statement languages, a per-language value in that language (no fallback: lint requires every
    /// language), else the plain value.
    func value(_ path: String, language code: String) -> Value? {
        if path == "org.privacy-url" { return privacyURLs[code].map(Value.text) }
        if path == "org.statement-languages" { return statementLanguages.isEmpty ? nil : .list(statementLanguages) }
        if let texts = localized[path] { return texts[code].map(Value.text) }
        return values[path].map(Value.text)
    }

    /// Whether the profile has `path` (in any language).
    func knows(_ path: String) -> Bool {
        path == "org.privacy-url" || path == "org.statement-languages" || values[path] != nil || localized[path] != nil
    }
}

import ClauseSyntax
import PrivdocDiagnostics

/// `privdoc lint`: every problem of the library in one run, each located (templates.md, "Run privdoc lint
/// after every change").
struct Linter {
    let library: Library
    let strict: Bool
    var bag = DiagnosticBag()
    /// Keys of findings already reported (a clause shared by templates is reported once).
    var reported = Set<String>()

    init(library: Library, strict: Bool) {
        self.library = library
        self.strict = strict
    }

    mutating func run() -> [Diagnostic] {
        bag.add(contentsOf: library.loadProblems)
        lintClauses()
        lintOrganisation()
        for id in library.templateIDs { lintTemplate(library.templates[id]!) }
        return Diagnostics(bag.items).items
    }

    /// Adds a finding once per key.
    mutating func once(_ key: String, _ diagnostic: Diagnostic) {
        if reported.insert(key).inserted { bag.add(diagnostic) }
    }

    /// Parse errors, drafts, stale and orphaned translations. Draft and stale are warnings, errors with
    /// `strict` (templates.md §1).
    private mutating func lintClauses() {
        let source = library.locales[SourceLanguage.code]
        let severity: Diagnostic.Severity = strict ? .error : .warning
        for code in library.languages {
            guard let locale = library.locales[code] else { continue }
            for id in locale.clauses.keys.sorted() {
                let clause = locale.clauses[id]!
                bag.add(contentsOf: clause.problems)
                if clause.status == .draft {
                    bag.add(Diagnostic(severity, code: .clauseDraft, at: clause.location, "clause \(id) in \(code) is a draft"))
                }
                guard code != SourceLanguage.code else { continue }
                guard let original = source?.clauses[id] else {
                    bag.warning(.clauseOrphan, at: clause.location, "clause \(id) in \(code) has no Dutch source clause")
                    continue
                }
                if let translated = clause.sourceVersion, translated < original.version {
                    bag.add(Diagnostic(severity, code: .clauseStale, at: clause.location,
                                       "clause \(id) in \(code) translates nl version \(translated); nl is at version \(original.version)"))
                } else if let translated = clause.sourceVersion, translated > original.version {
                    bag.error(.clauseSourceVersion, at: clause.location,
                              "clause \(id) in \(code) claims nl version \(translated), but nl is at version \(original.version)")
                }
            }
        }
    }

    /// The privacy statement must be reachable in every language (domain.md §1: referred to in all
    /// official correspondence).
    private mutating func lintOrganisation() {
        guard let org = library.organisation else { return }
        for code in library.languages where org.privacyURLs[code] == nil {
            if let fallback = org.privacyStatement(for: code) {
                bag.warning(.orgPrivacyUrl, at: org.privacyLocation, field: "privacy-statement.\(code)",
                            "no privacy statement in \(code): letters in \(code) refer to the \(fallback.language) one")
            } else {
                bag.error(.orgPrivacyUrl, at: org.privacyLocation, field: "privacy-statement.\(code)",
                          "no privacy-statement URL for language \(code), and none in en or nl to refer to instead")
            }
        }
        // A per-language value (org.deciding-body) is printed in every letter of its language: no fallback.
        for (path, texts) in org.localized.sorted(by: { $0.key < $1.key }) {
            for code in library.languages where texts[code] == nil {
                bag.error(.orgLocalized, at: org.localizedLocations[path] ?? SourceLocation(file: org.file), field: "\(path.dropFirst(4)).\(code)",
                          "no value for language \(code)")
            }
        }
    }
}

extension Library {
    /// Checks every template and every language: unknown or missing clauses, placeholders naming
    /// undeclared fields, formatters that do not fit, unused required fields, draft and stale
    /// translations (errors with `strict`), clause syntax errors, references to unknown ids, missing
    /// enum labels and privacy-statement URLs. Sorted by location.
    public func lint(strict: Bool) -> [Diagnostic] {
        var linter = Linter(library: self, strict: strict)
        return linter.run()
    }
}

import ClauseSyntax
import PrivdocDiagnostics

/// `privdoc lint`: every problem of the library in one run, each located (templates.md, "Run privdoc lint
/// after every change").
///
/// The same checks, scoped to one template and the languages a document uses, are what rendering runs
/// before it writes anything (`Library.validation(of:language:)`, decision 013): a letter that lint would
/// call wrong is never written.
struct Linter {
    let library: Library
    let strict: Bool
    /// List every draft clause; otherwise (and without `strict`) one line per language says how many.
    var verbose = true
    /// The languages checked: all of them for `lint`, the document's for a render.
    let languages: [String]
    var bag = DiagnosticBag()
    /// Keys of findings already reported (a clause shared by templates is reported once).
    var reported = Set<String>()

    init(library: Library, strict: Bool, languages: [String]? = nil) {
        self.library = library
        self.strict = strict
        self.languages = languages ?? library.languages
    }

    mutating func run() -> [Diagnostic] {
        bag.add(contentsOf: library.loadProblems)
        lintClauses()
        lintPlurals()
        lintOrganisation()
        lintEngineClauses()
        for template in library.templates.values { lintTemplate(template) }
        return Diagnostics(bag.items).items
    }

    /// What a document of `template` in these languages depends on: the template, the clauses it uses
    /// (their parse errors included), the organisation profile, the languages' `locale.yaml` and the
    /// engine's clauses (§1.5). Problems of other templates and of unused clauses are left out.
    mutating func run(template t: Template) -> [Diagnostic] {
        let files = Set([t.file, Organisation.file] + languages.map { "locales/\($0)/locale.yaml" })
        // The logo is part of the letterhead: an agreement has none, so a broken logo does not stop it.
        bag.add(contentsOf: library.loadProblems(template: t.id, languages: languages).filter {
            ($0.location.map { files.contains($0.file) } ?? true) && !(t.layout == .agreement && $0.code == .orgLogo)
        })
        lintOrganisation()
        lintEngineClauses()
        lintTemplate(t, includeClauseProblems: true)
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
        for code in languages {
            guard let locale = library.locales[code] else { continue }
            var drafts = 0
            defer {
                // 1,420 lines of "is a draft" hide everything else: one line per language instead.
                if drafts > 0 {
                    bag.warning(.clauseDraftSummary, at: SourceLocation(file: "locales/\(code)"),
                                "\(drafts) of the \(locale.clauses.count) clauses in \(code) are drafts (translations not yet reviewed; lint --verbose lists them)")
                }
            }
            for id in locale.clauses.keys.sorted() {
                let clause = locale.clauses[id]!
                bag.add(contentsOf: clause.problems)
                if clause.status == .draft {
                    if strict || verbose {
                        bag.add(Diagnostic(severity, code: .clauseDraft, at: clause.location, "clause \(id) in \(code) is a draft"))
                    } else {
                        drafts += 1
                    }
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
        for code in languages where org.privacyURLs[code] == nil {
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

    /// `label.page` prints the page number in every footer (§1.5): without `{{page}}` the pages of a
    /// letter cannot be told apart or counted.
    private mutating func lintEngineClauses() {
        for code in languages {
            guard let clause = library.clause("label.page", in: code), clause.problems.isEmpty else { continue }
            if !clause.text.fieldPaths.contains("page") {
                once("labelpage|\(code)", .error(.labelPage, at: clause.location,
                                                 "label.page in \(code) must hold {{page}}, the page number (e.g. Pagina {{page}} van {{pages}})"))
            }
        }
    }
}

extension Library {
    /// Checks every template and every language: unknown or missing clauses, placeholders naming
    /// undeclared fields, formatters that do not fit, unused required fields, draft and stale
    /// translations (errors with `strict`), clause syntax errors, references to unknown ids, missing
    /// enum labels and privacy-statement URLs. Sorted by location.
    /// Without `verbose`, drafts are one line per language (unless `strict` makes each an error).
    public func lint(strict: Bool, verbose: Bool = true) -> [Diagnostic] {
        var linter = Linter(library: self, strict: strict)
        linter.verbose = verbose
        return linter.run()
    }
}
